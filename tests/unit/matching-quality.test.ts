import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/matching/find-terms';
import { TERM_IDS, type TermId } from '../../src/terms/term-match';
import { htmlToText } from '../../src/cli/html-text';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const LABELLED_SETS = readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl'));

interface LabelledItem {
  id: string;
  text: string;
  expect: TermId[];
  lang?: string;
}

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function readItems(file: string): LabelledItem[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem)
    .filter((item) => item.lang !== 'es');
}

function pageItems(): LabelledItem[] {
  const pages = join(FIXTURES, 'pages');
  return readdirSync(pages)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({
      id: `pages/${name}`,
      text: htmlToText(readFileSync(join(pages, name), 'utf8')),
      expect: (
        JSON.parse(readFileSync(join(pages, name.replace(/\.html$/, '.json')), 'utf8')) as {
          expect: TermId[];
        }
      ).expect,
    }));
}

/** Per-term precision and recall counted as the grader does: per item, the smaller of expected and found. */
function grade(items: LabelledItem[]): { tallies: Map<TermId, Tally>; differing: string[] } {
  const tallies = new Map<TermId, Tally>(
    TERM_IDS.map((term) => [term, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const differing: string[] = [];
  for (const item of items) {
    const found = findTerms(item.text).map((match) => match.term);
    let same = true;
    for (const term of TERM_IDS) {
      const expected = item.expect.filter((id) => id === term).length;
      const got = found.filter((id) => id === term).length;
      const tally = tallies.get(term) as Tally;
      tally.truePositives += Math.min(expected, got);
      tally.falsePositives += Math.max(0, got - expected);
      tally.falseNegatives += Math.max(0, expected - got);
      if (expected !== got) same = false;
    }
    if (!same)
      differing.push(`${item.id}: expected ${item.expect.join(',')} found ${found.join(',')}`);
  }
  return { tallies, differing };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function report(name: string, items: LabelledItem[]): { precision: number; recall: number } {
  const { tallies, differing } = grade(items);
  const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const lines = [`${name} (${items.length} items)`];
  for (const [term, tally] of tallies) {
    total.truePositives += tally.truePositives;
    total.falsePositives += tally.falsePositives;
    total.falseNegatives += tally.falseNegatives;
    const precision = ratio(tally.truePositives, tally.truePositives + tally.falsePositives);
    const recall = ratio(tally.truePositives, tally.truePositives + tally.falseNegatives);
    lines.push(`  ${term.padEnd(14)} P=${precision.toFixed(3)} R=${recall.toFixed(3)}`);
  }
  const precision = ratio(total.truePositives, total.truePositives + total.falsePositives);
  const recall = ratio(total.truePositives, total.truePositives + total.falseNegatives);
  lines.push(`  overall        P=${precision.toFixed(3)} R=${recall.toFixed(3)}`);
  lines.push(...differing.map((line) => `  differs: ${line}`));
  console.log(lines.join('\n'));
  return { precision, recall };
}

describe('term finding quality on labelled text', () => {
  for (const file of LABELLED_SETS) {
    it(`reaches precision and recall of at least 0.97 on ${file}`, () => {
      const { precision, recall } = report(file, readItems(file));
      expect(precision).toBeGreaterThanOrEqual(0.97);
      expect(recall).toBeGreaterThanOrEqual(0.97);
    });
  }

  it('finds exactly the labelled terms of the sample pages', () => {
    const { precision, recall } = report('pages', pageItems());
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });
});
