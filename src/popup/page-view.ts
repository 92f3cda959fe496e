/**
 * "On this page": the terms the content script found in the tab, with counts.
 * A term's button asks the page to show it; "Copy report" copies Markdown for
 * a clinician's review. Browser access comes in through `PageViewDeps` so the
 * view can be tested without an extension.
 */
import type { PageTermsResponse } from '../messages/messages';
import { entryIn } from '../glossary/texts';
import type { GlossaryEntry } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { h } from './dom';
import { plural } from '../lib/plural';
import { formatPageReport } from './page-report';
import { format, t, uiLanguage } from './ui-text';

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

export function renderPageTerms(container: HTMLElement, deps: PageViewDeps): void {
  const { pageTerms } = deps;
  if ((deps.isPdf || pageTerms?.pdf) && deps.openReader) {
    const open = h(
      'button',
      { type: 'button', class: 'button button-primary' },
      t('popup.readLetter'),
    );
    open.addEventListener('click', () => deps.openReader?.());
    container.replaceChildren(h('p', { class: 'notice' }, t('page.inPdf')), open);
    return;
  }
  if (pageTerms === null) {
    container.replaceChildren(h('p', { class: 'notice' }, t('page.cannotRead')));
    return;
  }

  const found = pageTerms.terms.filter((term) => term.count > 0);
  if (found.length === 0) {
    container.replaceChildren(h('p', { class: 'notice' }, t('page.none')));
    return;
  }

  const status = h('p', { class: 'status', role: 'status' });
  const mentions = found.reduce((sum, term) => sum + term.count, 0);

  const list = h(
    'ul',
    { class: 'found-list' },
    ...found.map((term) => {
      const entry = entryIn(term.card, uiLanguage());
      const reveal = h(
        'button',
        { type: 'button', class: 'found-term' },
        h('span', { class: 'found-name' }, entry.title),
        h(
          'span',
          { class: 'found-count' },
          plural(term.count, t('page.mention'), t('page.mentions')),
        ),
        deps.where && h('span', { class: 'found-where' }, deps.where(term.card)),
      );
      reveal.addEventListener('click', () => {
        deps.reveal(term.card).then(
          () => (status.textContent = format(t('page.showing'), { title: entry.title })),
          () => (status.textContent = t('page.noAnswer')),
        );
      });
      const explain = h(
        'button',
        {
          type: 'button',
          class: 'link-button found-explain',
          'aria-label': format(t('page.aboutLabel'), { title: entry.title }),
        },
        t('page.about'),
      );
      explain.addEventListener('click', () => deps.showEntry(term.card));
      return h('li', { class: 'found' }, reveal, explain);
    }),
  );

  const copyButton = h('button', { type: 'button', class: 'button' }, t('page.copy'));
  copyButton.addEventListener('click', () => {
    deps.copy(formatPageReport(pageTerms, localizedGlossary(), uiLanguage())).then(
      () => (status.textContent = t('page.copied')),
      () => (status.textContent = t('page.copyFailed')),
    );
  });

  container.replaceChildren(
    h(
      'p',
      { class: 'summary' },
      format(t('page.summary'), {
        terms: plural(found.length, t('page.term'), t('page.terms')),
        mentions: plural(mentions, t('page.mention'), t('page.mentions')),
      }),
    ),
    list,
    h('div', { class: 'actions' }, copyButton),
    status,
  );
}

/** The cards in the popup's language, for the report. */
function localizedGlossary(): Record<TermId, GlossaryEntry> {
  const language = uiLanguage();
  return Object.fromEntries(TERM_IDS.map((id) => [id, entryIn(id, language)])) as Record<
    TermId,
    GlossaryEntry
  >;
}
