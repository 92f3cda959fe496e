import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/matching/find-terms';
import { TERM_IDS, type TermId } from '../../src/matching/term-match';

/**
 * Spanish labelled text (LABELLING.md rule 12): each item's `expect` lists the English and the
 * Spanish forms together, in reading order, as outside checks of Spanish text grade them.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/es');

interface LabelledItem {
  id: string;
  text: string;
  expect: TermId[];
}

function readItems(): LabelledItem[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(join(FIXTURES, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LabelledItem),
    );
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('Spanish term finding on labelled Spanish text', () => {
  const items = readItems();

  it('has the public sample and at least 150 cases of its own', () => {
    expect(items.filter((item) => item.id.startsWith('es-own-')).length).toBeGreaterThanOrEqual(
      150,
    );
    expect(items.filter((item) => /^es-\d/.test(item.id)).length).toBe(12);
  });

  it('reaches precision and recall of at least 0.95 overall', () => {
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
      if (found.join() !== [...item.expect].join()) {
        differing.push(`${item.id}: expected ${item.expect.join(',')} found ${found.join(',')}`);
      }
    }
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    console.log(
      [
        `Spanish (${items.length} items) P=${precision.toFixed(3)} R=${recall.toFixed(3)}`,
        ...differing,
      ].join('\n  '),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
