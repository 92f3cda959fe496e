/**
 * Readability of Spanish parent text by the Fernández-Huerta formula, as Spanish tools such as
 * legible.es compute it: 206.84 − 60 × (syllables per word) − 1.02 × (words per sentence).
 * Fernández-Huerta's table reads 70–80 as 6th grade and 60–70 as 7th–8th grade, so "about
 * grade 7" is a score of 60 or more. As for English (BRIEF.md §0.8), an initialism is read
 * letter by letter, each letter by its Spanish name (SDRC: e-se, de, e-rre, ce = 6), while CHOP
 * and AMPS are said as words.
 */
import { sentencesOf, wordsOf } from '../reading-level';

const SPOKEN_AS_WORDS: Readonly<Record<string, number>> = { CHOP: 1, AMPS: 1, JAMA: 2, CARRA: 2 };
/** Syllables of each letter's Spanish name: a (1), be (1), ce (1), de (1), e (1), efe (2)… */
const LETTER_NAMES: Readonly<Record<string, number>> = {
  A: 1,
  B: 1,
  C: 1,
  D: 1,
  E: 1,
  F: 2,
  G: 1,
  H: 2,
  I: 1,
  J: 2,
  K: 1,
  L: 2,
  M: 2,
  N: 2,
  Ñ: 2,
  O: 1,
  P: 1,
  Q: 1,
  R: 2,
  S: 2,
  T: 1,
  U: 1,
  V: 1,
  W: 3,
  X: 2,
  Y: 2,
  Z: 2,
};

const STRONG = 'aeoáéóíú';
const VOWELS = 'aeiouáéíóúü';

/** Syllables of a plain Spanish word: one per vowel group, split where two strong vowels meet. */
function wordSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of lower) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    // A new syllable starts at a vowel after a consonant, or where two strong vowels meet
    // (an accented í or ú counts as strong: "dí-a", "ma-íz").
    if (previous === '' || (STRONG.includes(previous) && STRONG.includes(letter))) count++;
    previous = letter;
  }
  return Math.max(1, count);
}

/** Syllables of one written word, said as Spanish readers say it. */
export function syllablesEs(written: string): number {
  return written
    .split(/[-/]/)
    .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((part) => part !== '')
    .reduce((sum, part) => {
      if (part in SPOKEN_AS_WORDS) return sum + SPOKEN_AS_WORDS[part];
      if (/^\p{Lu}{2,}$/u.test(part)) {
        return (
          sum + [...part].reduce((letters, letter) => letters + (LETTER_NAMES[letter] ?? 1), 0)
        );
      }
      // A number is read as a word or two; one syllable each keeps the count simple.
      if (!/\p{L}/u.test(part)) return sum + 1;
      return sum + wordSyllables(part);
    }, 0);
}

export function fernandezHuerta(text: string): number {
  const words = wordsOf(text);
  const sentences = Math.max(1, sentencesOf(text.replace(/[¿¡]/g, '')).length);
  const syllables = words.reduce((sum, word) => sum + syllablesEs(word), 0);
  return 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
}
