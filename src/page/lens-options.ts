import type { Settings } from '../settings/settings';
import { DISCLAIMER, GLOSSARY } from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import { TERM_IDS, type TermId } from '../terms/term-match';
import type { LensOptions } from './lens';
import type { TooltipContent } from './tooltip';

/** What a tooltip says for a card, in the wording the reader chose. */
export function explainCard(card: TermId, audience: Settings['audience']): TooltipContent {
  const entry = GLOSSARY[card];
  return {
    title: entry.title,
    paragraphs: audience === 'clinician' ? [entry.clinicianNote] : [entry.parentText],
    sayInstead: entry.sayInstead,
    sources: entry.sourceIds.map(sourceById),
    disclaimer: DISCLAIMER,
  };
}

/** The terms to mark on `site`: the chosen categories, minus those hidden there. */
export function termsToMark(settings: Settings, site: string | null): Set<TermId> {
  const hidden =
    site !== null && Object.hasOwn(settings.hiddenTerms, site) ? settings.hiddenTerms[site] : [];
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
  actions: Pick<LensOptions, 'openGlossary' | 'hideOnThisSite'>,
): LensOptions {
  return {
    style: settings.highlightStyle,
    terms: termsToMark(settings, site),
    firstOccurrenceOnly: settings.firstOccurrenceOnly,
    explain: (card) => explainCard(card, settings.audience),
    describe: (card) => `${GLOSSARY[card].title}. ${GLOSSARY[card].parentText}`,
    ...actions,
  };
}
