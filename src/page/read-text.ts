import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS, isSkippedByAttributes } from './reading-rules';

/**
 * How `readText` sees a document tree. An adapter over the browser DOM and one over
 * htmlparser2's tree let the content script and the command line read the same text.
 */
export interface TextTree<Node> {
  /** Child nodes in document order (an element's, a document's, a shadow root's…). */
  children(node: Node): ArrayLike<Node>;
  /** The text of a text node; null for any other node. */
  text(node: Node): string | null;
  /** The lower-case tag name of an element; null for any other node (document, comment, doctype). */
  tagName(node: Node): string | null;
  /** An element's attribute value, null when absent. Only called for elements. */
  getAttribute(element: Node, name: string): string | null;
}

const BLOCK_END = Symbol('end of a block element');

/**
 * The text AMPS Lens reads under `root` (CONTRACTS.md, "Which text is read"): its text nodes
 * in document order, except under SKIPPED_ELEMENTS and elements that isSkippedByAttributes
 * hides. Comments and attribute values are never read. A skipped element adds nothing at all,
 * not even a line break, because it is not on screen to separate anything.
 *
 * Line breaks: the start and the end of every BLOCK_ELEMENTS element (`br` included) is a
 * block boundary. One `\n` goes before a text node when at least one boundary lies between it
 * and the previous text node read. So there is never a `\n` at the start or the end, and nested
 * or adjacent blocks give one `\n`, not several. Nothing else is inserted, and the page's own
 * text (whitespace and line breaks included) is kept as it is, so matches map back to it.
 */
export function readText<Node>(
  root: Node,
  tree: TextTree<Node>,
  /** Told of each text node read and where its text starts, so marks can be mapped back to the page. */
  onText?: (node: Node, start: number) => void,
): string {
  let text = '';
  let boundary = false;
  // An explicit stack rather than recursion, so a deeply nested page cannot overflow the call stack.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node | typeof BLOCK_END;
    if (node === BLOCK_END) {
      boundary = true;
      continue;
    }
    const data = tree.text(node);
    if (data !== null) {
      if (data === '') continue;
      if (boundary && text !== '') text += '\n';
      boundary = false;
      onText?.(node, text.length);
      text += data;
      continue;
    }
    const tag = tree.tagName(node);
    if (tag !== null) {
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      if (isSkippedByAttributes((name) => tree.getAttribute(node, name))) continue;
      if (BLOCK_ELEMENTS.has(tag)) {
        boundary = true;
        stack.push(BLOCK_END);
      }
    }
    const children = tree.children(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return text;
}
