/**
 * The index of the last start at or before `offset` in ascending `starts` (0 when none is):
 * which line, text node or piece of text an offset falls in.
 */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
