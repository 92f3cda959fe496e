import { describe, expect, it } from 'vitest';
import { CYCLE } from './cycle';
import {
  DISCLAIMER,
  GLOSSARY,
  REVIEW_STATUS,
  SAFETY_LINE,
  SUPPORTING_WORDS,
  textOf,
} from './glossary';
import { gradeLevel, sentencesOf, syllablesOf } from './reading-level';

/** Every English text a parent reads (docs/BRIEF.md §0.8); clinician notes and writers' wording are exempt. */
const PARENT_TEXTS: [string, string][] = [
  ...Object.values(GLOSSARY).flatMap((entry): [string, string][] => [
    [`${entry.id} tooltip`, textOf(entry.parent)],
    [`${entry.id} why children differ`, textOf(entry.whyChildrenDiffer)],
  ]),
  ...SUPPORTING_WORDS.map((word): [string, string] => [`${word.id} definition`, word.definition]),
  ...CYCLE.steps.map((step): [string, string] => [`cycle step ${step.id}`, step.caption]),
  ['cycle in plain words', textOf(CYCLE.parentExplanation)],
  ['cycle: what other experts say', textOf(CYCLE.disagreement)],
  ...CYCLE.questions.map((question, i): [string, string] => [`question ${i + 1}`, question]),
  ['safety line', SAFETY_LINE.text],
  ['disclaimer', DISCLAIMER],
  ['review status', REVIEW_STATUS],
];

const MAX_GRADE = 7;

describe('reading level of parent text', () => {
  it(`keeps every parent text at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    const grades = PARENT_TEXTS.map(([where, text]) => ({
      text: where,
      grade: Math.round(gradeLevel(text) * 10) / 10,
    }));
    console.table(grades);
    const over = grades.filter(({ grade }) => grade > MAX_GRADE);
    expect(over).toEqual([]);
  });

  it('counts an initialism one syllable per letter, CHOP and AMPS as one', () => {
    expect(syllablesOf('RSD')).toBe(3);
    expect(syllablesOf('CRPS')).toBe(4);
    expect(syllablesOf('RSDs')).toBe(3);
    expect(syllablesOf('CHOP’s')).toBe(1);
    expect(syllablesOf('AMPS')).toBe(1);
    expect(syllablesOf('JAMA')).toBe(2);
    expect(syllablesOf('fight-or-flight')).toBe(3);
    expect(syllablesOf('amplified')).toBe(3);
  });

  it('grades hard text above the limit, so the check can fail', () => {
    expect(
      gradeLevel(
        'Algodystrophy, Sudeck’s atrophy and shoulder-hand syndrome are older names, mostly from adult medicine, for what is now called CRPS.',
      ),
    ).toBeGreaterThan(MAX_GRADE);
    // The same words with RSD read as one syllable would grade lower: initialisms count.
    expect(gradeLevel('RSD and CRPS are names.')).toBeGreaterThan(
      gradeLevel('Rad and Crab are names.'),
    );
  });

  it('ends sentences at . ! or ? before a capital, not at semicolons', () => {
    expect(
      sentencesOf('Vessels narrow; bone gets less blood. The pain grows! Is it real? Yes.'),
    ).toEqual(['Vessels narrow; bone gets less blood.', 'The pain grows!', 'Is it real?', 'Yes.']);
  });
});
