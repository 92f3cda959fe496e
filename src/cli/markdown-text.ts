import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lastStartAtOrBefore } from '../lib/sorted-starts';
import { MAX_NESTING } from './html-nesting';
import type { HtmlText } from './html-text';

/** Nodes whose words are not prose: front matter, code, raw HTML and MDX expressions. */
const SKIPPED = new Set([
  'yaml',
  'toml',
  'code',
  'inlineCode',
  'html',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/** Nodes that start a new block of text: one line break goes between blocks. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'tableCell',
  'thematicBreak',
  'break',
  'mdxJsxFlowElement',
]);

/**
 * The prose of a Markdown or MDX file, parsed with remark (the unified/mdast family): text and
 * link words, in order, one line break between blocks; front matter, code blocks, inline code,
 * raw HTML and MDX expressions skipped. Offsets map back into the source, exactly unless an
 * escape or entity comes before them in their text node.
 */
export function readMarkdown(source: string, mdx: boolean): HtmlText {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  const tree = (mdx ? processor.use(remarkMdx) : processor).parse(source) as Root;
  const textStarts: number[] = [];
  const sourceStarts: number[] = [];
  let text = '';
  let boundary = false;
  // An explicit stack, bounded like HTML's, so deeply nested lists or quotes cannot overflow.
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (SKIPPED.has(node.type)) continue;
    if (BLOCKS.has(node.type)) boundary = true;
    if (node.type === 'text') {
      if (boundary && text !== '') text += '\n';
      boundary = false;
      textStarts.push(text.length);
      sourceStarts.push(node.position?.start.offset ?? 0);
      text += node.value;
      continue;
    }
    if ('children' in node && depth < MAX_NESTING) {
      // After the children, the block ends; pushed first so it pops last.
      if (BLOCKS.has(node.type)) stack.push({ node: { type: 'break' }, depth });
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i] as Nodes, depth: depth + 1 });
      }
    }
  }
  return {
    text,
    sourceOffset(offset) {
      if (textStarts.length === 0) return offset;
      const node = lastStartAtOrBefore(textStarts, offset);
      return sourceStarts[node] + offset - textStarts[node];
    },
  };
}
