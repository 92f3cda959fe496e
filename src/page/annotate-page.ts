import Mark from 'mark.js';
import type { TermId, TermMatch } from '../matching/term-match';
import { nodeIndexAt, type PageText } from './page-text';
import { CHUNK_MS, yieldToPage } from './yield-to-page';

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

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** A range as mark.js takes it, carrying what our marks need to know. */
interface PieceRange {
  start: number;
  length: number;
  node: Text;
  occurrence: Occurrence;
}

function excerptAround(text: string, match: TermMatch): string {
  const from = Math.max(0, match.start - EXCERPT_REACH);
  const to = Math.min(text.length, match.end + EXCERPT_REACH);
  const inner = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${inner}${to < text.length ? '…' : ''}`;
}

/** The page's text nodes a match covers, each with the covered part; null when the page changed since reading. */
function piecesOf(page: PageText, match: TermMatch): Piece[] | null {
  const pieces: Piece[] = [];
  for (let index = nodeIndexAt(page, match.start); index < page.nodes.length; index++) {
    const nodeStart = page.starts[index];
    if (nodeStart >= match.end) break;
    const node = page.nodes[index];
    if (!node.isConnected || node.data !== page.data[index]) return null;
    const start = Math.max(match.start, nodeStart) - nodeStart;
    const end = Math.min(match.end, nodeStart + node.data.length) - nodeStart;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces.length > 0 ? pieces : null;
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
 * the few elements that hold matches, and undoes it exactly.
 */
export class PageAnnotator {
  private nextId = 1;
  /** Text nodes mark.js split off the page's own nodes; removing marks merges them back. */
  private readonly splitOff = new WeakSet<Text>();

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
      const pieces = piecesOf(page, match);
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
      for (const { node, start, end } of pieces) {
        group.ranges.push({ start, length: end - start, node, occurrence });
      }
    }
    flush();
    return occurrences;
  }

  private markGroup(context: Element, ranges: PieceRange[], options: MarkingOptions): void {
    const offsets = new Map<Text, number>(ranges.map((range) => [range.node, 0]));
    markJsOffsets(context, offsets);
    for (const range of ranges) range.start += offsets.get(range.node) ?? 0;
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
        if (mark.nextSibling instanceof Text) this.splitOff.add(mark.nextSibling);
      },
    } as Mark.MarkRangesOptions);
  }

  /** Removes our marks under `root` and gives the page back its own text nodes, as they were. */
  remove(root: ParentNode): void {
    for (const mark of root.querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
      this.unwrap(mark);
    }
  }

  unwrap(mark: HTMLElement): void {
    const parent = mark.parentNode;
    if (!parent) return;
    const after = mark.nextSibling;
    const splitAfter = after instanceof Text && this.splitOff.has(after) ? after : null;
    const text = (mark.textContent ?? '') + (splitAfter?.data ?? '');
    const before = mark.previousSibling;
    if (before instanceof Text) before.appendData(text);
    else parent.insertBefore(mark.ownerDocument.createTextNode(text), mark);
    splitAfter?.remove();
    mark.remove();
  }
}
