/**
 * Scan timings for benchmarks (docs/CONTRACTS.md, "Timing"). Only a build made with
 * `AMPS_LENS_MEASURE=1` records them: a page can read the performance timeline, and nothing
 * may tell it that AMPS Lens is installed.
 */

/** Set by the build (wxt.config.ts); absent where no build defines it (unit tests). */
declare const AMPS_LENS_MEASURE: boolean | undefined;

export const MEASURING = typeof AMPS_LENS_MEASURE === 'boolean' && AMPS_LENS_MEASURE;

/** Records `performance.measure(name, {start, end})` in the measuring build; nothing otherwise. */
export function recordMeasure(name: string, start: number, end: number): void {
  if (MEASURING) performance.measure(name, { start, end });
}
