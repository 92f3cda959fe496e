/**
 * The reader page: a letter, note or PDF shown with the same marks, tooltips, keyboard steps
 * and "On this page" list as a web page. It runs the page's own Lens over the text; the page's
 * controls and lists sit in the extension's UI element, which the lens never reads. The text
 * lives in this tab only: nothing is uploaded or stored.
 */
import { DocumentError, type DocumentText } from '../documents/read-document';
import { textDocument } from '../documents/plain-text';
import { glossaryText } from '../glossary/texts';
import type { Settings } from '../settings/settings';
import type { TermId } from '../terms/term-match';
import { Lens } from '../page/lens';
import { lensOptions } from '../page/lens-options';
import { renderPageTerms } from '../popup/page-view';
import { applyLanguage } from '../popup/localize-static';
import { format, interfaceLanguage, t, uiLanguage } from '../popup/ui-text';
import { describePages, pagesOfMarks, renderDocument } from './document-view';

export interface ReaderDeps {
  loadSettings(): Promise<Settings>;
  /** The text of a picked or dropped file; throws a DocumentError the reader can be shown. */
  readFile(bytes: Uint8Array, name: string): Promise<DocumentText>;
  openGlossary(card: TermId): void;
  /** "Add to my questions" in a tooltip. */
  addQuestion(card: TermId): Promise<boolean>;
  copy(text: string): Promise<void>;
  /** Calls back when settings change: a new Language applies at once, keeping the text. */
  watchSettings(callback: (settings: Settings) => void): void;
  /** The browser's language (navigator.language), which the page follows by default. */
  browserLocale: string;
}

export interface Reader {
  step(direction: 'next' | 'previous'): void;
}

function element<T extends HTMLElement>(root: Document, id: string): T {
  const found = root.getElementById(id);
  if (!found) throw new Error(`reader.html has no #${id}`);
  return found as T;
}

const NO_STATUS = (): string => '';
/** A file's name, or "the pasted text". */
const nameOf = (from: string | null) => from ?? t('reader.pastedText');

export async function startReader(root: Document, deps: ReaderDeps): Promise<Reader> {
  const article = element(root, 'document');
  const results = element(root, 'results');
  const status = element(root, 'reader-status');
  const terms = element(root, 'page-terms-view');
  const pasteForm = element<HTMLFormElement>(root, 'paste-form');
  const paste = element<HTMLTextAreaElement>(root, 'paste');
  const fileInput = element<HTMLInputElement>(root, 'file');
  const dropZone = element(root, 'drop-zone');

  let settings = await deps.loadSettings();
  /** The text shown, and where from (null: pasted), to draw again in a new language. */
  let shown: { document: DocumentText; from: string | null } | null = null;
  /** The status line, as words drawn in the interface's language. */
  let statusWords = NO_STATUS;
  const say = (words: () => string) => {
    statusWords = words;
    status.textContent = words();
  };

  function drawWords(): void {
    root.title = `${t('reader.title')} – AMPS Lens`;
    element(root, 'disclaimer').textContent = glossaryText(uiLanguage()).disclaimer;
    status.textContent = statusWords();
  }
  /** Terms hidden with "Not about pain? Hide here", for this text only. */
  const hidden = new Set<TermId>();
  let lens: Lens | null = null;
  let name: string | null = null;

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
        ...new Set(
          found.filter((each) => each.card === card).flatMap((each) => pages.get(each.term) ?? []),
        ),
      ].toSorted((a, b) => a - b);
    renderPageTerms(terms, {
      pageTerms: { url: nameOf(name), terms: found },
      reveal: async (card) => {
        lens?.reveal(card);
      },
      copy: deps.copy,
      showEntry: deps.openGlossary,
      where: pages.size > 0 ? (card) => describePages(pagesOf(card)) : undefined,
    });
  }

  async function show(document: DocumentText, from: string | null, keepHidden = false) {
    lens?.stop();
    shown = { document, from };
    name = from;
    if (!keepHidden) hidden.clear();
    renderDocument(article, document);
    results.hidden = false;
    await mark();
    const found = lens?.pageTerms().length ?? 0;
    const showing =
      found === 0 ? 'reader.showingNone' : found === 1 ? 'reader.showingOne' : 'reader.showingMany';
    say(() =>
      document.paragraphs.length === 0
        ? t('reader.noText')
        : format(t(showing), { name: nameOf(from), count: found }),
    );
  }

  async function open(file: File): Promise<void> {
    say(() => format(t('reader.reading'), { name: file.name }));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await show(await deps.readFile(bytes, file.name), file.name);
    } catch (error) {
      say(() =>
        error instanceof DocumentError
          ? format(t('reader.problem'), {
              name: file.name,
              problem: format(t(error.key), error.values),
            })
          : format(t('reader.unreadable'), { name: file.name }),
      );
    }
  }

  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(textDocument(paste.value), null);
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

  deps.watchSettings((next) => {
    settings = next;
    if (!applyLanguage(root, interfaceLanguage(next.language, deps.browserLocale))) return;
    drawWords();
    // The page headings, the list of terms and its page numbers, in the new language.
    if (shown) void show(shown.document, shown.from, true);
  });
  applyLanguage(root, interfaceLanguage(settings.language, deps.browserLocale));
  drawWords();

  return { step: (direction) => lens?.step(direction) };
}
