import type { Language } from '../lib/text-language';

/** Term ids as the labelling rules and docs/CONTRACTS.md name them. */
export const TERM_IDS = [
  'rsd',
  'crps',
  'fibromyalgia',
  'sympathetic',
  'rnd',
  'causalgia',
  'algodystrophy',
  'amps',
] as const;

export type TermId = (typeof TERM_IDS)[number];

/** One occurrence of a term in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface TermMatch {
  term: TermId;
  /** Exactly `text.slice(start, end)` of the text that was searched. */
  text: string;
  start: number;
  end: number;
  /**
   * The glossary card that explains this occurrence. Usually the term itself;
   * "CRPS type II" is matched as `crps` but explained by the causalgia card.
   */
  card: TermId;
  /**
   * The language of the text around it, which its explanation uses: a Spanish form, or an English
   * one in a Spanish paragraph, is 'es' (tests/fixtures/LABELLING.md rule 12).
   */
  language: Language;
}
