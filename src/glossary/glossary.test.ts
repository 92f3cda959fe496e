import { describe, expect, it } from 'vitest';
import { TERM_IDS } from '../terms/term-match';
import { findTerms } from '../matching/find-terms';
import { CYCLE } from './cycle';
import {
  CRPS_TYPE_2_NAMES,
  DISCLAIMER,
  GLOSSARY,
  REVIEW_STATUS,
  SAFETY_LINE,
  SUPPORTING_WORDS,
  cardFor,
  textOf,
  type Cited,
  type GlossaryEntry,
} from './glossary';
import { SOURCES, sourceById } from './sources';

const words = (text: string) => text.trim().split(/\s+/).length;
const manyWords = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

const entries = Object.values(GLOSSARY);
const ASK = "Ask your child's care team.";

/** Every sentence the glossary and the cycle can show, with where it comes from. */
const shownTexts: [string, string][] = [
  ...entries.flatMap((entry): [string, string][] => [
    [`${entry.id}.title`, entry.title],
    [`${entry.id}.parent`, textOf(entry.parent)],
    [`${entry.id}.clinician`, textOf(entry.clinician)],
    [`${entry.id}.suggestedWording`, entry.suggestedWording],
    [`${entry.id}.whyChildrenDiffer`, textOf(entry.whyChildrenDiffer)],
  ]),
  ...SUPPORTING_WORDS.flatMap((word): [string, string][] => [
    [`${word.id}.title`, word.title],
    [word.id, word.definition],
  ]),
  ...CYCLE.steps.map((step): [string, string] => [`cycle.${step.id}`, step.caption]),
  ['cycle.description', CYCLE.description],
  ['cycle.parentExplanation', textOf(CYCLE.parentExplanation)],
  ['cycle.disagreement', textOf(CYCLE.disagreement)],
  ...CYCLE.questions.map((question, i): [string, string] => [`cycle.question${i}`, question]),
  ['safety', SAFETY_LINE.text],
  ['review', REVIEW_STATUS],
  ['disclaimer', DISCLAIMER],
];

/** Every sentence with its sources. */
const citedSentences: [string, Cited][] = [
  ...entries.flatMap((entry) =>
    [...entry.parent, ...entry.clinician, ...entry.whyChildrenDiffer].map(
      (sentence): [string, Cited] => [entry.id, sentence],
    ),
  ),
  ...[...CYCLE.parentExplanation, ...CYCLE.disagreement].map((sentence): [string, Cited] => [
    'cycle',
    sentence,
  ]),
  ['safety', SAFETY_LINE],
];

/** Wording that would suggest the pain is imagined or put on (docs/BRIEF.md §1, "Must not"). */
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

const supportingWord = (id: string) => SUPPORTING_WORDS.find((w) => w.id === id);

