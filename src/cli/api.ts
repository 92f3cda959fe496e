/**
 * The Node API of the `amps-lens` package: the scan the command line runs, for one text or
 * file, as findings. `import { scanText, scanFile } from 'amps-lens'`.
 */
import { findTerms } from '../matching/find-terms';
import { checkConfig, rulesOf } from './config';
import { scanRead } from './file-scan';
import { reportFile, type FileReport } from './findings';
import { readHtml } from './html-text';
import { EXTENSIONS, kindOf, readFileInput, type Kind, type ReadInput } from './inputs';
import type { Severity } from './severity';

export type { FileReport, Finding } from './findings';
export type { Severity } from './severity';
export type { Kind } from './inputs';
export type { TermId } from '../terms/term-match';
export type { Category } from '../glossary/glossary';

export interface ScanOptions {
  /** Term ids or categories not reported, as `"off"` in `.amps-lens.json`. */
  off?: string[];
  /** Term id or category → severity, as `"severity"` in `.amps-lens.json`. */
  severity?: Record<string, Severity>;
}

export interface ScanTextOptions extends ScanOptions {
  /** How to read the text: `text` (as a .txt file, the default) or `html` (as a page). */
  kind?: Kind;
  /** The name findings carry (default `-`). */
  file?: string;
}

function rulesFrom(options: ScanOptions) {
  const { off, severity } = options;
  return rulesOf(
    checkConfig('scan options', {
      ...(off === undefined ? {} : { off }),
      ...(severity === undefined ? {} : { severity }),
    }),
  );
}

/**
 * The findings in a text, with lines and columns in it (for HTML, in its source), severities,
 * suggested wording and a source link; suppression comments in the text apply.
 * Throws an Error for options it cannot use.
 */
export function scanText(text: string, options: ScanTextOptions = {}): FileReport {
  const kind = options.kind ?? 'text';
  const file = options.file ?? '-';
  const input: ReadInput =
    kind === 'html'
      ? { file, kind, ...readHtml(text), source: text }
      : { file, kind, text, source: text, sourceOffset: (offset) => offset };
  return reportFile(scanRead(input, findTerms), rulesFrom(options));
}

/**
 * The findings in a `.txt`, `.html` or `.htm` file, read as the command line reads it (regular
 * files only, UTF-8, up to 50 MB). Rejects with an Error saying why a file cannot be read.
 */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<FileReport> {
  const rules = rulesFrom(options);
  const kind = kindOf(path);
  if (kind === undefined) {
    throw new Error(`${path}: unsupported file type; scan reads ${EXTENSIONS.join(', ')} files`);
  }
  const input = await readFileInput(path, kind);
  if ('error' in input) throw new Error(`${path}: ${input.error}`);
  return reportFile(scanRead(input, findTerms), rules);
}
