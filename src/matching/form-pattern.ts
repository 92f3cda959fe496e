/** The shape and building blocks of the form patterns in `forms.ts` and `forms-es.ts`. */

import type { TermId } from '../terms/term-match';
import type { Language } from '../lib/text-language';
import type { SenseRuleId } from './sense-rule';

/** One written form of a term, as a regular-expression source (see `forms.ts`). */
export interface TermForm {
  term: TermId;
  /** Regular-expression source of the whole form, without boundaries. */
  pattern: string;
  /** Abbreviations count only as written (RSD, not rsd). */
  caseSensitive: boolean;
  /** Ambiguous forms name the rule that judges their sense from context. */
  sense?: SenseRuleId;
  /** The glossary card that explains this form when it is not the term's own. */
  card?: TermId;
  /** A form of another language than English counts only in text of that language (rule 12). */
  language?: Language;
}

/** Between the words of a name: any whitespace, or a single hyphen (tests/fixtures/LABELLING.md rule 7). */
export const GAP = String.raw`(?:\s+|-)`;
export const APOSTROPHE = `['’]`;
export const words = (...parts: string[]) => parts.join(GAP);

/** A bare number after CRPS or SDRC is a type unless it starts a duration ("CRPS 2 years ago", "SDRC 2 años"). */
export const NOT_A_DURATION = String.raw`(?!\s+(?:years?|yrs?|months?|weeks?|days?|a[ñn]os?|mes(?:es)?|semanas?|d[ií]as?)(?![\p{L}\p{N}_]))`;

/** Each plain vowel with or without its accent, precomposed or combining ("sindrome", "Südeck"). */
const ANY_ACCENT: Record<string, string> = {
  a: '[aáàâä]',
  e: '[eéèêë]',
  i: '[iíìîï]',
  o: '[oóòôö]',
  u: '[uúùûü]',
};
const COMBINING_MARK = '[\u0300-\u036f]?';

/**
 * A Spanish word or pattern written without accents, matching with accents optional (rule 12).
 * A leading vowel stays plain (none of these names starts with an accented one), so every form
 * still starts with an ASCII letter, which the fast candidate pass in `find-terms.ts` needs.
 */
export const accentsOptional = (plain: string) =>
  plain.replace(/(?!^)[aeiou]/g, (vowel) => ANY_ACCENT[vowel] + COMBINING_MARK);

/** A Spanish multi-word name, written without accents. */
export const spanishWords = (...parts: string[]) => words(...parts.map(accentsOptional));
