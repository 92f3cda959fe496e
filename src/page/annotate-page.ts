import Mark from 'mark.js';
import type { TermId, TermMatch } from '../terms/term-match';
import type { Language } from '../lib/text-language';
import { explanationLanguage } from './explanation-language';
import { nodeIndexAt, type PageText } from './page-text';
import { Chunk } from './yield-to-page';
import type { HighlightStyle } from '../settings/settings';
import { markStyleSheet } from './mark-styles';

/** One marked occurrence of a term: every piece of it carries the same number. */
export interface Occurrence {
  id: number;
  term: TermId;
  card: TermId;
  /** The language its explanation is in: that of the text around it. */
  language: Language;
  /** A few words around it, for the clinician's report. */
  excerpt: string;
}

export interface MarkingOptions {
  style: HighlightStyle;
  /** Runs each of our own DOM changes, so the caller can tell them from the page's. */
  asOwnChange(change: () => void): void;
}

export const MARK_SELECTOR = 'mark[data-amps-term][data-amps-occurrence]';
const EXCERPT_REACH = 70;
/** Pieces wrapped at a time, so the DOM work counts towards each chunk's time and yields come in time. */
const PIECES_PER_BATCH = 256;

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

/** A piece to wrap, with the occurrence its mark stands for. */
interface PieceToMark extends Piece {
  occurrence: Occurrence;
}

/**
 * A `<mark>` around `text`, made by mark.js. mark.js gets the term's text in a text node of its
 * own, so it never walks or rebuilds more text than the term; the empty text nodes its splitting
 * leaves in the scratch fragment are dropped.
 */
function markWithMarkJs(document: Document, text: string): HTMLElement {
  const scratch = document.createDocumentFragment();
  const term = scratch.appendChild(document.createTextNode(text));
  let mark: HTMLElement | null = null;
  new Mark(term as unknown as HTMLElement).markRanges([{ start: 0, length: text.length }], {
    element: 'mark',
    each: (element: Element) => {
      mark = element as HTMLElement;
    },
  });
  if (mark === null) throw new Error(`mark.js did not wrap "${text}"`);
  return mark;
}

