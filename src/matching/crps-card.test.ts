import { describe, expect, it } from 'vitest';
import { findTerms } from './find-terms';

/** The card each CRPS mention of a sentence gets (docs/BRIEF.md §0.1). */
const cardsIn = (sentence: string) =>
  findTerms(sentence)
    .filter((match) => match.term === 'crps')
    .map((match) => match.card);

describe('which card explains a CRPS mention', () => {
  it.each([
    'CRPS type II',
    'CRPS type 2',
    'CRPS-II',
    'CRPS II',
    'CRPS 2',
    'type II CRPS',
    'type 2 CRPS',
    'type-2 CRPS',
    'type II/2 CRPS',
    'CRPS (type II)',
    'CRPS (type 2)',
    'CRPS, type II',
    'complex regional pain syndrome type II',
    'complex regional pain syndrome type 2',
    'complex regional pain syndrome, type II',
    'type 2 complex regional pain syndrome',
    'Type II complex regional pain syndrome',
  ])('gives %j the causalgia card, matched as crps', (wording) => {
    const matches = findTerms(`She was diagnosed with ${wording} after a nerve laceration.`);
    expect(matches.map((match) => [match.term, match.card])).toEqual([['crps', 'causalgia']]);
  });

  it.each([
    'CRPS',
    'CRPS type I',
    'CRPS-1',
    'type I CRPS',
    'CRPS (type I)',
    'complex regional pain syndrome',
    'CRPS types I and II',
    'CRPS (types I and II)',
    'type I/II CRPS',
    'CRPS, type 2 diabetes and asthma',
  ])('gives %j the CRPS card', (wording) => {
    expect(cardsIn(`The page mentions ${wording} twice.`)).toEqual(['crps']);
  });
});
