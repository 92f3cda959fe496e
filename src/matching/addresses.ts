import type { MatchingCost } from './text-spans';

/**
 * Nothing inside a URL, e-mail address, @handle or file name counts (tests/fixtures/LABELLING.md rule 8).
 * Such addresses never contain whitespace, so only the run of non-space characters around
 * an occurrence needs a look, and each run is looked at once, however many occurrences it holds.
 *
 * Each pattern starts only where such an address can start (the lookbehinds), never inside a
 * run it has already tried, so it runs in time linear in the run ("RSD.RSD.RSD…" of any length).
 */
const ADDRESSES: readonly RegExp[] = [
  // The scheme starts at the first letter of its run of scheme characters: group 1.
  /(?<![a-z0-9+.-])[0-9+.-]*([a-z][a-z0-9+.-]*:\/\/\S+)/giu,
  /\bwww\.\S+/giu,
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu,
  /(?<![\p{L}\p{N}_-]|[\p{L}\p{N}_-]\.)(?:[\p{L}\p{N}_-]+\.)+(?:com|org|net|edu|gov|mil|int|io|co|uk|us|ca|au|nz|ie|info|biz|health|care|example)(?:[/:?#]\S*)?(?![\p{L}\p{N}_])/giu,
  /(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_.-]+\.(?:pdf|docx?|pptx?|xlsx?|csv|txt|rtf|odt|png|jpe?g|gif|svg|webp|zip|html?|json|mp[34]|mov)(?![\p{L}\p{N}_])/giu,
];

/** Runs longer than this are not addresses anyone reads (and are not searched). */
const LONGEST_ADDRESS = 2048;

function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

/** The addresses of one text, found run by run as occurrences ask about them. */
export class Addresses {
  private runStart = 0;
  private runEnd = 0;
  /** Starts of the addresses in the current run, in order, and the furthest end reached so far by each. */
  private starts: number[] = [];
  private reach: number[] = [];

  constructor(
    private readonly text: string,
    private readonly cost?: MatchingCost,
  ) {}

  /** Whether `text[start, end)` lies inside an address. */
  covers(start: number, end: number): boolean {
    if (start < this.runStart || end > this.runEnd || this.runStart === this.runEnd) {
      this.readRun(start, end);
    }
    // The last address starting at or before `start`, and whether any of those reaches `end`.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.reach[low - 1] >= end;
  }

  private readRun(start: number, end: number): void {
    const text = this.text;
    let from = start;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    this.runStart = from;
    this.runEnd = to;
    this.starts = [];
    this.reach = [];
    if (to - from > LONGEST_ADDRESS) return;
    const run = text.slice(from, to);
    // Plain words with a boundary mark or two never look like addresses.
    if (!/[@./:]/.test(run)) return;
    if (this.cost) this.cost.searched += run.length * ADDRESSES.length;
    const found: [number, number][] = [];
    for (const address of ADDRESSES) {
      address.lastIndex = 0;
      for (let hit = address.exec(run); hit; hit = address.exec(run)) {
        const skipped = hit[1] === undefined ? 0 : hit[0].length - hit[1].length;
        found.push([from + hit.index + skipped, from + hit.index + hit[0].length]);
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    let furthest = 0;
    for (const [addressStart, addressEnd] of found) {
      furthest = Math.max(furthest, addressEnd);
      this.starts.push(addressStart);
      this.reach.push(furthest);
    }
  }
}
