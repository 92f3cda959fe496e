/**
 * The reader page: a letter, note or PDF shown with the same marks, tooltips, keyboard steps
 * and "On this page" list as a web page. It runs the page's own Lens over the text; the page's
 * controls and lists sit in the extension's UI element, which the lens never reads. The text
 * lives in this tab only: nothing is uploaded or stored.
 */
import { DocumentError, type DocumentText } from '../documents/read-document';
import { textDocument } from '../documents/plain-text';
import { DISCLAIMER } from '../glossary/glossary';
import type { Settings } from '../settings/settings';
import type { TermId } from '../terms/term-match';
import { Lens } from '../page/lens';
import { lensOptions } from '../page/lens-options';
import { renderPageTerms } from '../popup/page-view';
import { describePages, pagesOfMarks, renderDocument } from './document-view';

export interface ReaderDeps {
  loadSettings(): Promise<Settings>;
  /** The text of a picked or dropped file; throws a DocumentError the reader can be shown. */
  readFile(bytes: Uint8Array, name: string): Promise<DocumentText>;
  openGlossary(card: TermId): void;
  /** "Add to my questions" in a tooltip. */
  addQuestion(card: TermId): Promise<boolean>;
  copy(text: string): Promise<void>;
}

export interface Reader {
  step(direction: 'next' | 'previous'): void;
}

function element<T extends HTMLElement>(root: Document, id: string): T {
  const found = root.getElementById(id);
  if (!found) throw new Error(`reader.html has no #${id}`);
  return found as T;
}

export async function startReader(root: Document, deps: ReaderDeps): Promise<Reader> {
  element(root, 'disclaimer').textContent = DISCLAIMER;
  const article = element(root, 'document');
  const results = element(root, 'results');
  const status = element(root, 'reader-status');
  const terms = element(root, 'page-terms-view');
  const pasteForm = element<HTMLFormElement>(root, 'paste-form');
  const paste = element<HTMLTextAreaElement>(root, 'paste');
  const fileInput = element<HTMLInputElement>(root, 'file');
  const dropZone = element(root, 'drop-zone');

  const settings = await deps.loadSettings();
  /** Terms hidden with "Not about pain? Hide here", for this text only. */
  const hidden = new Set<TermId>();
  let lens: Lens | null = null;
  let name = '';

  const options = () =>
    lensOptions({ ...settings, hiddenTerms: { reader: [...hidden] } }, 'reader', {
      openGlossary: deps.openGlossary,
      addQuestion: deps.addQuestion,
      hideOnThisSite: (term) => {
        hidden.add(term);
        void mark();
      },
    });

  async function mark(): Promise<void> {
    if (lens) await lens.update(options());
    else {
      lens = new Lens(root, options());
      await lens.start(false);
    }
    const pages = pagesOfMarks(article);
    const found = lens.pageTerms();
    // The pages of a card's terms ("CRPS type II" is a crps term explained by the causalgia card).
    const pagesOf = (card: TermId) =>
      [
        ...new Set(found.filter((t) => t.card === card).flatMap((t) => pages.get(t.term) ?? [])),
      ].toSorted((a, b) => a - b);
    renderPageTerms(terms, {
      pageTerms: { url: name, terms: found },
      reveal: async (card) => {
        lens?.reveal(card);
      },
      copy: deps.copy,
      showEntry: deps.openGlossary,
      where: pages.size > 0 ? (card) => describePages(pagesOf(card)) : undefined,
    });
  }

  async function show(document: DocumentText, from: string): Promise<void> {
    lens?.stop();
    name = from;
    hidden.clear();
    renderDocument(article, document);
    results.hidden = false;
    await mark();
    const found = lens?.pageTerms().length ?? 0;
    status.textContent =
      document.paragraphs.length === 0
        ? 'There is no text to read.'
        : `Showing ${from}: ${found === 0 ? 'no terms from the glossary' : `${found} ${found === 1 ? 'term' : 'terms'} marked`}.`;
  }

  async function open(file: File): Promise<void> {
    status.textContent = `Reading ${file.name}…`;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await show(await deps.readFile(bytes, file.name), file.name);
    } catch (error) {
      status.textContent =
        error instanceof DocumentError
          ? `${file.name}: ${error.message}`
          : `${file.name} could not be read.`;
    }
  }

  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(textDocument(paste.value), 'the pasted text');
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void open(file);
  });
  // A file dropped anywhere is read: the browser would otherwise open it in place of the page.
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });

  return { step: (direction) => lens?.step(direction) };
}
