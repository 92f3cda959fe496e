import Mark from 'mark.js';
import type { TermId, TermMatch } from '../matching/term-match';
import { nodeIndexAt, type PageText } from './page-text';
import { CHUNK_MS, yieldToPage } from './yield-to-page';
import markStyles from './marks.css?inline';

import type { HighlightStyle } from '../common/settings';

/** One marked occurrence of a term: every piece of it carries the same number. */
export interface Occurrence {
  id: number;
  term: TermId;
  card: TermId;
  /** A few words around it, for the clinician's report. */
  excerpt: string;
}

export interface MarkingOptions {
  style: HighlightStyle;
  /** What a screen reader announces for a mark of this card. */
  describe(card: TermId): string;
  /** Runs each of our own DOM changes, so the caller can tell them from the page's. */
  asOwnChange(change: () => void): void;
}

export const MARK_SELECTOR = 'mark[data-amps-term][data-amps-occurrence]';
const EXCERPT_REACH = 70;

/**
 * A text node of the page that we split to wrap terms. The page still holds the node itself
 * (a framework keeps a reference to it), which now has only the text before the first mark;
 * the marks and the text between and after them follow it, and are ours.
 */
interface Split {
  node: Text;
  /** The node's whole text length when it was split. */
  length: number;
  /** What marking put right after `node`, in order: marks and the text nodes around them. */
  added: ChildNode[];
  /** The last of those text nodes: the rest of the page's text, from `tailStart` on. */
  tail: Text;
  tailStart: number;
}

/** Part of a match in one page text node, and where that part is now. */
interface Piece {
  /** The page's own node that held the text when it was read. */
  owner: Text;
  ownerLength: number;
  /** The node the text is in now: `owner`, or the tail of its split. */
  node: Text;
  start: number;
  end: number;
  /** Where the piece ends in the owner's own text. */
  ownerEnd: number;
}

/** A range as mark.js takes it, carrying what our marks need to know. */
interface PieceRange extends Pick<Piece, 'owner' | 'ownerLength' | 'node' | 'ownerEnd'> {
  start: number;
  length: number;
  occurrence: Occurrence;
}

