import { readText, type TextTree } from './read-text';

/** The text AMPS Lens reads in a part of the page, and the page's text nodes behind it. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Each node's text when it was read, to notice pages that change it before we mark. */
  data: string[];
}

/**
 * The browser DOM as `readText` walks it. Open shadow roots are read in place of their host's
 * children (what is on screen), followed by the light children in case a slot shows them;
 * the extension's own UI is never read.
 */
const domTree: TextTree<Node> = {
  // A shadow root is read as its host's first child, and then the host's own children.
  firstChild: (node) => (node as Element).shadowRoot ?? node.firstChild,
  nextSibling: (node) =>
    node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host
      ? (node as ShadowRoot).host.firstChild
      : node.nextSibling,
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  tagName: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : null),
  getAttribute: (node, name) => (node as Element).getAttribute(name),
};

export function readPageText(root: Node): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const data: string[] = [];
  const text = readText(root, domTree, (node, start) => {
    nodes.push(node as Text);
    starts.push(start);
    data.push((node as Text).data);
  });
  return { text, nodes, starts, data };
}

/** The index of the node holding `offset` (the last node starting at or before it). */
export function nodeIndexAt(page: PageText, offset: number): number {
  let low = 0;
  let high = page.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (page.starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