function excerptAround(text: string, match: TermMatch): string {
  const from = Math.max(0, match.start - EXCERPT_REACH);
  const to = Math.min(text.length, match.end + EXCERPT_REACH);
  const inner = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${inner}${to < text.length ? '…' : ''}`;
}

/**
 * Wraps terms in `<mark data-amps-term data-amps-occurrence>`, touching only the text nodes that
 * hold matches, and undoes it exactly: every text node the page owns gets its own text back, and
 * nothing is normalized.
 *
 * Each text node is split once for all its marks, with each part of its text copied once, and
 * mark.js wraps each term's own small text node. (Given a whole element, mark.js rebuilds the
 * element's text for every mark: a single 2 MB text node with thousands of terms froze the page
 * for seconds.)
 */
export class PageAnnotator {
  private nextId = 1;
  private readonly splits = new Map<Text, Split>();
  /** The split each of our marks and split-off text nodes belongs to. */
  private readonly splitOf = new WeakMap<Node, Split>();
  /**
   * Our marks, known by the elements themselves: attributes are the page's to write, so a
   * `<mark data-amps-term>` the page made is never taken for one of ours.
   */
  private readonly ours = new WeakMap<Element, Occurrence>();
  /**
   * The marks' look, adopted by the document and each shadow root that has marks, and only
   * once there is something to mark: nothing of ours is in a page where nothing is marked.
   */
  private markSheet: CSSStyleSheet | null = null;
  private readonly styledRoots = new Set<Document | ShadowRoot>();

  /** The occurrence a mark of ours stands for; undefined for any other element. */
  occurrenceOf(element: EventTarget | null): Occurrence | undefined {
    return element instanceof Element ? this.ours.get(element) : undefined;
  }

  async annotate(
    page: PageText,
    matches: readonly TermMatch[],
    options: MarkingOptions,
    /** The scan's task clock: marks that fit in its time are made in the same task. */
    chunk: Chunk = new Chunk(() => false),
  ): Promise<Occurrence[]> {
    const occurrences: Occurrence[] = [];
    // The pieces to wrap, by the text node they are in now.
    let batch = new Map<Text, PieceToMark[]>();
    let batched = 0;
    const flush = () => {
      const marking = batch;
      batch = new Map();
      batched = 0;
      if (marking.size === 0) return;
      options.asOwnChange(() => {
        for (const [node, pieces] of marking) this.wrap(node, pieces, options);
      });
    };
    for (const match of matches) {
      if (batched >= PIECES_PER_BATCH) flush();
      if (chunk.due) {
        flush();
        if (!(await chunk.next())) return occurrences;
      }
      const pieces = this.piecesOf(page, match);
      // Overlapping pieces would copy text twice into the page. Matches never overlap, but
      // the page must never pay for a mistake.
      const overlaps = pieces?.some(
        (piece) => (batch.get(piece.node)?.at(-1)?.end ?? 0) > piece.start,
      );
      if (!pieces || overlaps) continue;
      const occurrence: Occurrence = {
        id: this.nextId++,
        term: match.term,
        card: match.card,
        language: explanationLanguage(match.language, pieces[0].node),
        excerpt: excerptAround(page.text, match),
      };
      occurrences.push(occurrence);
      batched += pieces.length;
      for (const piece of pieces) {
        const inNode = batch.get(piece.node);
        if (inNode) inNode.push({ ...piece, occurrence });
        else batch.set(piece.node, [{ ...piece, occurrence }]);
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
      // Blank pieces (a line break between two inline elements) stay unmarked: nothing shows there.
      if (end <= start || page.data[index].slice(start, end).trim() === '') continue;
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

  /**
   * Wraps the pieces of one text node (in order, not overlapping) in one go: the node keeps the
   * text before the first mark, and each mark is followed by a new text node with the text up to
   * the next mark or the end.
   */
  private wrap(node: Text, pieces: PieceToMark[], options: MarkingOptions): void {
    const parent = node.parentNode;
    if (!parent) return;
    const document = node.ownerDocument;
    const data = node.data;
    const marked = document.createDocumentFragment();
    pieces.forEach((piece, index) => {
      const mark = markWithMarkJs(document, data.slice(piece.start, piece.end));
      mark.dataset.ampsTerm = piece.occurrence.term;
      mark.dataset.ampsOccurrence = String(piece.occurrence.id);
      mark.tabIndex = -1;
      this.ours.set(mark, piece.occurrence);
      const rest = document.createTextNode(data.slice(piece.end, pieces[index + 1]?.start));
      marked.append(mark, rest);
      this.noteSplit(piece, mark, rest);
    });
    parent.insertBefore(marked, node.nextSibling);
    node.deleteData(pieces[0].start, data.length - pieces[0].start);
    const root = parent.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) this.style(root, options.style);
  }

  /** A mark and the rest of the text after it now follow the piece's owner: both belong to its split. */
  private noteSplit(piece: Piece, mark: HTMLElement, rest: Text): void {
    let split = this.splits.get(piece.owner);
    if (split === undefined) {
      split = { node: piece.owner, length: piece.ownerLength, added: [], tail: rest, tailStart: 0 };
      this.splits.set(piece.owner, split);
    }
    split.added.push(mark, rest);
    split.tail = rest;
    split.tailStart = piece.ownerEnd;
    this.splitOf.set(mark, split);
    this.splitOf.set(rest, split);
  }

  private style(root: Document | ShadowRoot, style: HighlightStyle): void {
    this.markSheet ??= markStyleSheet(style);
    this.styledRoots.add(root);
    // Already there when a forgotten root comes back to the page; back again if the page
    // replaced its adopted sheets.
    if (!root.adoptedStyleSheets.includes(this.markSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.markSheet];
    }
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

  /** Removes our marks under `root` (an element or a whole tree) and gives the page back its own text nodes. */
  remove(root: ParentNode): void {
    for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
      const split = this.splitOf.get(mark);
      if (split && this.splits.has(split.node)) {
        if (this.isIntact(split)) {
          this.undo(split, true);
          continue;
        }
        // The page took some of our pieces away: the rest are undone where they are.
        this.splits.delete(split.node);
      }
      if (mark.isConnected) this.unwrapInPlace(mark);
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
    // A new start may bring a new highlight style.
    this.markSheet = null;
  }

  /** A shadow root that left the page: its copy of our styles is forgotten (it is added again if marks come back). */
  forgetShadowRoot(root: ShadowRoot): void {
    this.styledRoots.delete(root);
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
