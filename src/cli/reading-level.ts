import { smogFormula } from 'smog-formula';
import { gradeLevel, sentencesOf, syllablesOf, wordsOf } from '../glossary/reading-level';

/** The reading level of one part of a file: the whole text, a PDF page, or a main/article. */
export interface ReadingLevel {
  /** Which part: `text`, `page 2`, `main`, `article 3`. */
  scope: string;
  /** Where the part starts in the file (1-based). */
  line: number;
  column: number;
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade, one decimal. */
  fleschKincaid: number;
  /** SMOG index, one decimal. */
  smog: number;
}

/** Shorter parts are not graded: a formula over a caption or a menu means nothing. */
export const MIN_WORDS = 30;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Flesch–Kincaid grade (with the syllable counting the extension's own reading-level test uses:
 * src/glossary/reading-level.ts, `syllable` and `flesch-kincaid`) and SMOG index (`smog-formula`)
 * of a text; null when it has fewer than MIN_WORDS words.
 */
export function readingLevelOf(
  text: string,
  where: Pick<ReadingLevel, 'scope' | 'line' | 'column'>,
): ReadingLevel | null {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return null;
  const sentences = sentencesOf(text).length;
  const polysillabicWord = words.filter((word) => syllablesOf(word) >= 3).length;
  return {
    ...where,
    words: words.length,
    sentences,
    fleschKincaid: oneDecimal(gradeLevel(text)),
    smog: oneDecimal(smogFormula({ sentence: sentences, polysillabicWord })),
  };
}
