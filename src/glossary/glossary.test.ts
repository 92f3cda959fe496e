import { describe, expect, it } from 'vitest';
import { TERM_IDS } from '../terms/term-match';
import { CYCLE } from './cycle';
import {
  CRPS_TYPE_2_NAMES,
  DISCLAIMER,
  GLOSSARY,
  SUPPORTING_WORDS,
  cardFor,
  type GlossaryEntry,
} from './glossary';
import { SOURCES, sourceById } from './sources';

const words = (text: string) => text.trim().split(/\s+/).length;
const manyWords = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

const entries = Object.values(GLOSSARY);

/** Every sentence the glossary and the cycle can show, with where it comes from. */
const shownTexts: [string, string][] = [
  ...entries.flatMap((entry): [string, string][] => [
    [`${entry.id}.title`, entry.title],
    [`${entry.id}.parentText`, entry.parentText],
    [`${entry.id}.clinicianNote`, entry.clinicianNote],
    [`${entry.id}.sayInstead`, entry.sayInstead],
    [`${entry.id}.whyChildrenDiffer`, entry.whyChildrenDiffer],
  ]),
  ...SUPPORTING_WORDS.map((word): [string, string] => [word.id, word.definition]),
  ...CYCLE.steps.map((step): [string, string] => [`cycle.${step.id}`, step.caption]),
  ['cycle.parentExplanation', CYCLE.parentExplanation],
  ['cycle.disagreement', CYCLE.disagreement],
  ...CYCLE.questions.map((question, i): [string, string] => [`cycle.question${i}`, question]),
  ['disclaimer', DISCLAIMER],
];

/** Wording that would suggest the pain is imagined or put on (BRIEF.md §1, "Must not"). */
const DISMISSIVE = [
  /\bin (?:their|his|her|your|the) head\b/i,
  /\bimagin(?:ed|ary|ing)\b/i,
  /\bfak(?:e|ed|ing)\b/i,
  /\bmade[- ]up\b/i,
  /\bexaggerat/i,
  /\battention[- ]seeking\b/i,
  /\bmalinger/i,
  /\bpsychosomatic\b/i,
  /\bnot real\b/i,
];

/** Checks the rules the tests below apply to every entry; returns the problems found. */
function problemsOf(entry: GlossaryEntry): string[] {
  const problems: string[] = [];
  if (entry.sourceIds.length === 0) problems.push('no source');
  for (const id of entry.sourceIds) {
    if (!SOURCES.some((source) => source.id === id)) problems.push(`unknown source ${id}`);
  }
  if (words(entry.parentText) > 40) problems.push('parentText over 40 words');
  if (words(entry.clinicianNote) > 60) problems.push('clinicianNote over 60 words');
  return problems;
}

