import { citedSources, textOf } from '../glossary/glossary';
import { entryIn, glossaryText, type Language } from '../glossary/texts';
import { sourceById, type Source } from '../glossary/sources';
import { format, messagesIn } from '../i18n/messages';
import type { TermQuestions } from '../settings/questions';

/** At most this many sources per term, as in a tooltip: the list stays one printed page. */
export const MAX_SOURCES = 3;

/** The parent explanation of a term, as its tooltip gives it. */
export function explanationOf(entry: TermQuestions, language: Language = 'en'): string {
  return textOf(entryIn(entry.term, language).parent);
}

/** The sources behind that explanation, as the tooltip lists them (no treatment program's page). */
export function sourcesOf(entry: TermQuestions, language: Language = 'en'): Source[] {
  return citedSources(entryIn(entry.term, language).parent)
    .map(sourceById)
    .filter((source) => !source.treatment)
    .slice(0, MAX_SOURCES);
}

const sourceText = (source: Source) =>
  source.url ? `${source.title} ${source.url}` : source.title;

/** The day, as a parent writes it ("4 December 2026", "4 de diciembre de 2026"). */
export function formatDate(date: Date, language: Language = 'en'): string {
  return date.toLocaleDateString(language === 'es' ? 'es' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** The list as plain text, to paste into an e-mail or a notes app. */
export function questionsAsText(
  list: readonly TermQuestions[],
  date: Date,
  language: Language = 'en',
): string {
  const messages = messagesIn(language);
  const { disclaimer, safetyLine } = glossaryText(language);
  const lines = [
    format(messages['questions.textHeading'], { date: formatDate(date, language) }),
    '',
  ];
  for (const entry of list) {
    lines.push(entryIn(entry.term, language).title, explanationOf(entry, language));
    const questions = entry.questions.filter((question) => question.trim() !== '');
    if (questions.length > 0) {
      lines.push(
        messages['questions.textOurs'],
        ...questions.map((question) => `- ${question.trim()}`),
      );
    }
    const sources = sourcesOf(entry, language).map(sourceText).join('; ');
    lines.push(format(messages['questions.textSources'], { sources }), '');
  }
  lines.push(safetyLine.text, disclaimer);
  return lines.join('\n');
}
