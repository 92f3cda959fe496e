/**
 * Where a pattern matches in one text, found piece by piece as the matcher asks and kept, so
 * judging many occurrences close together never runs a pattern over the same text twice.
 * This keeps the matcher linear in the text whatever it holds ("RSD ache RSD ache …").
 *
 * The text is cut into pieces of about PIECE_LENGTH characters, each ending where a run of
 * whitespace starts, so neither a word nor a run of whitespace is ever cut. Each piece is searched
 * with a little of the next one (LOOK_AHEAD), so lookaheads and phrases across the cut still match;
 * a span belongs to the piece it starts in. A run of MAX_PIECE characters without whitespace is
 * cut anyway (it is not prose), so no search ever runs over more than that at once.
 */
const PIECE_LENGTH = 256;

/** What finding the terms of a text cost, in steps rather than time (for tests and benchmarks). */
export interface MatchingCost {
  /** Places where some form may start. */
  candidates: number;
  /** Ambiguous forms judged by their context. */
  judged: number;
  /** Cue words weighed by their nearness to an occurrence. */
  cuesWeighed: number;
  /** Characters searched by a pattern (each search over a part of the text counts its length). */
  searched: number;
}

const MAX_PIECE = 1024;
const LOOK_AHEAD = 64;

function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

/** Where the pieces of a text start, found from the left as far as asked. */
export class Pieces {
  /** Start of each piece found so far; the last one is where the next piece starts. */
  private readonly starts: number[] = [0];

  constructor(
    readonly text: string,
    /** Counted only when given. */
    readonly cost: MatchingCost = { candidates: 0, judged: 0, cuesWeighed: 0, searched: 0 },
  ) {}

  /** The piece holding `position` (0 ≤ position < text length). */
  indexAt(position: number): number {
    while (this.starts[this.starts.length - 1] <= position) this.addPiece();
    // The last start found lies past `position`, so the answer is below it.
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    while (this.starts.length <= index + 1) this.addPiece();
    return this.starts[index + 1];
  }

  get count(): number {
    return this.starts.length - 1;
  }

  private addPiece(): void {
    const last = this.starts[this.starts.length - 1];
    if (last >= this.text.length) {
      this.starts.push(Number.POSITIVE_INFINITY);
      return;
    }
    const text = this.text;
    const limit = Math.min(last + MAX_PIECE, text.length);
    let next = Math.min(last + PIECE_LENGTH, limit);
    while (
      next < limit &&
      !(isSpace(text.charCodeAt(next)) && !isSpace(text.charCodeAt(next - 1)))
    ) {
      next++;
    }
    this.cost.searched += next - last;
    this.starts.push(next);
  }
}

/** Visits a span; returning false stops the walk. */
export type SpanVisitor = (start: number, end: number) => boolean | void;

/** The matches of one global pattern in a text, piece by piece. */
export class Spans {
  /** Per piece: start and end of each match, one after the other. */
  private readonly found = new Map<number, Int32Array>();

  constructor(
    private readonly pieces: Pieces,
    private readonly pattern: RegExp,
  ) {}

  private inPiece(index: number): Int32Array {
    let spans = this.found.get(index);
    if (spans) return spans;
    const from = this.pieces.start(index);
    const to = this.pieces.end(index);
    const part = this.pieces.text.slice(from, to + LOOK_AHEAD);
    this.pieces.cost.searched += part.length;
    const list: number[] = [];
    this.pattern.lastIndex = 0;
    for (let hit = this.pattern.exec(part); hit; hit = this.pattern.exec(part)) {
      if (from + hit.index >= to) break;
      list.push(from + hit.index, from + hit.index + hit[0].length);
      if (hit[0] === '') this.pattern.lastIndex++;
    }
    spans = Int32Array.from(list);
    this.found.set(index, spans);
    return spans;
  }

  /** Index of the first span in `spans` that starts at or after `position`. */
  private static firstFrom(spans: Int32Array, position: number): number {
    let low = 0;
    let high = spans.length >> 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle * 2] < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Visits the spans lying wholly in `[from, to)`, in order, until the visitor returns false. */
  forEach(from: number, to: number, visit: SpanVisitor): void {
    if (from >= to) return;
    const last = this.pieces.indexAt(to - 1);
    for (let index = this.pieces.indexAt(from); index <= last; index++) {
      const spans = this.inPiece(index);
      for (let at = Spans.firstFrom(spans, from) * 2; at < spans.length; at += 2) {
        if (spans[at + 1] > to) return;
        if (visit(spans[at], spans[at + 1]) === false) return;
      }
    }
  }

  /** Visits the spans lying wholly in `[from, to)` from the last backwards, until the visitor returns false. */
  forEachBackwards(from: number, to: number, visit: SpanVisitor): void {
    if (from >= to) return;
    const first = this.pieces.indexAt(from);
    for (let index = this.pieces.indexAt(to - 1); index >= first; index--) {
      const spans = this.inPiece(index);
      for (let at = Spans.firstFrom(spans, to) * 2 - 2; at >= 0; at -= 2) {
        if (spans[at] < from) return;
        if (spans[at + 1] <= to && visit(spans[at], spans[at + 1]) === false) return;
      }
    }
  }

  /** How many spans start in `[from, to)`. */
  countStarting(from: number, to: number): number {
    if (from >= to) return 0;
    let count = 0;
    const last = this.pieces.indexAt(to - 1);
    for (let index = this.pieces.indexAt(from); index <= last; index++) {
      const spans = this.inPiece(index);
      count += Spans.firstFrom(spans, to) - Spans.firstFrom(spans, from);
    }
    return count;
  }

  /** How many spans lie wholly in `[from, to)`. */
  count(from: number, to: number): number {
    if (from >= to) return 0;
    let count = 0;
    const last = this.pieces.indexAt(to - 1);
    for (let index = this.pieces.indexAt(from); index <= last; index++) {
      const spans = this.inPiece(index);
      const first = Spans.firstFrom(spans, from);
      let end = Spans.firstFrom(spans, to);
      // Spans never overlap, so only the last one starting before `to` can end after it.
      if (end > first && spans[end * 2 - 1] > to) end--;
      count += end - first;
    }
    return count;
  }
}

/** Word positions of a text: the runs of non-space characters. */
export class Words {
  private readonly runs: Spans;

  constructor(private readonly pieces: Pieces) {
    this.runs = new Spans(pieces, /\S+/g);
  }

  /** How many runs of non-space characters `text.slice(from, to)` holds (a run cut at `from` counts). */
  between(from: number, to: number): number {
    if (from >= to) return 0;
    const text = this.pieces.text;
    const cut =
      from > 0 && !isSpace(text.charCodeAt(from)) && !isSpace(text.charCodeAt(from - 1)) ? 1 : 0;
    // Runs never cross pieces, so each is counted where it starts.
    return this.runs.countStarting(from, to) + cut;
  }
}
