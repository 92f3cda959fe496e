import { lastStartAtOrBefore } from '../lib/sorted-starts';

/** Offsets where each line starts; `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const lineBreak of text.matchAll(/\r\n?|\n/g)) {
    starts.push(lineBreak.index + lineBreak[0].length);
  }
  return starts;
}

/** 1-based line and column, columns in UTF-16 code units, as editors and SARIF count them. */
export interface Position {
  line: number;
  column: number;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  const line = lastStartAtOrBefore(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}
