import { describe, expect, it } from 'vitest';
import { findTerms } from './find-terms';

const terms = (text: string) => findTerms(text).map((match) => match.term);
const texts = (text: string) => findTerms(text).map((match) => match.text);

describe('findTerms', () => {
  it('gives UTF-16 offsets whose slice is the matched text', () => {
    const text = 'Day 40 💪 of physio. CRPS💪 is not winning, and RSD’s worse.';
    for (const match of findTerms(text)) {
      expect(text.slice(match.start, match.end)).toBe(match.text);
    }
    expect(texts(text)).toEqual(['CRPS', 'RSD’s']);
  });

  it('lets the longest name win, without overlaps', () => {
    expect(
      texts(
        'Reflex Sympathetic Dystrophy Syndrome (RSDS) and juvenile primary fibromyalgia syndrome',
      ),
    ).toEqual([
      'Reflex Sympathetic Dystrophy Syndrome',
      'RSDS',
      'juvenile primary fibromyalgia syndrome',
    ]);
    expect(texts('complex regional pain syndrome type I, later CRPS type II')).toEqual([
      'complex regional pain syndrome type I',
      'CRPS type II',
    ]);
  });

  it('explains CRPS type II with the causalgia card and type I with its own', () => {
    const cards = findTerms(
      'CRPS-II, CRPS type 2, CRPS I, complex regional pain syndrome, type II',
    ).map((match) => match.card);
    expect(cards).toEqual(['causalgia', 'causalgia', 'crps', 'causalgia']);
  });

  it('keeps abbreviations to their capitals and names to any case', () => {
    expect(terms('my mom has had rsd for years; CRPs normal; Amps; RnD')).toEqual([]);
    expect(terms('ok so apparently i have Complex regional PAIN syndrome now??')).toEqual(['crps']);
  });

  it('needs whole words', () => {
    expect(
      terms('RSD13, RSDSA, #CRPSwarrior, parasympathetic, fibroids, fibromyalgiaawareness'),
    ).toEqual([]);
    expect(terms('RSD/CRPS group; CRPS-like; non-CRPS; #CRPS')).toEqual([
      'rsd',
      'crps',
      'crps',
      'crps',
      'crps',
    ]);
  });

  it('reads names across line breaks, hyphens, soft hyphens and zero-width characters', () => {
    const text =
      'reflex sympathetic\ndystrophy, shoulder-hand syndrome, fibro\u00admyalgia, C\u200bRPS';
    expect(terms(text)).toEqual(['rsd', 'algodystrophy', 'fibromyalgia', 'crps']);
    expect(texts(text)[2]).toBe('fibro\u00admyalgia');
  });

  it('skips URLs, e-mail addresses, handles and file names', () => {
    expect(
      terms(
        'See https://example.org/crps-support, rsd.office@example.edu, @CRPS_Network, CRPS-guide.pdf',
      ),
    ).toEqual([]);
    expect(terms('Great explainer on #RSD history: https://example.org/rsd-history')).toEqual([
      'rsd',
    ]);
  });

  it('tells the pain sense of an abbreviation from its look-alikes', () => {
    expect(terms('Install a 30 AMPS breaker for the dryer circuit.')).toEqual([]);
    expect(terms('Her ADHD makes RSD hit hard after any criticism.')).toEqual([]);
    expect(
      terms('The OT scored her on the AMPS (Assessment of Motor and Process Skills).'),
    ).toEqual([]);
    expect(terms('Now hiring: CRPS (Certified Recovery Peer Specialist) for our program.')).toEqual(
      [],
    );
    expect(
      terms('Our son finished a three-week AMPS program and is back to walking the dog.'),
    ).toEqual(['amps']);
    expect(terms('Back then the orthopedist just wrote RSD on the chart.')).toEqual(['rsd']);
  });

  it('judges each occurrence on its own context', () => {
    expect(
      terms(
        'Her ADHD psychiatrist talks about RSD, meaning rejection sensitive dysphoria, but the letter from her pain clinic says RSD.',
      ),
    ).toEqual(['rsd']);
  });

  it('counts only the nervous-system sense of sympathetic', () => {
    expect(
      terms('The nurse was sympathetic, and explained the sympathetic nervous system.'),
    ).toEqual(['sympathetic']);
    expect(terms('a sympathetic ear, sympathetic strings, a sympathetic strike')).toEqual([]);
    expect(terms('a lumbar sympathetic block and sympathetically maintained pain')).toEqual([
      'sympathetic',
      'sympathetic',
    ]);
  });

  it('tells fibro the pain from fibro the building material', () => {
    expect(
      terms("Dad's fixing the fibro garage roof and I'm on the couch with a fibro flare."),
    ).toEqual(['fibromyalgia']);
  });
});
