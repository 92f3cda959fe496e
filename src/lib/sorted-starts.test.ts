import { describe, expect, it } from 'vitest';
import { lastStartAtOrBefore } from './sorted-starts';

describe('lastStartAtOrBefore', () => {
  it('finds the run an offset falls in', () => {
    const starts = [0, 5, 9, 20];
    expect(lastStartAtOrBefore(starts, 0)).toBe(0);
    expect(lastStartAtOrBefore(starts, 4)).toBe(0);
    expect(lastStartAtOrBefore(starts, 5)).toBe(1);
    expect(lastStartAtOrBefore(starts, 19)).toBe(2);
    expect(lastStartAtOrBefore(starts, 500)).toBe(3);
    expect(lastStartAtOrBefore([], 3)).toBe(0);
  });
});
