import { DocumentError, type DocumentText } from './document';
import { readDocx } from './docx';
import { readPdf, type PdfJs } from './pdf';
import { readPlainText } from './plain-text';

export type { DocumentParagraph, DocumentText } from './document';
export { DocumentError } from './document';

/** The kinds of file read, by name. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.pdf', '.docx'] as const;

const startsWith = (bytes: Uint8Array, text: string) =>
  [...text].every((character, index) => bytes[index] === character.charCodeAt(0));

/**
 * The text of a .txt, .pdf or .docx file. The kind is told by the file's first bytes, so a
 * renamed file is still read; the name only decides for text. Throws a DocumentError, whose
 * message can be shown to the reader, when the file cannot be read.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  pdfjs: PdfJs,
): Promise<DocumentText> {
  if (startsWith(bytes, '%PDF-')) return readPdf(bytes, pdfjs);
  const name = fileName.toLowerCase();
  if (startsWith(bytes, 'PK\x03\x04') || name.endsWith('.docx')) return readDocx(bytes);
  if (name.endsWith('.pdf')) return readPdf(bytes, pdfjs);
  if (name.endsWith('.txt') || !name.includes('.')) return readPlainText(bytes);
  throw new DocumentError('unsupported', 'document.unsupported');
}
