import type { TermId } from '../terms/term-match';

/** Messages the popup (or background) sends to a tab's content script. */
export type ContentRequest =
  | { type: 'amps-lens:page-terms' }
  | { type: 'amps-lens:reveal'; card: TermId }
  | { type: 'amps-lens:step'; direction: 'next' | 'previous' };

/**
 * A term found on the page, with every occurrence's excerpt for the clinician report.
 * Occurrences are grouped by the card that explains them: "CRPS type II" is a `crps` term
 * explained by the causalgia card.
 */
export interface PageTerm {
  term: TermId;
  card: TermId;
  count: number;
  /** Short text around each occurrence, in page order. */
  excerpts: string[];
}

export interface PageTermsResponse {
  url: string;
  terms: PageTerm[];
  /** The tab shows a PDF in the browser's viewer, which extensions cannot read. */
  pdf?: boolean;
}

/** Messages a content script sends to the background. */
export type BackgroundRequest = { type: 'amps-lens:open-glossary'; card: TermId };

/**
 * Messages the background sends to the extension's own pages: a keyboard shortcut pressed
 * while the reader page (tab `tabId`) is the active tab.
 */
export type ReaderRequest = {
  type: 'amps-lens:reader-step';
  tabId: number;
  direction: 'next' | 'previous';
};
