import { finish } from '../lib/steps';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from './reading-rules';

/**
 * How `readText` walks a document tree. An adapter over the browser DOM and one over
 * htmlparser2's tree let the content script and the command line read the same text.
 * Walking by first child and next sibling keeps big pages fast: no child lists are copied.
 */
export interface TextTree<Node> {
  /** The first child in reading order (for a shadow host, its shadow root), or null. */
  firstChild(node: Node): Node | null;
  /** The next sibling in reading order, or null. */
  nextSibling(node: Node): Node | null;
  /** The text of a text node; null for any other node. */
  text(node: Node): string | null;
  /** The lower-case tag name of an element; null for any other node (document, comment, doctype). */
  tagName(node: Node): string | null;
  /** Whether an element's attributes hide its text (see `isSkippedByAttributes`). Only called for elements. */
  hidesText(element: Node): boolean;
}

/**
 * The text AMPS Lens reads under `root` (docs/CONTRACTS.md, "Which text is read"): its text nodes
 * in document order, except under SKIPPED_ELEMENTS and elements whose attributes hide them
 * (`isSkippedByAttributes`). Comments and attribute values are never read. A skipped element adds nothing at all,
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
  onText?: (node: Node, start: number) => void,
): string {
  return finish(readTextInSteps(root, tree, onText));
}

/** Nodes read between two chances to pause. */
const NODES_PER_STEP = 2048;

/**
 * `readText` in steps, so a browser can let the page breathe on a big document: it pauses
 * (yields) every few thousand nodes and returns the text when done.
 */
export function* readTextInSteps<Node>(
  root: Node,
  tree: TextTree<Node>,
  /** Told of each text node read and where its text starts, so marks can be mapped back to the page. */
  onText?: (node: Node, start: number) => void,
): Generator<void, string> {
  let text = '';
  let untilPause = NODES_PER_STEP;
  let boundary = false;
  // The elements we are inside, so a deeply nested page cannot overflow the call stack.
  const ancestors: Node[] = [];
  let node: Node | null = root;
  while (node !== null) {
    if (--untilPause === 0) {
      untilPause = NODES_PER_STEP;
      yield;
    }
    const data = tree.text(node);
    if (data !== null) {
      if (data !== '') {
        if (boundary && text !== '') text += '\n';
        boundary = false;
        onText?.(node, text.length);
        text += data;
      }
    } else {
      const tag = tree.tagName(node);
      const skipped = tag !== null && (SKIPPED_ELEMENTS.has(tag) || tree.hidesText(node));
      if (!skipped) {
        if (tag !== null && BLOCK_ELEMENTS.has(tag)) boundary = true;
        const child = tree.firstChild(node);
        if (child !== null) {
          ancestors.push(node);
          node = child;
          continue;
        }
      }
    }
    // Done with `node`: go on to its next sibling, or close the ancestors that have none left.
    while (node !== null) {
      if (node === root) {
        node = null;
        break;
      }
      const sibling: Node | null = tree.nextSibling(node);
      if (sibling !== null) {
        node = sibling;
        break;
      }
      node = ancestors.pop() ?? null;
      const tag = node === null ? null : tree.tagName(node);
      if (tag !== null && BLOCK_ELEMENTS.has(tag)) boundary = true;
    }
  }
  return text;
}
