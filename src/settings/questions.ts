/**
 * "Questions for our visit": terms a parent wants to ask the care team about, each with the
 * questions they wrote or picked. Kept in `storage.local` on this device only, never synced.
 * Only the term is stored with the questions: no page address, no page text.
 */
import { TERM_IDS, type TermId } from '../terms/term-match';
import { storedValue } from './stored-value';

export interface TermQuestions {
  term: TermId;
  questions: string[];
}

/** Enough for a visit, and a page to print. (The list holds each known term at most once.) */
export const MAX_QUESTIONS_PER_TERM = 8;
export const MAX_QUESTION_LENGTH = 500;

/** What storage holds, checked item by item; never throws. Terms in the order added, each once. */
export function parseQuestions(raw: unknown): TermQuestions[] {
  if (!Array.isArray(raw)) return [];
  const list: TermQuestions[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { term, questions } = item as Record<string, unknown>;
    if (!TERM_IDS.includes(term as TermId) || list.some((entry) => entry.term === term)) continue;
    const texts = Array.isArray(questions)
      ? questions
          .filter((question): question is string => typeof question === 'string')
          .map((question) => question.slice(0, MAX_QUESTION_LENGTH))
          .slice(0, MAX_QUESTIONS_PER_TERM)
      : [];
    list.push({ term: term as TermId, questions: texts });
  }
  return list;
}

/** The list with `term` in it, asked about with `question` (a term already there keeps its questions). */
export function withTerm(
  list: readonly TermQuestions[],
  term: TermId,
  question: string,
): TermQuestions[] {
  if (list.some((entry) => entry.term === term)) return [...list];
  return [...list, { term, questions: [question] }];
}

const storedQuestions = storedValue('local:questions', parseQuestions);

export const loadQuestions = storedQuestions.load;
export const saveQuestions = storedQuestions.save;
export const watchQuestions = storedQuestions.watch;

/** Adds a term to the stored list; reads the stored list first, so nothing added elsewhere is lost. */
export async function addTermToQuestions(term: TermId, question: string): Promise<void> {
  await saveQuestions(withTerm(await loadQuestions(), term, question));
}

export async function clearQuestions(): Promise<void> {
  await saveQuestions([]);
}
