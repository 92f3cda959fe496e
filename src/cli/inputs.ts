import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DocumentError, readDocument } from '../documents/read-document';
import type { PdfJs } from '../documents/pdf';
import { readHtml, type TextSection } from './html-text';
import { readMarkdown } from './markdown-text';
import { WebError, type Web } from './web';

/** Larger inputs are refused: they are almost surely not pages or notes, and would be slow. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The text read from one input, or why it could not be read. */
export type Input = ReadInput | { file: string; error: string };

export interface ReadInput {
  file: string;
  kind: Kind;
  text: string;
  /** The input as the user sees it in an editor: the file's own text, HTML included. */
  source: string;
  /** The offset in `source` of an offset in `text`. */
  sourceOffset(offset: number): number;
  /** For a PDF: the page of each line of `source` (one paragraph a line), index 0 for line 1. */
  pages?: number[];
  /** For a page: the parts of `text` inside each <main> and <article>. */
  sections?: TextSection[];
  /** For a live page: the addresses it was redirected to. */
  redirects?: string[];
}

/** How a file is read, by its extension. */
export type Kind = 'text' | 'html' | 'markdown' | 'mdx' | 'pdf' | 'docx';

const KINDS: ReadonlyMap<string, Kind> = new Map([
  ['.txt', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.mdx', 'mdx'],
  ['.pdf', 'pdf'],
  ['.docx', 'docx'],
]);

export const EXTENSIONS = [...KINDS.keys()];

/** A reason to give the user, as opposed to an unexpected failure. */
class UnreadableInput extends Error {}

const FILE_SYSTEM_ERRORS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or folder'],
  ['ENOTDIR', 'no such file or folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['EISDIR', 'is a folder'],
]);

function describe(error: unknown): string {
  if (error instanceof UnreadableInput) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : FILE_SYSTEM_ERRORS.get(code);
  return known ?? (error instanceof Error ? error.message : String(error));
}

export function kindOf(path: string): Kind | undefined {
  return KINDS.get(extname(path).toLowerCase());
}

function tooLarge(what: string): UnreadableInput {
  return new UnreadableInput(`${what} is larger than 50 MB; scan reads inputs up to 50 MB`);
}

function decode(bytes: Uint8Array, kind: Kind): Omit<ReadInput, 'file'> {
  // Text never holds NUL bytes; binary files (and UTF-16 text) nearly always do.
  if (bytes.includes(0)) {
    throw new UnreadableInput('binary file (it contains NUL bytes); scan reads UTF-8 text');
  }
  let text: string;
  try {
    // Fatal, so a Latin-1 or Windows-1252 file is refused instead of read with U+FFFD in place
    // of its accented letters. The decoder drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableInput('not valid UTF-8 text; convert it to UTF-8 first');
  }
  if (kind === 'html') return { kind, ...readHtml(text), source: text };
  if (kind === 'markdown' || kind === 'mdx') {
    return { kind, ...readMarkdown(text, kind === 'mdx'), source: text };
  }
  return { kind, text, source: text, sourceOffset: (offset) => offset };
}

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js's Node build, loaded on the first document. On loading it warns on stdout that it
 * cannot draw (text needs no drawing), which would break --json: those lines are dropped.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      // The worker's code in this thread (it sets globalThis.pdfjsWorker), so pdf.js does not
      // look for a pdf.worker.mjs file beside the bundle, which the package does not ship.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return (await import('../documents/pdfjs-node')).nodePdfJs;
    } finally {
      console.log = log;
    }
  })();
  return pdfjs;
}

/**
 * A PDF or Word file's text (src/documents, shared with the extension's reader page): one
 * paragraph a line, so a finding's line is its paragraph number, and for a PDF its page too.
 */
async function readBinaryDocument(
  bytes: Uint8Array,
  file: string,
  kind: 'pdf' | 'docx',
): Promise<Omit<ReadInput, 'file'>> {
  try {
    const document = await readDocument(bytes, file, await loadPdfJs());
    const text = document.paragraphs
      .map((paragraph) => paragraph.text.replace(/[\r\n]+/g, ' '))
      .join('\n');
    return {
      kind,
      text,
      source: text,
      sourceOffset: (offset) => offset,
      ...(kind === 'pdf'
        ? { pages: document.paragraphs.map((paragraph) => paragraph.page ?? 1) }
        : {}),
    };
  } catch (error) {
    if (error instanceof DocumentError) throw new UnreadableInput(error.message);
    throw error;
  }
}

