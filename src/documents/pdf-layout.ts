/**
 * Paragraphs from the pieces of text a PDF page draws. A PDF has no paragraphs, only strings
 * placed on the page: lines are rebuilt from pieces on one baseline, columns are read one after
 * the other, and lines are joined into paragraphs, mending words hyphenated at a line's end.
 */

/** One string the page draws, where pdf.js says it is: PDF units, y grows upwards. */
export interface TextPiece {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size, in the same units. */
  size: number;
  /** pdf.js saw a line end after this piece. */
  endsLine: boolean;
}

/** A run of text on one baseline, without a gap wide enough to be a column's gutter. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A gap this many font sizes wide on one baseline separates columns, not words. */
const GUTTER_EMS = 1.5;
/** A gap between pieces wider than this (in font sizes) is a space pdf.js left out. */
const SPACE_EMS = 0.15;
/** White this many font sizes high across the whole page ends a set of columns. */
const BAND_GAP_EMS = 3;
/** Lines this many font sizes apart, or more, are paragraphs apart: there is a blank line between them. */
const BLANK_LINE_EMS = 1.8;
const SOFT_HYPHEN = '\u00ad';
/** Recursion bound for columns inside columns. */
const MAX_COLUMN_DEPTH = 4;
/** A column of text is at least this many font sizes wide (labels beside values are not columns). */
const MIN_COLUMN_EMS = 12;
/** Fewer lines than this on either side are not a column. */
const MIN_COLUMN_LINES = 3;

/**
 * A paragraph being built: its lines' texts, each already trimmed of what joining takes off
 * (a line-end hyphen) and carrying the space before it, so the text is made once at the end.
 */
type Parts = string[];

export function paragraphsOfPage(pieces: readonly TextPiece[]): string[] {
  const blocks = readingOrder(linesOf(pieces), 0);
  const paragraphs: Parts[] = [];
  for (const block of blocks) {
    const [first, ...rest] = paragraphsOfBlock(block);
    if (first === undefined) continue;
    // A paragraph that runs on from the foot of one column to the top of the next.
    const last = paragraphs.at(-1);
    if (last !== undefined && runsOn(last.at(-1) ?? '', first[0])) joinInto(last, first);
    else paragraphs.push(first);
    paragraphs.push(...rest);
  }
  return paragraphs.map((parts) => parts.join(''));
}

function linesOf(pieces: readonly TextPiece[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let spaced = false;
  /** The line's last piece: the line's own text is never read back while it grows. */
  let lastPiece = '';
  for (const piece of pieces) {
    // pdf.js fills wide gaps with a space piece; a gutter stays a gutter, the space is kept.
    if (/^\s+$/.test(piece.text)) spaced = true;
    else if (piece.text !== '') {
      const size = piece.size > 0 ? piece.size : 1;
      const gap = line === null ? 0 : piece.x - line.x1;
      const sameLine =
        line !== null &&
        Math.abs(piece.y - line.y) <= 0.3 * Math.max(size, line.size) &&
        gap >= -0.5 * size &&
        gap <= GUTTER_EMS * size;
      if (line !== null && sameLine) {
        const space =
          spaced || (gap > SPACE_EMS * size && !/\s$/.test(lastPiece) && !/^\s/.test(piece.text));
        line.text += (space ? ' ' : '') + piece.text;
        line.x1 = Math.max(line.x1, piece.x + piece.width);
        line.size = Math.max(line.size, size);
      } else {
        line = { text: piece.text, x0: piece.x, x1: piece.x + piece.width, y: piece.y, size };
        lines.push(line);
      }
      spaced = false;
      lastPiece = piece.text;
    }
    if (piece.endsLine) line = null;
  }
  return lines
    .map((each) => ({ ...each, text: each.text.replace(/\s+/g, ' ').trim() }))
    .filter((each) => each.text !== '');
}

/**
 * The page's lines as blocks read one after the other: where lines stand side by side in
 * columns, with a gutter no line (or only a few headings) crosses, each column is read top to
 * bottom before the next; a line across the gutter, such as a title, or a wide band of white
 * across the page ends the columns above it. Without columns, lines are read top to bottom,
 * and pieces on one baseline (a label and its value) are one line.
 */
function readingOrder(lines: readonly Line[], depth: number): Line[][] {
  if (lines.length === 0) return [];
  const topDown = lines.toSorted((a, b) => b.y - a.y);
  const gutter = depth < MAX_COLUMN_DEPTH ? findGutter(lines) : null;
  if (gutter === null) return [rows(topDown)];
  const blocks: Line[][] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    blocks.push(...readingOrder(left, depth + 1), ...readingOrder(right, depth + 1));
    left = [];
    right = [];
  };
  topDown.forEach((line, index) => {
    const above = topDown[index - 1];
    if (above !== undefined && above.y - line.y > BAND_GAP_EMS * line.size) flush();
    if (line.x1 <= gutter) left.push(line);
    else if (line.x0 >= gutter) right.push(line);
    else {
      flush();
      blocks.push([line]);
    }
  });
  flush();
  return blocks;
}

/** Lines in top-down order, those on one baseline merged left to right. */
function rows(topDown: readonly Line[]): Line[] {
  const merged: Line[] = [];
  let row: Line[] = [];
  const flush = () => {
    if (row.length === 0) return;
    row.sort((a, b) => a.x0 - b.x0);
    merged.push({
      text: row.map((line) => line.text).join(' '),
      x0: row[0].x0,
      x1: most(row, 'x1'),
      y: row[0].y,
      size: most(row, 'size'),
    });
    row = [];
  };
  for (const line of topDown) {
    if (row.length > 0 && row[0].y - line.y > 0.3 * Math.max(row[0].size, line.size)) flush();
    row.push(line);
  }
  flush();
  return merged;
}

