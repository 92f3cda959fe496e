import { DomUtils, parseDocument } from 'htmlparser2';
import { readText, type TextTree } from '../reading/read-text';
import { isSkippedByAttributes } from '../reading/reading-rules';
import { lastStartAtOrBefore } from '../lib/sorted-starts';
import { MAX_NESTING, boundNesting } from './html-nesting';

type HtmlNode = Parameters<typeof DomUtils.getChildren>[0];
type HtmlParent = Parameters<typeof DomUtils.appendChild>[0];

const htmlTree: TextTree<HtmlNode> = {
  firstChild: (node) => (DomUtils.hasChildren(node) ? (node.children[0] ?? null) : null),
  nextSibling: (node) => node.next,
  text: (node) => (DomUtils.isText(node) ? node.data : null),
  // htmlparser2 gives lower-case names in HTML mode; isTag also covers <script> and <style>.
  tagName: (node) => (DomUtils.isTag(node) ? node.name : null),
  hidesText: (node) =>
    DomUtils.isTag(node) && isSkippedByAttributes((name) => node.attribs[name] ?? null),
};

/** The first <body> in document order; a loop, not DomUtils.findOne's recursion, for deep pages. */
function findBody(document: HtmlNode): HtmlParent | null {
  const stack = [document];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (DomUtils.isTag(node) && node.name === 'body') return node;
    const children = DomUtils.getChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

/** The text read from a page, and where a place in it comes from in the page's HTML. */
export interface HtmlText {
  text: string;
  /** The offset in the HTML of an offset in `text` (exact unless an entity comes before it in its text node). */
  sourceOffset(offset: number): number;
  /** The parts of `text` inside each <main> and <article>, in order, for reading levels. */
  sections?: TextSection[];
}

export interface TextSection {
  name: string;
  start: number;
  end: number;
}

const SECTION_ELEMENTS = new Set(['main', 'article']);

/** The nearest <main> or <article> around a node, looking up at most as deep as pages nest. */
function sectionOf(node: HtmlNode): HtmlNode | null {
  let parent = node.parent;
  for (let steps = 0; parent !== null && steps <= MAX_NESTING; steps++, parent = parent.parent) {
    if (DomUtils.isTag(parent) && SECTION_ELEMENTS.has(parent.name)) return parent;
  }
  return null;
}

/**
 * The text of an HTML page as the extension reads it (docs/CONTRACTS.md, "Which text is read"):
 * the text under <body>, entities decoded; the whole document when there is no <body>
 * (a fragment), <head> being among the skipped elements. Nesting deeper than Chromium's is
 * flattened first (boundNesting).
 */
export function readHtml(html: string): HtmlText {
  const document = parseDocument(boundNesting(html), { withStartIndices: true });
  const body = findBody(document);
  // A browser moves whatever follows </body> or </html> into the body; htmlparser2 leaves it
  // outside, so move it here to read the body a browser would have.
  for (
    let node: HtmlNode | null = body;
    node !== null && node.parent !== null;
    node = node.parent
  ) {
    while (node.next !== null) DomUtils.appendChild(body as HtmlParent, node.next);
  }
  const textStarts: number[] = [];
  const htmlStarts: number[] = [];
  const sections = new Map<HtmlNode, TextSection>();
  const text = readText(body ?? document, htmlTree, (node, start) => {
    textStarts.push(start);
    htmlStarts.push(node.startIndex ?? 0);
    const section = sectionOf(node);
    if (section === null || !DomUtils.isTag(section)) return;
    const end = start + (DomUtils.isText(node) ? node.data.length : 0);
    const known = sections.get(section);
    if (known === undefined) sections.set(section, { name: section.name, start, end });
    else known.end = end;
  });
  return {
    text,
    sections: [...sections.values()],
    sourceOffset(offset) {
      if (textStarts.length === 0) return offset;
      const node = lastStartAtOrBefore(textStarts, offset);
      return htmlStarts[node] + offset - textStarts[node];
    },
  };
}

export function htmlToText(html: string): string {
  return readHtml(html).text;
}
