import { describe, expect, it } from 'vitest';
import { GAP, placeTooltip, type Box, type PlacementInput } from './tooltip-placement';

const line = (top: number, left: number, width = 40, height = 20): Box => ({
  top,
  bottom: top + height,
  left,
  right: left + width,
});

const laptop = (lines: Box[], height = 280, extra: Partial<PlacementInput> = {}) =>
  placeTooltip({
    lines,
    viewport: { width: 1280, height: 800 },
    size: { width: 360, height },
    rightToLeft: false,
    maxHeight: 320,
    ...extra,
  });

/** Whether the placed tooltip covers any part of any line of the mark. */
const covers = (lines: Box[], place: { top: number; maxHeight: number }) =>
  lines.some((box) => place.top < box.bottom && place.top + place.maxHeight > box.top);

describe('placeTooltip', () => {
  it('goes below the mark, at its start, when it fits there', () => {
    expect(laptop([line(100, 200)])).toEqual({ left: 200, top: 120 + GAP, maxHeight: 280 });
  });

  it('goes above the mark when there is no room below', () => {
    const place = laptop([line(700, 200)]);
    expect(place.top + place.maxHeight).toBe(700 - GAP);
    expect(place.maxHeight).toBe(280);
  });

  it('is never taller than its limit', () => {
    expect(laptop([line(100, 200)], 900).maxHeight).toBe(320);
  });

  it('takes the roomier side and scrolls inside when neither side fits, never covering the mark', () => {
    const lines = [line(180, 100)];
    const place = placeTooltip({
      lines,
      viewport: { width: 640, height: 400 },
      size: { width: 360, height: 300 },
      rightToLeft: false,
      maxHeight: 320,
    });
    expect(place.top).toBe(200 + GAP);
    expect(place.maxHeight).toBe(400 - 200 - 2 * GAP);
    expect(covers(lines, place)).toBe(false);
  });

  it('keeps clear of every line of a mark that wraps', () => {
    const lines = [line(300, 1000, 200), line(320, 20, 60)];
    const place = laptop(lines);
    expect(place.top).toBe(340 + GAP);
    expect(covers(lines, place)).toBe(false);
    // It starts where the mark starts, moved in so it stays in the window.
    expect(place.left).toBe(1280 - 360 - GAP);
  });

  it('starts at the right edge of the mark in right-to-left text', () => {
    expect(laptop([line(100, 600)], 280, { rightToLeft: true }).left).toBe(640 - 360);
  });

  it('stays inside a 360 px phone screen', () => {
    const place = placeTooltip({
      lines: [line(300, 10)],
      viewport: { width: 360, height: 640 },
      size: { width: 344, height: 500 },
      rightToLeft: false,
      maxHeight: 320,
    });
    expect(place.left).toBe(GAP);
    expect(place.left + 344).toBeLessThanOrEqual(360);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(640);
    expect(covers([line(300, 10)], place)).toBe(false);
  });

  it('waits at the edge of the window while its mark is scrolled out of view', () => {
    const place = laptop([line(-100, 200)]);
    expect(place.top).toBe(GAP);
  });
});
