import { hiddenTermsOn, type Settings } from '../settings/settings';
import { GLOSSARY, citedSources, textOf, type Cited } from '../glossary/glossary';
import { entryIn, glossaryText } from '../glossary/texts';
import type { Language } from '../lib/text-language';
import { messagesIn } from '../i18n/messages';
import { sourceById } from '../glossary/sources';
import { TERM_IDS, type TermId } from '../terms/term-match';
import type { LensOptions } from './lens';
import type { TooltipContent } from './tooltip';

/** A few sources keep the tooltip short; the glossary lists them all. */
export const MAX_TOOLTIP_SOURCES = 3;

/** The sentences a tooltip shows for a card in the wording the reader chose. */
export function shownSentences(
  card: TermId,
  audience: Settings['audience'],
  language: Language = 'en',
): readonly Cited[] {
  const entry = entryIn(card, language);
  return audience === 'clinician' ? entry.clinician : entry.parent;
}

/**
 * The sources behind the shown sentences, the pediatric sentence's first (docs/BRIEF.md §0.5).
 * A treatment program's page is never one: a tooltip explains, it does not point to care.
 */
export function tooltipSources(sentences: readonly Cited[]): number[] {
  return citedSources(sentences)
    .filter((id) => !sourceById(id).treatment)
    .slice(0, MAX_TOOLTIP_SOURCES);
}

/** What a tooltip says for a card, in the wording the reader chose and the text's language. */
export function explainCard(
  card: TermId,
  audience: Settings['audience'],
  language: Language = 'en',
): TooltipContent {
  const entry = entryIn(card, language);
  const sentences = shownSentences(card, audience, language);
  const { safetyLine, disclaimer } = glossaryText(language);
  return {
    language,
    labels: messagesIn(language),
    title: entry.title,
    explanation: textOf(sentences),
    // Writers' advice: a parent reading "Say instead: CRPS type I" hears a diagnosis (§0.2).
    suggestedWording: audience === 'clinician' ? entry.suggestedWording : undefined,
    safety: { text: safetyLine.text, sources: safetyLine.sources.map(sourceById) },
    sources: tooltipSources(sentences).map(sourceById),
    disclaimer,
  };
}

/** The focused mark's accessible description: the tooltip's title and explanation. */
export function describeCard(
  card: TermId,
  audience: Settings['audience'],
  language: Language = 'en',
): string {
  return `${entryIn(card, language).title}. ${textOf(shownSentences(card, audience, language))}`;
}

/** The terms to mark on `site`: the chosen categories, minus those hidden there. */
export function termsToMark(settings: Settings, site: string | null): Set<TermId> {
  const hidden = site !== null ? hiddenTermsOn(settings, site) : [];
  return new Set(
    TERM_IDS.filter(
      (term) => settings.categories[GLOSSARY[term].category] && !hidden.includes(term),
    ),
  );
}

export function isOnFor(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

export function lensOptions(
  settings: Settings,
  site: string | null,
  actions: Pick<LensOptions, 'openGlossary' | 'hideOnThisSite' | 'addQuestion'>,
): LensOptions {
  return {
    style: settings.highlightStyle,
    terms: termsToMark(settings, site),
    firstOccurrenceOnly: settings.firstOccurrenceOnly,
    explain: (card, language) => explainCard(card, settings.audience, language),
    describe: (card, language) => describeCard(card, settings.audience, language),
    ...actions,
  };
}
