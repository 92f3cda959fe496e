import type { getDocument } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { DocumentError, numbered, tooLarge, type DocumentText } from './document';
import { paragraphsOfPage, type TextPiece } from './pdf-layout';

/**
 * The part of pdf.js used here. The browser passes its build (with the worker bundled in the
 * extension), Node its legacy build: Node 20 lacks what the modern build needs.
 */
export interface PdfJs {
  getDocument: typeof getDocument;
}

/** Longer PDFs are refused: discharge letters and reports are a few pages. */
export const MAX_PDF_PAGES = 500;

/** pdf.js logs errors only: a missing font's data is no reason to warn, text does not need it. */
const ERRORS_ONLY = 0;

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<DocumentText> {
  const large = tooLarge(bytes.length);
  if (large) throw large;
  const task = pdfjs.getDocument({
    // pdf.js hands its buffer to the worker, which would leave the caller's bytes empty.
    data: bytes.slice(),
    // Nothing is fetched or run: no eval for PostScript functions, no fonts, no XFA scripts.
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: ERRORS_ONLY,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw unreadable(error);
    });
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new DocumentError('too-large', 'document.tooManyPages', {
        pages: pdf.numPages,
        max: MAX_PDF_PAGES,
      });
    }
    const paragraphs: { text: string; page: number }[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const text of paragraphsOfPage(content.items.filter(isText).map(pieceOf))) {
        paragraphs.push({ text, page: number });
      }
      page.cleanup();
    }
    if (paragraphs.length === 0) {
      throw new DocumentError('no-text', 'document.pdfNoText');
    }
    return { format: 'pdf', paragraphs: numbered(paragraphs) };
  } finally {
    await task.destroy();
  }
}

function isText(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function pieceOf(item: TextItem): TextPiece {
  const [, , c, d, x, y] = item.transform as number[];
  return {
    text: item.str,
    x,
    y,
    width: item.width,
    size: Math.hypot(c, d) || item.height,
    endsLine: item.hasEOL,
  };
}

function unreadable(error: unknown): DocumentError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentError('encrypted', 'document.pdfLocked');
  }
  return new DocumentError('broken', 'document.pdfBroken');
}
