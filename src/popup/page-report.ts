import type { PageTermsResponse } from '../messages/messages';
import { glossaryText } from '../glossary/texts';
import type { Language } from '../lib/text-language';
import { format, messagesIn } from '../i18n/messages';
import { entrySources, textOf, type GlossaryEntry } from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import { plural } from '../lib/plural';
import type { TermId } from '../terms/term-match';

/**
 * Bidirectional and other invisible format controls (and control characters): a page could use
 * them to make pasted text read differently from what it is. Zero-width joiners stay (emoji).
 */
const INVISIBLE = /(?!\u200d)[\p{Cc}\p{Cf}]/gu;
/** What Markdown renderers turn into live links by themselves: addresses and e-mail addresses. */
const LINK_LIKE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s`]+|[^\s`@]+@[^\s`@]+\.[a-z]{2,}/giu;

/** Page text is pasted into someone's document: backslash-escape what Markdown would act on. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/[\\`*_[\]<>#|~!]/g, '\\$&');
}

/**
 * Page text (excerpts, the page's address) made safe to paste: one line, no invisible controls,
 * Markdown and HTML escaped, and anything a renderer would link shown as code, never as a link.
 */
export function escapeMarkdown(text: string): string {
  const clean = text.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
  let out = '';
  let last = 0;
  for (const link of clean.matchAll(LINK_LIKE)) {
    out += `${escapeText(clean.slice(last, link.index))}\`${link[0]}\``;
    last = link.index + link[0].length;
  }
  return out + escapeText(clean.slice(last));
}

/** The page's address without query or fragment, which may hold tokens or personal details. */
function pageAddress(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return origin === 'null' ? 'this page' : `${origin}${pathname}`;
  } catch {
    return 'this page';
  }
}

/**
 * The terms found on a page as Markdown a clinician can paste into a content
 * review: per term its name, how often it appears, each excerpt, the suggested
 * wording and the clinician note, with the sources at the end.
 */
export function formatPageReport(
  response: PageTermsResponse,
  glossary: Readonly<Record<TermId, GlossaryEntry>>,
  language: Language = 'en',
): string {
  const words = messagesIn(language);
  const { categoryLabels, safetyLine, reviewStatus, disclaimer } = glossaryText(language);
  const mentionsOf = (count: number) =>
    plural(count, words['page.mention'], words['page.mentions']);
  const found = response.terms.filter((term) => term.count > 0);
  const mentions = found.reduce((sum, term) => sum + term.count, 0);
  const lines: string[] = [
    `# ${format(words['report.title'], { page: escapeMarkdown(pageAddress(response.url)) })}`,
    '',
  ];

  if (found.length === 0) {
    lines.push(words['report.none'], '');
  } else {
    lines.push(
      `${plural(found.length, words['page.term'], words['page.terms'])}, ${mentionsOf(mentions)}.`,
      '',
    );
  }

  const cited = new Set<number>();
  for (const term of found) {
    const entry = glossary[term.card];
    const sources = entrySources(entry);
    for (const id of sources) cited.add(id);
    lines.push(
      `## ${escapeMarkdown(entry.title)}: ${mentionsOf(term.count)}`,
      '',
      `- **${words['report.category']}:** ${categoryLabels[entry.category]}`,
      `- **${words['glossary.suggested']}:** ${entry.suggestedWording}`,
      `- **${words['report.note']}:** ${textOf(entry.clinician)}`,
      `- **${words['sources.heading']}:** ${sources.map((id) => `[${id}]`).join(' ')}`,
      '',
    );
    if (term.excerpts.length > 0) {
      lines.push(`${words['report.excerpts']}:`, '');
      for (const excerpt of term.excerpts) lines.push(`1. “${escapeMarkdown(excerpt)}”`);
      lines.push('');
    }
  }

  // On every report, found terms or not, with its own source (docs/BRIEF.md §0.4).
  lines.push(`## ${words['report.whenToCall']}`, '', safetyLine.text, '');
  for (const source of safetyLine.sources.map(sourceById)) {
    lines.push(`${words['tooltip.source']}: ${source.title}. <${source.url}>`, '');
  }

  if (cited.size > 0) {
    lines.push(`## ${words['sources.heading']}`, '');
    for (const id of [...cited].toSorted((a, b) => a - b)) {
      const source = sourceById(id);
      lines.push(`${id}. ${source.title}.${source.url ? ` <${source.url}>` : ''}`);
    }
    lines.push('');
  }

  lines.push('---', '', `_${reviewStatus}_`, '', `_${disclaimer}_`, '');
  return lines.join('\n');
}