/**
 * The bytes of a regular file, read through one handle so what is checked is what is read,
 * links included. Opening without blocking keeps a FIFO from hanging the scan; the type is
 * checked on the open handle (a device such as /dev/zero is refused), and at most one byte
 * more than the cap is read, so a file that grows meanwhile cannot exhaust memory either.
 */
async function readRegularFile(file: string): Promise<Uint8Array> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnreadableInput('not a regular file');
    if (info.size > MAX_INPUT_BYTES) throw tooLarge('the file');
    const bytes = new Uint8Array(Math.min(info.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === bytes.length) {
        if (length > MAX_INPUT_BYTES) throw tooLarge('the file');
        break;
      }
    }
    return bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Reads one file found by `listInputs`. */
export async function readFileInput(file: string, kind: Kind): Promise<Input> {
  try {
    const bytes = await readRegularFile(file);
    const read =
      kind === 'pdf' || kind === 'docx'
        ? await readBinaryDocument(bytes, file, kind)
        : decode(bytes, kind);
    return { file, ...read };
  } catch (error) {
    return { file, error: describe(error) };
  }
}

export async function readStdin(stdin: AsyncIterable<Uint8Array>): Promise<Input> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      size += chunk.length;
      // Leaving the loop closes the stream, so the rest is not read for nothing.
      if (size > MAX_INPUT_BYTES) throw tooLarge('standard input');
      chunks.push(chunk);
    }
    return { file: '-', ...decode(Buffer.concat(chunks), 'text') };
  } catch (error) {
    return { file: '-', error: describe(error) };
  }
}

/** An input to read: a file of a kind scan reads, standard input, or why a path cannot be read. */
export type InputTask =
  | { file: string; kind: Kind }
  | { file: '-'; stdin: true }
  | { file: string; url: true }
  | { file: string; error: string };

export const isAddress = (path: string) => /^https?:\/\//i.test(path);

/** A live page, fetched politely (web.ts) and read as an HTML file. */
export async function readUrlInput(web: Web, url: string): Promise<Input> {
  try {
    const page = await web.get(url);
    if (!/\b(text\/html|application\/xhtml\+xml)\b/.test(page.contentType)) {
      return { file: url, error: `not an HTML page (${page.contentType || 'no content type'})` };
    }
    return {
      file: url,
      kind: 'html',
      ...readHtml(page.body),
      source: page.body,
      ...(page.redirects.length > 0 ? { redirects: page.redirects } : {}),
    };
  } catch (error) {
    if (error instanceof WebError) return { file: url, error: error.message };
    throw error;
  }
}

async function* listFolder(
  folder: string,
  isIgnored: (path: string, isFolder: boolean) => boolean,
): AsyncGenerator<InputTask> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { file: folder, error: describe(error) };
    return;
  }
  // Code-unit order rather than the locale's, so the output is the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // A link to a folder is not a directory entry here, so link loops cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!isIgnored(path, true)) yield* listFolder(path, isIgnored);
      continue;
    }
    const kind = kindOf(entry.name);
    // Links are followed when read, which refuses anything but a regular file.
    if (
      kind !== undefined &&
      (entry.isFile() || entry.isSymbolicLink()) &&
      !isIgnored(path, false)
    ) {
      yield { file: path, kind };
    }
  }
}

/**
 * The inputs of each path in order: a `.txt` or `.html`/`.htm` file, a folder (those files
 * under it, recursively, in sorted order, less those `isIgnored`) or `-` for standard input
 * (read as text). `file` is the path as given or as found under a folder, `-` for standard input.
 */
export async function* listInputs(
  paths: readonly string[],
  isIgnored: (path: string, isFolder: boolean) => boolean = () => false,
): AsyncGenerator<InputTask> {
  let stdinListed = false;
  for (const path of paths) {
    if (isAddress(path)) {
      yield { file: path, url: true };
      continue;
    }
    if (path === '-') {
      yield stdinListed
        ? { file: path, error: 'standard input was already read' }
        : { file: '-', stdin: true };
      stdinListed = true;
      continue;
    }
    let isFolder: boolean;
    try {
      const info = await stat(path);
      if (!info.isFile() && !info.isDirectory()) throw new UnreadableInput('not a file or folder');
      isFolder = info.isDirectory();
    } catch (error) {
      yield { file: path, error: describe(error) };
      continue;
    }
    if (isFolder) {
      yield* listFolder(path, isIgnored);
      continue;
    }
    const kind = kindOf(path);
    yield kind === undefined
      ? { file: path, error: `unsupported file type; scan reads ${EXTENSIONS.join(', ')} files` }
      : { file: path, kind };
  }
}
