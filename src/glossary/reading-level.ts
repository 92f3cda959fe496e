import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * The Flesch–Kincaid grade of a parent-facing text, counted as docs/BRIEF.md §0.8 and the
 * December 2026 review count it: an initialism is read letter by letter (RSD 3, CRPS 4),
 * while CHOP and AMPS are said as words (1 each) and JAMA as 2. `syllable` alone reads RSD
 * as one syllable, which would grade these texts about two levels too easy.
 */
const SPOKEN_AS_WORDS: Readonly<Record<string, number>> = { CHOP: 1, AMPS: 1, JAMA: 2 };

/** Syllables in one written word; hyphenated and slashed parts are counted apart. */
export function syllablesOf(word: string): number {
  return word
    .split(/[-/]/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .reduce((sum, part) => sum + partSyllables(part), 0);
}

function partSyllables(part: string): number {
  let bare = part.replace(/[^\p{L}\p{N}]/gu, '');
  // A plural initialism ("RSDs") is read as its letters plus the plural.
  if (/^[A-Z]{2,}s$/.test(bare)) bare = bare.slice(0, -1);
  if (bare in SPOKEN_AS_WORDS) return SPOKEN_AS_WORDS[bare];
  if (/^[A-Z]{2,}$/.test(bare)) return bare.length;
  if (!/\p{L}/u.test(bare)) return 1;
  return Math.max(1, syllable(bare));
}

/** Sentences end at . ! or ? before a capital letter, an opening quote or the end; semicolons don't end one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

export function gradeLevel(text: string): number {
  const words = wordsOf(text);
  return fleschKincaid({
    sentence: sentencesOf(text).length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllablesOf(word), 0),
  });
}
