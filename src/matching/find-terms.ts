import type { TermMatch } from './term-match';

/**
 * Finds every glossary term in `text`, in reading order, without overlaps
 * (longest match wins), following shared/corpus/LABELLING.md.
 * Pure and deterministic: no DOM, no I/O.
 */
export function findTerms(text: string): TermMatch[] {
  void text;
  return [];
}