describe('glossary entries', () => {
  it('has one entry per term id, keyed by its own id', () => {
    expect(Object.keys(GLOSSARY).toSorted()).toEqual([...TERM_IDS].toSorted());
    for (const [key, entry] of Object.entries(GLOSSARY)) expect(entry.id).toBe(key);
  });

  it('passes the entry rules', () => {
    for (const entry of entries) expect(problemsOf(entry), entry.id).toEqual([]);
  });

  it('rejects an entry without a source or with an unknown source id', () => {
    expect(problemsOf({ ...GLOSSARY.rsd, sourceIds: [] })).toContain('no source');
    expect(problemsOf({ ...GLOSSARY.rsd, sourceIds: [7, 999] })).toContain('unknown source 999');
  });

  it('rejects a parentText over 40 words and a clinicianNote over 60 words', () => {
    expect(problemsOf({ ...GLOSSARY.rsd, parentText: manyWords(41) })).toContain(
      'parentText over 40 words',
    );
    expect(problemsOf({ ...GLOSSARY.rsd, clinicianNote: manyWords(61) })).toContain(
      'clinicianNote over 60 words',
    );
  });

  it('has no alias shared by two entries', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of entries) {
      const own = new Set([...entry.names, ...entry.otherNames].map((name) => name.toLowerCase()));
      for (const name of own) {
        const other = owner.get(name);
        if (other !== undefined) duplicates.push(`${name}: ${other} and ${entry.id}`);
        owner.set(name, entry.id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('ends the parent text of every term CHOP groups under AMPS with the care-team line', () => {
    const mapped = entries.filter((entry) => entry.mapsToAmps);
    expect(mapped.map((entry) => entry.id).toSorted()).toEqual(
      ['algodystrophy', 'amps', 'crps', 'fibromyalgia', 'rnd', 'rsd'].toSorted(),
    );
    for (const entry of mapped) {
      expect(entry.parentText, entry.id).toMatch(/Ask your child's care team\.$/);
    }
  });

  it('sends every parent to the care team and attributes the AMPS view to CHOP', () => {
    for (const entry of entries) {
      expect(entry.parentText, entry.id).toContain("Ask your child's care team");
      if (entry.parentText.includes('AMPS')) expect(entry.parentText, entry.id).toContain('CHOP');
    }
  });

  it('never calls causalgia or CRPS type II a form of AMPS', () => {
    const causalgia = GLOSSARY.causalgia;
    for (const text of [
      causalgia.parentText,
      causalgia.clinicianNote,
      causalgia.whyChildrenDiffer,
      causalgia.sayInstead,
    ]) {
      expect(text).not.toMatch(/form of AMPS/i);
    }
    expect(causalgia.mapsToAmps).toBe(false);
    expect(causalgia.otherNames).toEqual(CRPS_TYPE_2_NAMES);
  });

  it('keeps the word lists free of blanks and repeats', () => {
    for (const entry of entries) {
      const all = [...entry.names, ...entry.otherNames];
      expect(
        all.every((name) => name.trim() === name && name !== ''),
        entry.id,
      ).toBe(true);
      expect(new Set(all).size, entry.id).toBe(all.length);
    }
  });
});

describe('cardFor', () => {
  it('explains a CRPS type II match with the causalgia card', () => {
    const match = {
      term: 'crps',
      card: 'causalgia',
      text: 'CRPS type II',
      start: 0,
      end: 12,
    } as const;
    expect(cardFor(match)).toBe(GLOSSARY.causalgia);
  });

  it('explains other matches with their own card', () => {
    for (const id of TERM_IDS) {
      expect(cardFor({ term: id, card: id, text: id, start: 0, end: id.length })).toBe(
        GLOSSARY[id],
      );
    }
  });
});

describe('supporting words', () => {
  it('have unique ids that differ from the term ids, a definition and known sources', () => {
    const ids = SUPPORTING_WORDS.map((word) => word.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const word of SUPPORTING_WORDS) {
      expect(TERM_IDS as readonly string[]).not.toContain(word.id);
      expect(word.definition.length).toBeGreaterThan(0);
      expect(word.sourceIds.length, word.id).toBeGreaterThan(0);
      for (const id of word.sourceIds) expect(() => sourceById(id)).not.toThrow();
    }
  });

  it('cover the words of BRIEF.md §5', () => {
    expect(SUPPORTING_WORDS.map((word) => word.id).toSorted()).toEqual(
      [
        'allodynia',
        'autonomic',
        'central-sensitization',
        'desensitization',
        'hyperalgesia',
        'nociplastic-pain',
      ].toSorted(),
    );
  });
});

describe('amplification cycle', () => {
  it('has six steps and the loop, each captioned in at most 20 words', () => {
    expect(CYCLE.title).toBe('How CHOP explains amplified pain');
    expect(CYCLE.steps).toHaveLength(7);
    expect(CYCLE.steps.at(-1)?.id).toBe('loop');
    for (const step of CYCLE.steps) expect(words(step.caption), step.id).toBeLessThanOrEqual(20);
  });

  it('explains it to parents in at most 120 words, says the pain is real and that experts differ', () => {
    expect(words(CYCLE.parentExplanation)).toBeLessThanOrEqual(120);
    expect(CYCLE.parentExplanation).toContain('The pain is real.');
    expect(CYCLE.parentExplanation).toMatch(/Not every expert agrees/);
    expect(CYCLE.disagreement).toMatch(/JAMA Pediatrics/);
    expect(CYCLE.questions).toHaveLength(4);
    for (const id of CYCLE.sourceIds) expect(() => sourceById(id)).not.toThrow();
  });
});

describe('sources', () => {
  it('are numbered uniquely with http(s) links', () => {
    const ids = SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of SOURCES) expect(source.url).toMatch(/^https?:\/\//);
  });

  it('cite the journal record for the brief’s unofficial copies', () => {
    expect(sourceById(11).title).toContain('J Rheumatol Suppl 2000;58');
    expect(sourceById(15).title).toContain('Clin J Pain 2006;22(5):443–448');
    expect(sourceById(20).title).toContain('Pain 2010;150(2):268–274');
  });

  it('throws for an unknown id', () => {
    expect(() => sourceById(999)).toThrow();
  });
});

describe('shown text', () => {
  it('never suggests the pain is imagined or put on', () => {
    for (const [where, text] of shownTexts) {
      for (const pattern of DISMISSIVE) expect(text, where).not.toMatch(pattern);
    }
  });

  it('rejects dismissive wording', () => {
    for (const sample of [
      'It is all in their head.',
      'The pain is imagined.',
      'She is faking it.',
    ]) {
      expect(
        DISMISSIVE.some((pattern) => pattern.test(sample)),
        sample,
      ).toBe(true);
    }
  });
});
