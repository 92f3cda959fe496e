import { lastStartAtOrBefore } from '../lib/sorted-starts';
import { readTextInSteps, type TextTree } from '../reading/read-text';
import { SKIPPED_BY_ATTRIBUTES } from '../reading/reading-rules';

/** The text AMPS Lens reads in a part of the page, and the page's text nodes behind it. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Each node's text when it was read, to notice pages that change it before we mark. */
  data: string[];
}

// Node type numbers as literals: looking up `Node.TEXT_NODE` costs time on every node of a big page.
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The browser DOM as `readText` walks it. Open shadow roots are read in place of their host's
 * children (what is on screen), followed by the light children in case a slot shows them.
 * Elements hidden by their attributes are found up front with one native query per tree, far
 * faster on big pages than asking every element for its attributes.
 */
function domTree(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextTree<Node> {
  const hidden = new Set<Node>();
  const findHidden = (tree: ParentNode) => {
    for (const element of tree.querySelectorAll(SKIPPED_BY_ATTRIBUTES)) hidden.add(element);
  };
  if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
    findHidden(root);
    if (root instanceof Element && root.matches(SKIPPED_BY_ATTRIBUTES)) hidden.add(root);
  }
  return {
    // A shadow root is read as its host's first child, and then the host's own children.
    firstChild(node) {
      const shadow = (node as Element).shadowRoot;
      if (!shadow) return node.firstChild;
      findHidden(shadow);
      onShadowRoot?.(shadow);
      return shadow;
    },
    nextSibling: (node) =>
      node.nodeType === DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host
        ? (node as ShadowRoot).host.firstChild
        : node.nextSibling,
    text: (node) => (node.nodeType === TEXT_NODE ? (node as Text).data : null),
    // Only elements have a localName; text nodes never get here (readText asks text() first).
    tagName: (node) => (node as Element).localName ?? null,
    hidesText: (node) => hidden.has(node),
  };
}

/** Reads the text under `root`; `onShadowRoot` hears of each open shadow root read on the way. */
export function* readPageText(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<void, PageText> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const data: string[] = [];
  const text = yield* readTextInSteps(root, domTree(root, onShadowRoot), (node, start) => {
    nodes.push(node as Text);
    starts.push(start);
    data.push((node as Text).data);
  });
  return { text, nodes, starts, data };
}

/** The index of the node holding `offset` (the last node starting at or before it). */
export function nodeIndexAt(page: PageText, offset: number): number {
  return lastStartAtOrBefore(page.starts, offset);
}
