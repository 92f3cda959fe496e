import { DISCLAIMER, GLOSSARY, SAFETY_LINE, citedSources, textOf } from '../glossary/glossary';
import { sourceById, type Source } from '../glossary/sources';
import type { TermQuestions } from '../settings/questions';

/** At most this many sources per term, as in a tooltip: the list stays one printed page. */
export const MAX_SOURCES = 3;

/** The parent explanation of a term, as its tooltip gives it. */
export function explanationOf(entry: TermQuestions): string {
  return textOf(GLOSSARY[entry.term].parent);
}

/** The sources behind that explanation, as the tooltip lists them (no treatment program's page). */
export function sourcesOf(entry: TermQuestions): Source[] {
  return citedSources(GLOSSARY[entry.term].parent)
    .map(sourceById)
    .filter((source) => !source.treatment)
    .slice(0, MAX_SOURCES);
}

const sourceText = (source: Source) =>
  source.url ? `${source.title} ${source.url}` : source.title;

/** The day, as a parent writes it ("4 December 2026"). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The list as plain text, to paste into an e-mail or a notes app. */
export function questionsAsText(list: readonly TermQuestions[], date: Date): string {
  const lines = [`Questions for our visit (${formatDate(date)})`, ''];
  for (const entry of list) {
    const card = GLOSSARY[entry.term];
    lines.push(card.title, explanationOf(entry));
    const questions = entry.questions.filter((question) => question.trim() !== '');
    if (questions.length > 0) {
      lines.push('Our questions:', ...questions.map((question) => `- ${question.trim()}`));
    }
    lines.push(`Sources: ${sourcesOf(entry).map(sourceText).join('; ')}`, '');
  }
  lines.push(SAFETY_LINE.text, DISCLAIMER);
  return lines.join('\n');
}
