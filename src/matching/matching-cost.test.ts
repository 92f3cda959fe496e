import { describe, expect, it } from 'vitest';
import { findTerms } from './find-terms';
import type { MatchingCost } from './text-spans';

/** Texts made to slow a matcher down: every few characters a term, a cue, a boundary mark. */
const CRAFTED = ['RSD ache ', 'RSD RSD arm ', 'RSD.', 'AMPS.', 'causalgia-a.', 'fibromyalgia.'];
const SIZE = 50_000;

const repeated = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function costOf(text: string): MatchingCost {
  const cost = { candidates: 0, judged: 0, cuesWeighed: 0, searched: 0 };
  findTerms(text, cost);
  return cost;
}

describe('the matcher on crafted text', () => {
  for (const unit of CRAFTED) {
    it(`costs a bounded amount per character on ${SIZE / 1000} KB of "${unit}"`, () => {
      const cost = costOf(repeated(unit, SIZE));
      console.log(JSON.stringify(unit), JSON.stringify(cost));
      // Every place a form may start is looked at once.
      expect(cost.candidates).toBeLessThanOrEqual(SIZE / 3);
      expect(cost.judged).toBeLessThanOrEqual(cost.candidates);
      // A few nearest cues of each kind per occurrence, never all of them.
      expect(cost.cuesWeighed).toBeLessThanOrEqual(cost.judged * 64);
      // Each pattern searches each part of the text about once.
      expect(cost.searched).toBeLessThanOrEqual(SIZE * 20);
    });

    it(`grows linearly with the length of "${unit}"`, () => {
      const small = costOf(repeated(unit, SIZE));
      const large = costOf(repeated(unit, SIZE * 4));
      for (const key of ['candidates', 'judged', 'cuesWeighed', 'searched'] as const) {
        expect(large[key]).toBeLessThanOrEqual(small[key] * 4.2 + 1000);
      }
    });
  }
});
