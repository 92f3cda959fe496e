import { lastStartAtOrBefore } from '../lib/sorted-starts';
import { BLOCK_ELEMENTS, SKIPPED_BY_ATTRIBUTES, SKIPPED_ELEMENTS } from '../reading/reading-rules';

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
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/** Nodes read between two chances to pause (each a look at the clock). */
const NODES_PER_STEP = 512;

/**
 * Reads the text under `root` the way `readText` (src/reading/read-text.ts) describes, which the
 * command line uses: the same elements skipped, the same line breaks between blocks. The browser
 * walks the tree itself (a TreeWalker with no filter, the bare-scan floor's walk), which is several
 * times faster on a big page than asking each node for its first child and next sibling from
 * JavaScript. Skipped elements are stepped over whole; elements hidden by their attributes are
 * found up front with one native query per tree. Open shadow roots are read in place of their
 * host's children (what is on screen), followed by the light children in case a slot shows them.
 * `onShadowRoot` hears of each open shadow root read on the way.
 */
export function* readPageText(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<void, PageText> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const data: string[] = [];
  const hidden = new Set<Node>();
  const findHidden = (tree: ParentNode) => {
    for (const element of tree.querySelectorAll(SKIPPED_BY_ATTRIBUTES)) hidden.add(element);
  };
  let text = '';
  /** Whether a block starts or ends between the last text read and the next. */
  let boundary = false;
  let untilPause = NODES_PER_STEP;

  /** An open shadow root is read before its host's children (the walker goes on into those). */
  function* readShadowRoot(shadow: ShadowRoot): Generator<void> {
    findHidden(shadow);
    onShadowRoot?.(shadow);
    yield* walk(shadow);
  }

  /** Reads what lies under `top`; `top` itself has been entered (or is a document or shadow root). */
  function* walk(top: Node): Generator<void> {
    const walker = (top.ownerDocument ?? (top as Document)).createTreeWalker(
      top,
      SHOW_ELEMENT_AND_TEXT,
    );
    // The elements we are inside, and whether each is a block: leaving a block is a boundary.
    const open: Node[] = [top];
    const openBlock: boolean[] = [false];
    let node = walker.nextNode();
    while (node !== null) {
      if (--untilPause === 0) {
        untilPause = NODES_PER_STEP;
        yield;
      }
      const parent = node.parentNode;
      while (open.length > 1 && open[open.length - 1] !== parent) {
        open.pop();
        if (openBlock.pop()) boundary = true;
      }
      if (node.nodeType === TEXT_NODE) {
        const nodeText = (node as Text).data;
        if (nodeText !== '') {
          if (boundary && text !== '') text += '\n';
          boundary = false;
          nodes.push(node as Text);
          starts.push(text.length);
          data.push(nodeText);
          text += nodeText;
        }
        node = walker.nextNode();
        continue;
      }
      const element = node as Element;
      const tag = element.localName;
      if (SKIPPED_ELEMENTS.has(tag) || (hidden.size > 0 && hidden.has(element))) {
        // Stepped over whole: on to what follows it.
        node = walker.nextSibling();
        while (node === null && walker.parentNode() !== null) node = walker.nextSibling();
        continue;
      }
      const block = BLOCK_ELEMENTS.has(tag);
      if (block) boundary = true;
      // Checked here, not in a helper: a generator per element would cost an allocation each.
      const shadow = element.shadowRoot;
      if (shadow !== null) yield* readShadowRoot(shadow);
      open.push(element);
      openBlock.push(block);
      node = walker.nextNode();
    }
    for (let index = openBlock.length - 1; index > 0; index--) {
      if (openBlock[index]) boundary = true;
    }
  }

  if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
    findHidden(root);
  }
  if (root instanceof Element) {
    if (root.matches(SKIPPED_BY_ATTRIBUTES) || SKIPPED_ELEMENTS.has(root.localName)) {
      return { text, nodes, starts, data };
    }
    if (BLOCK_ELEMENTS.has(root.localName)) boundary = true;
    if (root.shadowRoot) yield* readShadowRoot(root.shadowRoot);
  }
  if (root.nodeType === TEXT_NODE) {
    const nodeText = (root as Text).data;
    if (nodeText !== '') {
      nodes.push(root as Text);
      starts.push(0);
      data.push(nodeText);
      text = nodeText;
    }
  } else {
    yield* walk(root);
  }
  return { text, nodes, starts, data };
}

/** The index of the node holding `offset` (the last node starting at or before it). */
export function nodeIndexAt(page: PageText, offset: number): number {
  return lastStartAtOrBefore(page.starts, offset);
}