/**
 * An x that splits the lines into two columns of text, or null. Both sides need a few lines
 * beside each other, each side at least a quarter of the width, lines that mostly fill their
 * column (a list of labels and values is not two columns), and a gap of a font size or more.
 */
function findGutter(lines: readonly Line[]): number | null {
  if (lines.length < 2 * MIN_COLUMN_LINES) return null;
  const starts = lines.map((line) => line.x0).toSorted((a, b) => a - b);
  const ends = lines.map((line) => line.x1).toSorted((a, b) => a - b);
  const left = starts[0];
  const right = ends[ends.length - 1];
  const width = right - left;
  const size = median(lines.map((line) => line.size));
  let best: { at: number; crossing: number } | null = null;
  let startsBefore = 0;
  for (let index = 0; index < ends.length; index++) {
    const at = ends[index];
    if (index + 1 < ends.length && ends[index + 1] === at) continue;
    while (startsBefore < starts.length && starts[startsBefore] < at) startsBefore++;
    const endedBefore = index + 1;
    const crossing = startsBefore - endedBefore;
    const narrowest = Math.min(at - left, right - at);
    if (narrowest < width / 4 || narrowest < MIN_COLUMN_EMS * size) continue;
    if (best === null || crossing < best.crossing) best = { at, crossing };
  }
  if (best === null || best.crossing > lines.length / 4) return null;
  const at = best.at;
  const leftLines = lines.filter((line) => line.x1 <= at);
  const rightLines = lines.filter((line) => line.x0 > at);
  if (leftLines.length < MIN_COLUMN_LINES || rightLines.length < MIN_COLUMN_LINES) return null;
  const gap = least(rightLines, 'x0') - at;
  if (gap < size) return null;
  const besideEachOther =
    Math.min(top(leftLines), top(rightLines)) - Math.max(bottom(leftLines), bottom(rightLines));
  if (besideEachOther <= 0) return null;
  const fills = (side: Line[], from: number, to: number) =>
    median(side.map((line) => line.x1 - line.x0)) >= 0.5 * (to - from);
  if (!fills(leftLines, left, at) || !fills(rightLines, least(rightLines, 'x0'), right))
    return null;
  return at + gap / 2;
}

/** The least or most of one coordinate, in a loop: a page may draw more lines than a call takes arguments. */
function least(lines: readonly Line[], key: 'x0' | 'x1' | 'y' | 'size'): number {
  let value = Infinity;
  for (const line of lines) value = Math.min(value, line[key]);
  return value;
}

function most(lines: readonly Line[], key: 'x0' | 'x1' | 'y' | 'size'): number {
  let value = -Infinity;
  for (const line of lines) value = Math.max(value, line[key]);
  return value;
}

const top = (lines: Line[]) => most(lines, 'y');
const bottom = (lines: Line[]) => least(lines, 'y');

/** The lower median: of line gaps, those inside paragraphs, which outnumber those between. */
function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Lines of one column, joined into paragraphs. */
function paragraphsOfBlock(lines: readonly Line[]): Parts[] {
  if (lines.length === 0) return [];
  const x0 = least(lines, 'x0');
  const x1 = most(lines, 'x1');
  const gaps = lines.slice(1).map((line, index) => lines[index].y - line.y);
  const usualGap = median(gaps.filter((gap) => gap > 0));
  const paragraphs: Parts[] = [[lines[0].text]];
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1];
    const line = lines[index];
    if (startsParagraph(previous, line, { x0, x1, usualGap })) paragraphs.push([line.text]);
    else joinInto(paragraphs[paragraphs.length - 1], [line.text]);
  }
  return paragraphs;
}

function startsParagraph(
  previous: Line,
  line: Line,
  block: { x0: number; x1: number; usualGap: number },
): boolean {
  const gap = previous.y - line.y;
  if (gap <= 0 || gap > Math.max(1.3 * block.usualGap, 1.2 * line.size)) return true;
  // Letters often set one-line paragraphs apart by blank lines (a double-spaced text is read
  // line by line, which is rare in letters and reports).
  if (gap >= BLANK_LINE_EMS * line.size) return true;
  if (Math.abs(previous.size - line.size) > 0.15 * Math.max(previous.size, line.size)) return true;
  if (/^(?:[•▪◦·*–-]|\d{1,3}[.)])\s/.test(line.text)) return true;
  if (hyphenated(previous.text)) return false;
  // The last line of a paragraph stops short; lines inside one run (nearly) to the edge.
  if (previous.x1 < block.x0 + 0.7 * (block.x1 - block.x0)) return true;
  // A first-line indent.
  return line.x0 - previous.x0 > line.size && line.x0 - previous.x0 < 6 * line.size;
}

/** "sympa-" before "thetic": a word broken at the line's end (a soft hyphen, or a hyphen after a small letter). */
function hyphenated(text: string): boolean {
  return /\u00ad$|\p{Ll}-$/u.test(text);
}

/** Appends `after` to `before`, mending a word broken between the last line and the next. */
function joinInto(before: Parts, after: Parts): void {
  const last = before.length - 1;
  const [next, ...rest] = after;
  if (before[last].endsWith(SOFT_HYPHEN)) before[last] = before[last].slice(0, -1);
  else if (hyphenated(before[last]) && /^\p{Ll}/u.test(next))
    before[last] = before[last].slice(0, -1);
  else before.push(' ');
  before.push(next, ...rest);
}

/** The text before a column break reads on into the next column: no full stop, a small letter next. */
function runsOn(before: string, after: string): boolean {
  return !/[.!?:;)"'”’]$/.test(before.slice(-1)) && /^\p{Ll}/u.test(after);
}
