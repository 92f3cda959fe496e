import type { DocumentText } from '../documents/read-document';
import { UI_HOST_TAG } from '../reading/reading-rules';
import { h } from '../popup/dom';
import { format, t } from '../popup/ui-text';

/**
 * Labels the lens must not read (page numbers): inside the extension's own UI element, which
 * the lens skips, as it skips the tooltip (docs/CONTRACTS.md, "Which text is read").
 */
function label(className: string, text: string): HTMLElement {
  const element = document.createElement(UI_HOST_TAG);
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The document's text, paragraph by paragraph, under a heading for each page of a PDF. Each
 * paragraph carries its page (`data-page`) so the list of terms can say where they are.
 */
export function renderDocument(container: HTMLElement, document: DocumentText): void {
  const sections: HTMLElement[] = [];
  let section: HTMLElement | null = null;
  let page: number | undefined;
  for (const paragraph of document.paragraphs) {
    if (section === null || paragraph.page !== page) {
      page = paragraph.page;
      section = h('section', { class: 'document-page' });
      if (page !== undefined) {
        const heading = h(
          'h2',
          { class: 'page-heading' },
          label('page-number', format(t('reader.page'), { page })),
        );
        section.append(heading);
      }
      sections.push(section);
    }
    section.append(
      h('p', { 'data-page': paragraph.page, 'data-paragraph': paragraph.number }, paragraph.text),
    );
  }
  container.replaceChildren(...sections);
}

/** The pages each term's marks are on, in order; empty for text without pages. */
export function pagesOfMarks(container: HTMLElement): Map<string, number[]> {
  const pages = new Map<string, number[]>();
  for (const mark of container.querySelectorAll<HTMLElement>('mark[data-amps-term]')) {
    const card = mark.dataset.ampsTerm ?? '';
    const page = Number(mark.closest<HTMLElement>('[data-page]')?.dataset.page);
    if (!Number.isInteger(page)) continue;
    const list = pages.get(card) ?? [];
    if (!list.includes(page)) list.push(page);
    pages.set(card, list);
  }
  return pages;
}

/** "page 1", "pages 1 and 3", in the interface's language. */
export function describePages(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  if (pages.length === 1) return format(t('reader.onPage'), { page: pages[0] });
  return format(t('reader.onPages'), {
    pages: pages.slice(0, -1).join(', '),
    last: pages.at(-1) ?? '',
  });
}
