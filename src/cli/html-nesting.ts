import { Tokenizer } from 'htmlparser2';
import { BLOCK_ELEMENTS } from '../reading/reading-rules';

/**
 * Chromium's HTML parser stops nesting elements at this depth. htmlparser2 keeps its open
 * elements with `unshift`, so a page nested 10⁶ deep would take minutes to parse.
 */
export const MAX_NESTING = 512;

/** Void elements (HTML spec): they never hold content, so they never nest. */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
/** Elements whose content is raw text: they cannot nest anything, and their tags must stay. */
const RAW_TEXT_ELEMENTS = new Set(
  'script style textarea title xmp iframe noembed noframes'.split(' '),
);
/** Elements a start tag of the same kind closes (the common implied end tags). */
const SELF_CLOSING_SIBLINGS = new Set('p li dt dd option tr td th rt rp'.split(' '));

const ignore = () => {};

/**
 * The page with every tag that would nest an element deeper than MAX_NESTING blanked out, with
 * their closing tags: their content then sits in the deepest element kept, much as Chromium
 * flattens such a page. Blanks keep every offset and line break, so positions in the page stay
 * right. One linear pass of htmlparser2's tokenizer; the nesting it follows is an estimate of the
 * parser's (void elements, same-kind siblings and blocks that close a <p>), which is all a bound needs.
 */
export function boundNesting(html: string): string {
  const open: string[] = [];
  const openCounts = new Map<string, number>();
  const blanked = new Map<string, number>();
  const ranges: number[] = [];
  let tagStart = 0;
  let blanking = false;
  const slice = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const pop = () => {
    const name = open.pop() as string;
    openCounts.set(name, (openCounts.get(name) ?? 1) - 1);
    return name;
  };
  const endOpenTag = (end: number) => {
    if (blanking) ranges.push(tagStart, end + 1);
    blanking = false;
  };
  const tokenizer = new Tokenizer(
    {},
    {
      onopentagname(start, end) {
        const name = slice(start, end);
        tagStart = start - 1;
        const top = open.at(-1);
        if (top !== undefined && SELF_CLOSING_SIBLINGS.has(name) && top === name) pop();
        else if (top === 'p' && BLOCK_ELEMENTS.has(name)) pop();
        if (VOID_ELEMENTS.has(name)) return;
        if (open.length >= MAX_NESTING && !RAW_TEXT_ELEMENTS.has(name)) {
          blanking = true;
          blanked.set(name, (blanked.get(name) ?? 0) + 1);
          return;
        }
        open.push(name);
        openCounts.set(name, (openCounts.get(name) ?? 0) + 1);
      },
      onopentagend: endOpenTag,
      onselfclosingtag: endOpenTag,
      onclosetag(start, end) {
        const name = slice(start, end);
        const pending = blanked.get(name) ?? 0;
        if (pending > 0) {
          blanked.set(name, pending - 1);
          ranges.push(start - 2, end + 1);
        } else if ((openCounts.get(name) ?? 0) > 0) {
          while (pop() !== name);
        }
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (ranges.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    parts.push(
      html.slice(from, ranges[i]),
      html.slice(ranges[i], ranges[i + 1]).replace(/[^\r\n]/g, ' '),
    );
    from = ranges[i + 1];
  }
  parts.push(html.slice(from));
  return parts.join('');
}
