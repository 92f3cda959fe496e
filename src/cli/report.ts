import { cardFor } from '../glossary/glossary';
import type { TermId, TermMatch } from '../terms/term-match';
import type { ReadInput } from './inputs';
import { lastStartAtOrBefore } from '../lib/sorted-starts';

/** A `--json` line: only the contract's four fields per match (`card` is for the extension). */
export function jsonLine(file: string, matches: readonly TermMatch[]): string {
  const fields = matches.map(({ term, text, start, end }) => ({ term, text, start, end }));
  return `${JSON.stringify({ file, matches: fields })}\n`;
}

export function jsonErrorLine(file: string, error: string): string {
  return `${JSON.stringify({ file, error })}\n`;
}

/**
 * A path safe to print on a terminal: control characters (escape sequences, line breaks that
 * would forge report lines), bidi and line-separator controls are shown as `\xNN` / `\u{NNNN}`.
 */
export function printablePath(path: string): string {
  return path.replace(/[\p{Cc}\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Offsets where each line starts; `\r\n`, `\n` and a lone `\r` each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const lineBreak of text.matchAll(/\r\n?|\n/g)) {
    starts.push(lineBreak.index + lineBreak[0].length);
  }
  return starts;
}

/** 1-based line and column of an offset; columns count UTF-16 code units, as editors do. */
function position(starts: readonly number[], offset: number): string {
  const line = lastStartAtOrBefore(starts, offset);
  return `${line + 1}:${offset - starts[line] + 1}`;
}

/** Linter-style lines: `path:line:column  term  "matched words"  → suggested wording`. */
export function reportLines(input: ReadInput, matches: readonly TermMatch[]): string {
  if (matches.length === 0) return '';
  // Lines and columns in the file as the user opens it: for a page, in its HTML.
  const starts = lineStarts(input.source);
  return matches
    .map((match) => {
      const where = `${printablePath(input.file)}:${position(starts, input.sourceOffset(match.start))}`;
      return `${where}  ${match.term}  ${JSON.stringify(match.text)}  → ${cardFor(match).suggestedWording}\n`;
    })
    .join('');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function byTerm(counts: ReadonlyMap<TermId, number>): string {
  return [...counts]
    .toSorted(([, a], [, b]) => b - a)
    .map(([term, n]) => `${term} ${n}`)
    .join(', ');
}

export interface Tally {
  filesRead: number;
  unreadable: number;
  matches: Map<TermId, number>;
  /** The matches of terms that --fail-on names. */
  failing: Map<TermId, number>;
}

export function summary({ filesRead, unreadable, matches, failing }: Tally): string {
  const total = [...matches.values()].reduce((sum, n) => sum + n, 0);
  const failingTotal = [...failing.values()].reduce((sum, n) => sum + n, 0);
  const lines = [
    `${count(filesRead, 'file', 'files')} read` +
      (unreadable > 0 ? `, ${count(unreadable, 'input', 'inputs')} could not be read` : ''),
    count(total, 'match', 'matches') + (total > 0 ? `: ${byTerm(matches)}` : ''),
  ];
  if (failingTotal > 0) {
    lines.push(`--fail-on: ${count(failingTotal, 'match', 'matches')} (${byTerm(failing)})`);
  }
  return lines.map((line) => `${line}\n`).join('');
}
