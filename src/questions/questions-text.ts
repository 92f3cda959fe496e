import { DISCLAIMER, GLOSSARY } from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import type { TermQuestions } from '../settings/questions';

/** At most this many sources per term, as in a tooltip: the list stays one printed page. */
export const MAX_SOURCES = 3;

export function sourcesOf(entry: TermQuestions) {
  return GLOSSARY[entry.term].sourceIds.slice(0, MAX_SOURCES).map(sourceById);
}

/** The day, as a parent writes it ("4 December 2026"). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The list as plain text, to paste into an e-mail or a notes app. */
export function questionsAsText(list: readonly TermQuestions[], date: Date): string {
  const lines = [`Questions for our visit (${formatDate(date)})`, ''];
  for (const entry of list) {
    const card = GLOSSARY[entry.term];
    lines.push(card.title, card.parentText);
    const questions = entry.questions.filter((question) => question.trim() !== '');
    if (questions.length > 0) {
      lines.push('Our questions:', ...questions.map((question) => `- ${question.trim()}`));
    }
    lines.push(
      `Sources: ${sourcesOf(entry)
        .map((source) => `${source.title} ${source.url}`)
        .join('; ')}`,
      '',
    );
  }
  lines.push(DISCLAIMER);
  return lines.join('\n');
}
