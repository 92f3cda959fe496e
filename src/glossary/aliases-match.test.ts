/**
 * Every English name the glossary lists for a term must be found by the matcher
 * as exactly that term, so the glossary and the page marks never disagree.
 */
import { describe, expect, it } from 'vitest';
import { findTerms } from '../matching/find-terms';
import { CRPS_TYPE_2_NAMES, GLOSSARY } from './glossary';

/**
 * Forms that tests/fixtures/LABELLING.md counts only in the pain (or nervous-system) sense
 * (rule 1 "pain sense only", rules 5 and 9), so alone they are rightly not
 * matched. Each is tested in a sentence that settles the sense and holds no
 * other form.
 */
const IN_CONTEXT: Readonly<Record<string, string>> = {
  AMPS: 'She was diagnosed with AMPS and her leg pain kept her out of school.',
  RND: 'Her old clinic notes call the foot pain RND.',
  FMS: 'Diagnosed with FMS, she has aching pain all over her body.',
  JFMS: 'Diagnosed with JFMS at 14, she has aching pain all over her body.',
  fibro: 'My fibro flare makes every joint ache today.',
  sympathetic: 'The sympathetic nervous system controls blood flow.',
  sympathetically: 'Her doctor suspected sympathetically maintained pain.',
};

describe('every glossary name is matched as its own term', () => {
  for (const entry of Object.values(GLOSSARY)) {
    for (const name of entry.names) {
      const text = IN_CONTEXT[name] ?? name;
      it(`${JSON.stringify(text)} → ${entry.id}`, () => {
        const matches = findTerms(text);
        expect(matches.map((match) => match.term)).toEqual([entry.id]);
        expect(matches[0]?.card).toBe(entry.id);
      });
    }
  }
});

describe('CRPS type II names are matched as crps and explained by the causalgia card', () => {
  for (const name of CRPS_TYPE_2_NAMES) {
    it(`${JSON.stringify(name)} → crps, card causalgia`, () => {
      const matches = findTerms(name);
      expect(matches.map((match) => [match.term, match.card, match.text])).toEqual([
        ['crps', 'causalgia', name],
      ]);
    });
  }
});
