import { format, type MessageKey } from '../i18n/messages';
import { MESSAGES_EN } from '../i18n/messages-en';

/** The text of a letter, note or report, as read from its file. */
export interface DocumentText {
  format: 'pdf' | 'docx' | 'txt';
  /** In reading order. Empty paragraphs are left out. */
  paragraphs: DocumentParagraph[];
}

export interface DocumentParagraph {
  text: string;
  /** 1-based, counted over the whole document, as a reader would count them. */
  number: number;
  /** 1-based page of a PDF; Word and text files have no fixed pages. */
  page?: number;
}

export type DocumentProblem = 'no-text' | 'encrypted' | 'broken' | 'too-large' | 'unsupported';

/**
 * Why a file could not be read, in words for the person who picked it: `key` and `values` give
 * them in the interface's language (`message` is the English, for logs and tests).
 */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    readonly key: MessageKey,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(format(MESSAGES_EN[key], values));
    this.name = 'DocumentError';
  }
}

/** Larger files are refused: letters and reports are far smaller, and reading would be slow. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function tooLarge(bytes: number): DocumentError | null {
  return bytes > MAX_DOCUMENT_BYTES ? new DocumentError('too-large', 'document.tooLarge') : null;
}

/** Numbers paragraphs 1, 2, 3… in order, leaving out those with no visible text. */
export function numbered(
  paragraphs: readonly Omit<DocumentParagraph, 'number'>[],
): DocumentParagraph[] {
  return paragraphs
    .filter((paragraph) => /\S/.test(paragraph.text))
    .map((paragraph, index) => ({ ...paragraph, number: index + 1 }));
}