function excerptAround(text: string, match: TermMatch): string {
  const from = Math.max(0, match.start - EXCERPT_REACH);
  const to = Math.min(text.length, match.end + EXCERPT_REACH);
  const inner = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${inner}${to < text.length ? '…' : ''}`;
}

/** The nearest element holding every piece: mark.js then only walks that little part of the page. */
function contextOf(pieces: Piece[]): Element | null {
  let context = pieces[0].node.parentElement;
  while (context && !pieces.every((piece) => context?.contains(piece.node))) {
    context = context.parentElement;
  }
  return context;
}

/** Every text node under `context` the way mark.js counts them, for offsets mark.js understands. */
function markJsOffsets(context: Element, wanted: Map<Text, number>): void {
  const document = context.ownerDocument;
  const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let left = wanted.size;
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.matches('script, style, title, head, html')) continue;
    if (wanted.has(node as Text)) {
      wanted.set(node as Text, offset);
      left--;
    }
    offset += (node as Text).data.length;
  }
}

/**
 * Wraps terms in `<mark data-amps-term data-amps-occurrence>` with mark.js, touching only
 * the few elements that hold matches, and undoes it exactly: every text node the page owns
 * gets its own text back, and nothing is normalized.
 */
export class PageAnnotator {
  private nextId = 1;
  private readonly splits = new Map<Text, Split>();
  /** The split each of our marks and split-off text nodes belongs to. */
  private readonly splitOf = new WeakMap<Node, Split>();
  /** Page CSS cannot reach into shadow roots, and neither can the manifest's: marks there get a copy. */
  private markSheet: CSSStyleSheet | null = null;
  private readonly styledRoots = new Set<ShadowRoot>();

  async annotate(
    page: PageText,
    matches: readonly TermMatch[],
    options: MarkingOptions,
    isCancelled: () => boolean = () => false,
  ): Promise<Occurrence[]> {
    const occurrences: Occurrence[] = [];
    let chunkStart = performance.now();
    let group: { context: Element; ranges: PieceRange[] } | null = null;
    const flush = () => {
      const marking = group;
      if (marking)
        options.asOwnChange(() => this.markGroup(marking.context, marking.ranges, options));
      group = null;
    };
    for (const match of matches) {
      if (performance.now() - chunkStart > CHUNK_MS) {
        flush();
        await yieldToPage();
        if (isCancelled()) return occurrences;
        chunkStart = performance.now();
      }
      const pieces = this.piecesOf(page, match);
      const context = pieces && contextOf(pieces);
      if (!pieces || !context) continue;
      const occurrence: Occurrence = {
        id: this.nextId++,
        term: match.term,
        card: match.card,
        excerpt: excerptAround(page.text, match),
      };
      occurrences.push(occurrence);
      if (group && group.context !== context) flush();
      group ??= { context, ranges: [] };
      for (const { start, end, ...piece } of pieces) {
        group.ranges.push({ ...piece, start, length: end - start, occurrence });
      }
    }
    flush();
    return occurrences;
  }

  /**
   * The text nodes a match covers, each with the covered part; null when the page changed
   * them since reading. A node marked earlier in this scan (a long one, marked over several
   * chunks) has the rest of its text in its split's tail.
   */
  private piecesOf(page: PageText, match: TermMatch): Piece[] | null {
    const pieces: Piece[] = [];
    for (let index = nodeIndexAt(page, match.start); index < page.nodes.length; index++) {
      const ownerStart = page.starts[index];
      if (ownerStart >= match.end) break;
      const owner = page.nodes[index];
      const ownerLength = page.data[index].length;
      const start = Math.max(match.start, ownerStart) - ownerStart;
      const end = Math.min(match.end, ownerStart + ownerLength) - ownerStart;
      if (end <= start) continue;
      const split = this.splits.get(owner);
      if (split === undefined) {
        if (!owner.isConnected || owner.data !== page.data[index]) return null;
        pieces.push({ owner, ownerLength, node: owner, start, end, ownerEnd: end });
      } else {
        const { tail, tailStart } = split;
        const intact =
          tail.isConnected &&
          split.length === ownerLength &&
          tailStart + tail.length === ownerLength &&
          start >= tailStart;
        if (!intact) return null;
        pieces.push({
          owner,
          ownerLength,
          node: tail,
          start: start - tailStart,
          end: end - tailStart,
          ownerEnd: end,
        });
      }
    }
    return pieces.length > 0 ? pieces : null;
  }

  private markGroup(context: Element, ranges: PieceRange[], options: MarkingOptions): void {
    const offsets = new Map<Text, number>(ranges.map((range) => [range.node, 0]));
    markJsOffsets(context, offsets);
    for (const range of ranges) range.start += offsets.get(range.node) ?? 0;
    const root = context.getRootNode();
    if (root instanceof ShadowRoot) this.styleShadowRoot(root);
    new Mark(context as HTMLElement).markRanges(ranges, {
      element: 'mark',
      exclude: [],
      each: (element: Element, range: PieceRange) => {
        const mark = element as HTMLElement;
        mark.removeAttribute('data-markjs');
        mark.dataset.ampsTerm = range.occurrence.term;
        mark.dataset.ampsOccurrence = String(range.occurrence.id);
        mark.dataset.ampsCard = range.occurrence.card;
        mark.dataset.ampsStyle = options.style;
        mark.tabIndex = -1;
        mark.setAttribute('aria-description', options.describe(range.occurrence.card));
        this.noteSplit(range, mark);
      },
    } as Mark.MarkRangesOptions);
  }

  /** mark.js has just put `mark` and the rest of the text after it: both belong to the owner's split. */
  private noteSplit(range: PieceRange, mark: HTMLElement): void {
    const rest = mark.nextSibling as Text;
    let split = this.splits.get(range.owner);
    if (split === undefined) {
      split = { node: range.owner, length: range.ownerLength, added: [], tail: rest, tailStart: 0 };
      this.splits.set(range.owner, split);
    }
    split.added.push(mark, rest);
    split.tail = rest;
    split.tailStart = range.ownerEnd;
    this.splitOf.set(mark, split);
    this.splitOf.set(rest, split);
  }

  private styleShadowRoot(root: ShadowRoot): void {
    if (this.styledRoots.has(root)) return;
    if (!this.markSheet) {
      this.markSheet = new CSSStyleSheet();
      this.markSheet.replaceSync(markStyles);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.markSheet];
    this.styledRoots.add(root);
  }

  /**
   * The page wrote new text into a node we split (React, Vue, Lit and others update text by
   * `nodeValue` on the node they created): its new text is all it should show, so our marks
   * and the old text after them go at once, before the page is painted.
   */
  pageRewrote(node: Node): boolean {
    const split = this.splits.get(node as Text);
    if (!split) return false;
    this.undo(split, false);
    return true;
  }

  /**
   * The page removed or moved a node we split, or put a node of its own between it and our
   * marks (Vue and others insert before their text node's DOM nextSibling): the node gets
   * its whole text back and our pieces go, so the page's own order stands.
   */
  pageMoved(node: Node | null): boolean {
    const split = node && this.splits.get(node as Text);
    if (!split) return false;
    this.undo(split, true);
    return true;
  }

  /** Whether the page inserted something between a split node and its pieces (`before` and `after` are the insertion's neighbours). */
  splitBetween(before: Node | null, after: Node | null): Text | null {
    if (!before || !after) return null;
    const split = this.splits.get(before as Text) ?? this.splitOf.get(before);
    return split && this.splitOf.get(after) === split ? split.node : null;
  }

  /** The page node a mark was split from, if we still know it. */
  ownerOf(mark: Node): Text | null {
    return this.splitOf.get(mark)?.node ?? null;
  }

  /** Removes our marks under `root` (an element or a whole tree) and gives the page back its own text nodes. */
  remove(root: ParentNode): void {
    for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
      const split = this.splitOf.get(mark);
      if (split && this.splits.has(split.node) && this.isIntact(split)) this.undo(split, true);
      else if (mark.isConnected) this.unwrapInPlace(mark);
    }
  }

  /** Removes every mark we made (and copies the page made of them under `roots`), and our styles. */
  removeAll(roots: Iterable<ParentNode>): void {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const split of this.splits.values()) {
      if (this.isIntact(split)) this.undo(split, true);
    }
    this.splits.clear();
    for (const root of roots) this.remove(root);
    for (const root of this.styledRoots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.markSheet);
    }
    this.styledRoots.clear();
  }

  /** Forgets splits whose node has left the page, so a long session does not keep them alive. */
  forgetDetached(mark: Node): void {
    const split = this.splitOf.get(mark);
    if (split && !split.node.isConnected) this.splits.delete(split.node);
  }

  /** Every piece still sits beside the node, as marking left it (other nodes may sit between). */
  private isIntact(split: Split): boolean {
    const parent = split.node.parentNode;
    return parent !== null && split.added.every((piece) => piece.parentNode === parent);
  }

  /** Takes our pieces out; with `giveBack`, their text goes back into the page's node, where it was. */
  private undo(split: Split, giveBack: boolean): void {
    this.splits.delete(split.node);
    let text = '';
    for (const piece of split.added) {
      if (giveBack) text += piece.textContent ?? '';
      piece.remove();
    }
    if (text !== '') split.node.appendData(text);
  }

  /** A mark whose split the page broke up (or a copy the page made): its text stays where it is. */
  private unwrapInPlace(mark: HTMLElement): void {
    const text = mark.textContent ?? '';
    const before = mark.previousSibling;
    if (before instanceof Text) before.appendData(text);
    else mark.before(text);
    mark.remove();
  }
}