/** Sentences that need no source: the brief's own rules for where to send a reader. */
const isRule = (text: string) => /^Ask your child[’']s care team\b/.test(text);

/** Checks the rules the tests below apply to every entry; returns the problems found. */
function problemsOf(entry: GlossaryEntry): string[] {
  const problems: string[] = [];
  for (const sentence of [...entry.parent, ...entry.clinician, ...entry.whyChildrenDiffer]) {
    if (sentence.sources.length === 0 && !isRule(sentence.text)) {
      problems.push(`no source: ${sentence.text}`);
    }
    for (const id of sentence.sources) {
      if (!SOURCES.some((source) => source.id === id)) problems.push(`unknown source ${id}`);
    }
  }
  if (words(textOf(entry.parent)) > 40) problems.push('parent text over 40 words');
  if (words(textOf(entry.clinician)) > 60) problems.push('clinician note over 60 words');
  if (entry.parent.filter((sentence) => sentence.pediatric).length !== 1) {
    problems.push('parent text needs one pediatric sentence');
  }
  if (entry.parent.at(-1)?.text !== ASK) problems.push('parent text must end with the care team');
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

  it('rejects a sentence without a source or with an unknown source id', () => {
    const unsourced = [{ text: 'RSD is old.', sources: [] }, ...GLOSSARY.rsd.parent];
    expect(problemsOf({ ...GLOSSARY.rsd, parent: unsourced })).toContain('no source: RSD is old.');
    const unknown = [{ text: 'RSD is old.', sources: [7, 999] }, ...GLOSSARY.rsd.parent];
    expect(problemsOf({ ...GLOSSARY.rsd, parent: unknown })).toContain('unknown source 999');
  });

  it('rejects long texts, a missing pediatric sentence and a missing care-team line', () => {
    const long = [{ text: manyWords(41), sources: [7], pediatric: true as const }];
    expect(problemsOf({ ...GLOSSARY.rsd, parent: long })).toEqual(
      expect.arrayContaining([
        'parent text over 40 words',
        'parent text must end with the care team',
      ]),
    );
    expect(
      problemsOf({ ...GLOSSARY.rsd, clinician: [{ text: manyWords(61), sources: [7] }] }),
    ).toContain('clinician note over 60 words');
    expect(
      problemsOf({ ...GLOSSARY.rsd, parent: GLOSSARY.rsd.parent.filter((s) => !s.pediatric) }),
    ).toContain('parent text needs one pediatric sentence');
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

  it('groups under AMPS only the terms CHOP does', () => {
    expect(
      entries
        .filter((entry) => entry.mapsToAmps)
        .map((entry) => entry.id)
        .toSorted(),
    ).toEqual(['algodystrophy', 'amps', 'crps', 'fibromyalgia', 'rnd', 'rsd'].toSorted());
  });

  it('attributes the AMPS view to CHOP in every parent text, with the pediatric sentence in the brief’s shape', () => {
    for (const entry of entries) {
      const parent = textOf(entry.parent);
      if (parent.includes('AMPS')) expect(parent, entry.id).toContain('CHOP');
      const pediatric = entry.parent.find((sentence) => sentence.pediatric)?.text ?? '';
      // AMPS's own card names CHOP's team in its first sentence instead.
      if (entry.id !== 'amps')
        expect(pediatric, entry.id).toMatch(/^In children, CHOP's pediatric team /);
    }
  });

  it('never calls causalgia or CRPS type II a form of AMPS (docs/BRIEF.md §0.1)', () => {
    const causalgia = GLOSSARY.causalgia;
    for (const text of [
      textOf(causalgia.parent),
      textOf(causalgia.clinician),
      textOf(causalgia.whyChildrenDiffer),
      causalgia.suggestedWording,
    ]) {
      expect(text).not.toMatch(/form of AMPS/i);
    }
    expect(textOf(causalgia.parent)).toContain(
      "In children, CHOP's pediatric team does not count it as AMPS. Ask your child's care team.",
    );
    expect(causalgia.mapsToAmps).toBe(false);
    expect(causalgia.otherNames).toEqual(CRPS_TYPE_2_NAMES);
  });

  it('writes "CRPS type I" wherever CRPS is called a form of AMPS, and never types a bare CRPS', () => {
    for (const [where, sentence] of citedSentences) {
      if (!/\bAMPS\b/.test(sentence.text)) continue;
      for (const crps of sentence.text.matchAll(/\bCRPS\b(?! type I\b| I\b)/g)) {
        expect(`${where}: ${sentence.text}`).toBe(`CRPS typed at ${crps.index}`);
      }
    }
    expect(textOf(GLOSSARY.crps.parent)).toContain(
      "In children, CHOP's pediatric team counts CRPS type I, without a nerve injury, as one form of AMPS.",
    );
  });

  it('says what the brief requires of the contested and the unsafe (docs/BRIEF.md §0.6, §0.7, §0.10)', () => {
    const all = shownTexts.map(([, text]) => text).join('\n');
    expect(all).not.toMatch(
      /adult-oriented|the recommended|the pediatric term|Diagnose with|many improve|confirm/i,
    );
    // Stress may be a trigger; it is never named as a cause.
    expect(all).not.toMatch(/stress/i);
    for (const [where, text] of shownTexts) {
      if (/Budapest/.test(text)) expect(text, where).toContain('not validated in children');
    }
    expect(textOf(GLOSSARY.amps.parent)).toContain('Not every expert uses this name.');
    expect(CYCLE.steps[0].caption).toContain('no injury first');
    expect(textOf(CYCLE.parentExplanation)).toContain('no injury first');
    expect(textOf(CYCLE.disagreement)).toMatch(/do not agree on its cause/);
    expect(CYCLE.description).toMatch(/^CHOP’s explanation:/);
    expect(supportingWord('desensitization')?.definition).toContain(
      'part of a plan from your child’s care team',
    );
    expect(supportingWord('autonomic')?.title).not.toMatch(/fight/i);
  });

  it('gives every published number its study, year and setting (docs/BRIEF.md §0.6)', () => {
    for (const [where, sentence] of citedSentences) {
      for (const number of sentence.text.matchAll(/\d+(?:\.\d+)?%|\d+:\d+|\b\d+-child\b/g)) {
        expect(sentence.text, `${where}: ${number[0]}`).toMatch(/\b(?:19|20)\d\d\b/);
      }
    }
  });

  it('keeps writers’ wording honest: no term suggested for itself, AMPS always in CHOP’s terms (docs/BRIEF.md §0.2)', () => {
    for (const entry of entries) {
      const first = /^[“"]([^”"]+)[”"]/.exec(entry.suggestedWording)?.[1];
      if (first) expect(entry.names, entry.id).not.toContain(first);
      const labels = entry.suggestedWording.replace(/Never “AMPS”\.?/, '');
      if (entry.id !== 'amps' && /AMPS/.test(labels)) {
        expect(labels, entry.id).toMatch(/in CHOP’s terms/);
      }
    }
  });

  it('says when the text was checked and that no clinician has reviewed it (docs/BRIEF.md §0.9)', () => {
    expect(REVIEW_STATUS).toMatch(/last checked .* on \d{1,2} \w+ 20\d\d\./);
    expect(REVIEW_STATUS).toContain('Not yet reviewed by a clinician.');
  });

  it('has a same-day safety line that says "new", with its source (docs/BRIEF.md §0.4)', () => {
    expect(SAFETY_LINE.text).toMatch(/today/);
    expect(SAFETY_LINE.text).toMatch(/\bnew fever\b/);
    expect(SAFETY_LINE.sources).toEqual([46]);
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
      language: 'en',
      text: 'CRPS type II',
      start: 0,
      end: 12,
    } as const;
    expect(cardFor(match)).toBe(GLOSSARY.causalgia);
  });

  it('explains every type II wording the matcher finds with the causalgia card', () => {
    for (const text of [
      'CRPS (type II)',
      'type-2 CRPS',
      'CRPS, type II',
      'type 2 complex regional pain syndrome',
    ]) {
      expect(findTerms(`Diagnosed with ${text} after a nerve injury.`).map(cardFor), text).toEqual([
        GLOSSARY.causalgia,
      ]);
    }
  });

  it('explains other matches with their own card', () => {
    for (const id of TERM_IDS) {
      expect(
        cardFor({ term: id, card: id, text: id, start: 0, end: id.length, language: 'en' }),
      ).toBe(GLOSSARY[id]);
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

  it('cover the words of docs/BRIEF.md §5', () => {
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
    const explanation = textOf(CYCLE.parentExplanation);
    expect(words(explanation)).toBeLessThanOrEqual(120);
    expect(explanation).toContain('The pain is real.');
    // Said once: the explanation says it, the section after it says who and why.
    expect(explanation.match(/Not every expert agrees/g)).toHaveLength(1);
    expect(textOf(CYCLE.disagreement)).not.toMatch(/Not every expert agrees/);
    expect(textOf(CYCLE.disagreement)).toMatch(/JAMA Pediatrics/);
    expect(CYCLE.questions).toHaveLength(4);
    for (const step of CYCLE.steps) {
      expect(step.sources.length, step.id).toBeGreaterThan(0);
      for (const id of step.sources) expect(() => sourceById(id)).not.toThrow();
    }
  });

  it('cites a source for every sentence', () => {
    for (const [where, sentence] of citedSentences) {
      if (isRule(sentence.text)) continue;
      expect(sentence.sources.length, `${where}: ${sentence.text}`).toBeGreaterThan(0);
      for (const id of sentence.sources) expect(() => sourceById(id)).not.toThrow();
    }
  });
});

describe('sources', () => {
  it('are numbered uniquely, linked over https, never to an unofficial copy', () => {
    const ids = SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of SOURCES) {
      if (source.url === undefined) continue;
      expect(source.url, `[${source.id}]`).toMatch(/^https:\/\//);
      expect(source.url, `[${source.id}]`).not.toMatch(
        /kipdf|slideshare|5y1\.org|scribd|docplayer/,
      );
    }
  });

  it('cite the paper without a link where the brief has only an unofficial copy', () => {
    for (const [id, citation] of [
      [11, 'J Rheumatol Suppl 2000;58'],
      [15, 'Clin J Pain 2006;22(5):443–448'],
      [20, 'Pain 2010;150(2):268–274'],
    ] as const) {
      expect(sourceById(id).title).toContain(citation);
      expect(sourceById(id).url).toBeUndefined();
    }
    expect(sourceById(47).url).toBe('https://pubmed.ncbi.nlm.nih.gov/40379330/');
  });

  it('mark treatment program pages, which tooltips never cite', () => {
    expect(SOURCES.filter((source) => source.treatment).map((source) => source.id)).toEqual([
      4, 6, 31,
    ]);
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
