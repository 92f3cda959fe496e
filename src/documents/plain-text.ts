import { DocumentError, numbered, tooLarge, type DocumentText } from './document';

/**
 * A text file's paragraphs: blocks of lines between blank lines. Line breaks inside a
 * paragraph are kept, as a letter pasted from an e-mail has them.
 */
export function readPlainText(bytes: Uint8Array): DocumentText {
  const large = tooLarge(bytes.length);
  if (large) throw large;
  // Text never holds NUL bytes; other kinds of files (and UTF-16 text) nearly always do.
  if (bytes.includes(0)) {
    throw new DocumentError('unsupported', 'document.notPlainText');
  }
  return textDocument(new TextDecoder().decode(bytes));
}

/** Pasted or decoded text, as paragraphs. */
export function textDocument(text: string): DocumentText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => ({ text: paragraph.trim() }));
  return { format: 'txt', paragraphs: numbered(paragraphs) };
}
