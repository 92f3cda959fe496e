/**
 * The glossary's words in the reader's language. English is the source (`glossary.ts`,
 * `cycle.ts`); Spanish (`es/`) has the same cards, sentence for sentence, with their sources.
 */
import type { Language } from '../lib/text-language';
import type { TermId } from '../terms/term-match';
import {
  CATEGORY_LABELS,
  DISCLAIMER,
  GLOSSARY,
  REVIEW_STATUS,
  SAFETY_LINE,
  SUPPORTING_WORDS,
  type GlossaryEntry,
  type SupportingWord,
} from './glossary';
import { CYCLE } from './cycle';
import type { GlossaryText } from './text-shape';
import { GLOSSARY_ES } from './es/glossary-es';

export type { Language } from '../lib/text-language';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

const ENGLISH: GlossaryText = {
  entries: GLOSSARY,
  supportingWords: Object.fromEntries(SUPPORTING_WORDS.map((word) => [word.id, word])),
  categoryLabels: CATEGORY_LABELS,
  disclaimer: DISCLAIMER,
  safetyLine: SAFETY_LINE,
  reviewStatus: REVIEW_STATUS,
  cycle: CYCLE,
};

const TEXTS: Readonly<Record<Language, GlossaryText>> = { en: ENGLISH, es: GLOSSARY_ES };

export function glossaryText(language: Language): GlossaryText {
  return TEXTS[language];
}

/** A term's card in `language`: the English card's ids, names and category, with that language's words. */
export function entryIn(id: TermId, language: Language): GlossaryEntry {
  return { ...GLOSSARY[id], ...TEXTS[language].entries[id] };
}

export function supportingWordIn(word: SupportingWord, language: Language): SupportingWord {
  return { ...word, ...TEXTS[language].supportingWords[word.id] };
}
