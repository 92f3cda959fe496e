/**
 * The shape of the glossary's words in one language: what `glossary.ts` and `cycle.ts` hold in
 * English, and `es/` in Spanish. Ids, names, categories and sources per sentence stay the same;
 * only the words change.
 */
import type { TermId } from '../terms/term-match';
import type { Category, Cited, GlossaryEntry, SupportingWord } from './glossary';
import type { Cycle } from './cycle';

/** The words of one term's card. */
export type EntryText = Pick<
  GlossaryEntry,
  'title' | 'parent' | 'clinician' | 'suggestedWording' | 'whyChildrenDiffer'
>;

/** The words of a supporting word. */
export type SupportingWordText = Pick<SupportingWord, 'title' | 'definition'>;

export interface GlossaryText {
  entries: Readonly<Record<TermId, EntryText>>;
  /** By the supporting word's id. */
  supportingWords: Readonly<Record<string, SupportingWordText>>;
  categoryLabels: Readonly<Record<Category, string>>;
  disclaimer: string;
  safetyLine: Cited;
  reviewStatus: string;
  cycle: Cycle;
}
