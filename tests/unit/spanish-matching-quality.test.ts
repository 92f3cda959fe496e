import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/matching/find-terms';
import { TERM_IDS, type TermId } from '../../src/terms/term-match';

/**
 * Spanish labelled text (tests/fixtures/LABELLING.md rule 12): each item's `expect` lists the English and the
 * Spanish forms together, in reading order, as outside checks of Spanish text grade them.
 * A few items are English text quoting Spanish words, which do not count there.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/es');

interface LabelledItem {
  id: string;
  text: string;
  expect: TermId[];
}

const SETS = readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl'));

function readItems(file: string): LabelledItem[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function grade(items: LabelledItem[]): { precision: number; recall: number; differing: string[] } {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const differing: string[] = [];
  for (const item of items) {
    const found = findTerms(item.text).map((match) => match.term);
    for (const term of TERM_IDS) {
      const expected = item.expect.filter((id) => id === term).length;
      const got = found.filter((id) => id === term).length;
      truePositives += Math.min(expected, got);
      falsePositives += Math.max(0, got - expected);
      falseNegatives += Math.max(0, expected - got);
    }
    if (found.join() !== item.expect.join()) {
      differing.push(`${item.id}: expected ${item.expect.join(',')} found ${found.join(',')}`);
    }
  }
  return {
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    differing,
  };
}

describe('Spanish term finding on labelled Spanish text', () => {
  const all = SETS.flatMap(readItems);

  it('has the public sample and at least 150 cases of its own', () => {
    expect(all.filter((item) => /^es-\d/.test(item.id)).length).toBe(12);
    expect(all.filter((item) => !/^es-\d/.test(item.id)).length).toBeGreaterThanOrEqual(150);
  });

  for (const file of SETS) {
    it(`finds the labelled terms of ${file}`, () => {
      const { precision, recall, differing } = grade(readItems(file));
      console.log(
        [`${file} P=${precision.toFixed(3)} R=${recall.toFixed(3)}`, ...differing].join('\n  '),
      );
      expect(differing.length).toBeLessThanOrEqual(Math.ceil(readItems(file).length * 0.05));
    });
  }

  it('reaches precision and recall of at least 0.95 overall', () => {
    const { precision, recall } = grade(all);
    console.log(
      `Spanish overall (${all.length} items) P=${precision.toFixed(3)} R=${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
