/**
 * "On this page": the terms the content script found in the tab, with counts.
 * A term's button asks the page to show it; "Copy report" copies Markdown for
 * a clinician's review. Browser access comes in through `PageViewDeps` so the
 * view can be tested without an extension.
 */
import type { PageTermsResponse } from '../messages/messages';
import { GLOSSARY } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { h } from './dom';
import { plural } from '../lib/plural';
import { formatPageReport } from './page-report';

export interface PageViewDeps {
  /** The content script's answer, or null when the tab has none (browser pages, the web store, errors). */
  pageTerms: PageTermsResponse | null;
  reveal(card: TermId): Promise<void>;
  copy(text: string): Promise<void>;
  showEntry(card: TermId): void;
  /** The tab shows a PDF: the reader page can read it instead. */
  isPdf?: boolean;
  openReader?(): void;
  /** Where in the text a card's terms are ("pages 1 and 2"), for a document with pages. */
  where?(card: TermId): string;
}

/**
 * The content script's answer if it has the expected shape, else null: a tab
 * without our content script may answer with nothing at all.
 */
export function asPageTerms(value: unknown): PageTermsResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const { url, terms, pdf } = value as Partial<PageTermsResponse>;
  if (typeof url !== 'string' || !Array.isArray(terms)) return null;
  if (pdf !== undefined && typeof pdf !== 'boolean') return null;
  const valid = terms.every(
    (term) =>
      TERM_IDS.includes(term?.term) &&
      TERM_IDS.includes(term.card) &&
      Number.isInteger(term.count) &&
      Array.isArray(term.excerpts) &&
      term.excerpts.every((excerpt) => typeof excerpt === 'string'),
  );
  return valid ? { url, terms, ...(pdf && { pdf }) } : null;
}

const NO_CONTENT_SCRIPT =
  'AMPS Lens can’t read this page. Browsers keep extensions out of their own pages (such as settings, new tabs and extension stores). If this page was open before AMPS Lens was installed or updated, reload it and try again.';

const IN_PDF_VIEWER =
  'This tab shows a PDF. AMPS Lens can’t read the browser’s PDF viewer: browsers keep extensions out of it. Save the PDF, then open it in the reader, where its terms are marked and explained.';

export function renderPageTerms(container: HTMLElement, deps: PageViewDeps): void {
  const { pageTerms } = deps;
  if ((deps.isPdf || pageTerms?.pdf) && deps.openReader) {
    const open = h(
      'button',
      { type: 'button', class: 'button button-primary' },
      'Read a letter or PDF',
    );
    open.addEventListener('click', () => deps.openReader?.());
    container.replaceChildren(h('p', { class: 'notice' }, IN_PDF_VIEWER), open);
    return;
  }
  if (pageTerms === null) {
    container.replaceChildren(h('p', { class: 'notice' }, NO_CONTENT_SCRIPT));
    return;
  }

  const found = pageTerms.terms.filter((term) => term.count > 0);
  if (found.length === 0) {
    container.replaceChildren(
      h('p', { class: 'notice' }, 'No terms from the glossary on this page.'),
    );
    return;
  }

  const status = h('p', { class: 'status', role: 'status' });
  const mentions = found.reduce((sum, term) => sum + term.count, 0);

  const list = h(
    'ul',
    { class: 'found-list' },
    ...found.map((term) => {
      const entry = GLOSSARY[term.card];
      const reveal = h(
        'button',
        { type: 'button', class: 'found-term' },
        h('span', { class: 'found-name' }, entry.title),
        h('span', { class: 'found-count' }, plural(term.count, 'mention', 'mentions')),
        deps.where && h('span', { class: 'found-where' }, deps.where(term.card)),
      );
      reveal.addEventListener('click', () => {
        deps.reveal(term.card).then(
          () => (status.textContent = `Showing ${entry.title} on the page.`),
          () => (status.textContent = 'The page did not answer. Reload it and try again.'),
        );
      });
      const explain = h(
        'button',
        {
          type: 'button',
          class: 'link-button found-explain',
          'aria-label': `About ${entry.title}`,
        },
        'About',
      );
      explain.addEventListener('click', () => deps.showEntry(term.card));
      return h('li', { class: 'found' }, reveal, explain);
    }),
  );

  const copyButton = h('button', { type: 'button', class: 'button' }, 'Copy report');
  copyButton.addEventListener('click', () => {
    deps.copy(formatPageReport(pageTerms, GLOSSARY)).then(
      () => (status.textContent = 'Report copied as Markdown.'),
      () => (status.textContent = 'Could not copy the report.'),
    );
  });

  container.replaceChildren(
    h(
      'p',
      { class: 'summary' },
      `${plural(found.length, 'term', 'terms')}, ${plural(mentions, 'mention', 'mentions')}. Choose one to show it on the page.`,
    ),
    list,
    h('div', { class: 'actions' }, copyButton),
    status,
  );
}
