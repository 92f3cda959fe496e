import type { TermId } from '../terms/term-match';

/** Messages the popup (or background) sends to a tab's content script. */
export type ContentRequest =
  | { type: 'amps-lens:page-terms' }
  | { type: 'amps-lens:reveal'; card: TermId }
  | { type: 'amps-lens:step'; direction: 'next' | 'previous' }
  /** Answered by the top frame, or with `url`, by the frame showing that address. */
  | { type: 'amps-lens:state'; url?: string };

/** What a document's lens has done (Lens.state()). */
export interface LensState {
  /** It decided not to read this document (no body, or an editor in design mode). */
  skipped: boolean;
  /** Whole-document scans finished, including those that marked nothing. */
  fullScans: number;
  /** Scans of blocks the page changed, finished. */
  incrementalScans: number;
  /** Occurrences marked now. */
  marks: number;
  /** Nothing left to do: no scan running, no page change waiting. */
  settled: boolean;
}

/**
 * A content script's answer to `amps-lens:state`: whether it is on here, how many times it has
 * applied the settings (once at start, then once per change), and its lens's state when on.
 */
export interface ContentState {
  /** Why it does not run here: not a page people read, a frame from another origin, not picked, or turned off. */
  off: 'not-readable' | 'other-origin-frame' | 'not-picked' | 'turned-off' | null;
  applied: number;
  lens: LensState | null;
}

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

/**
 * Messages a content script sends to the background. The background checks each one
 * (src/background/requests.ts): a page cannot send them, but a content script acts on what a
 * page shows it, so nothing in them is taken on trust.
 */
export type BackgroundRequest =
  | { type: 'amps-lens:open-glossary'; card: TermId }
  /** "Not about pain? Hide here": the site is the sender's tab's, never one the message names. */
  | { type: 'amps-lens:hide-term'; term: TermId }
  /** "Add to my questions": only the card is stored, never the page's address or text. */
  | { type: 'amps-lens:add-question'; card: TermId };

/**
 * Messages the background sends to the extension's own pages: a keyboard shortcut pressed
 * while the reader page (tab `tabId`) is the active tab.
 */
export type ReaderRequest = {
  type: 'amps-lens:reader-step';
  tabId: number;
  direction: 'next' | 'previous';
};
