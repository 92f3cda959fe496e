import { createHash } from 'node:crypto';
import type { TermId, TermMatch } from '../terms/term-match';
import type { ReadInput } from './inputs';
import { lineStarts, positionAt } from './positions';
import { findDirectives, type Directive } from './suppressions';
import { readingLevelOf, type ReadingLevel } from './reading-level';

/** A place in a file's source: 1-based lines, columns in UTF-16 code units (end exclusive). */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The same columns counted in UTF-8 bytes, as reviewdog counts them. */
  byteColumn: number;
  endByteColumn: number;
  /** Offset of the start in the source. */
  sourceStart: number;
  /** The page of a PDF, where lines are paragraphs. */
  page?: number;
}

export interface LocatedMatch extends TermMatch, Region {
  /** Stays the same when other lines of the file change (see `fingerprints`). */
  fingerprint: string;
  /** The source holds exactly the matched words at the region, so a fix can replace them. */
  replaceable: boolean;
}

export interface LocatedDirective extends Directive, Region {
  fingerprint: string;
}

/** What one file holds, before the configuration, suppressions and baseline apply. */
export interface FileScan {
  file: string;
  matches: LocatedMatch[];
  directives: LocatedDirective[];
  /** With --reading-level: each PDF page, each <main>/<article> of a page, else the whole text. */
  readingLevels?: ReadingLevel[];
  /** For a live page: the addresses it was redirected to. */
  redirects?: string[];
}

export interface ScanReadOptions {
  readingLevel?: boolean;
}

export type FindTerms = (text: string) => TermMatch[];

/** Up to this much of the line on each side of a finding goes into its fingerprint. */
const CONTEXT = 80;

/** Locates source offsets, counting UTF-8 columns incrementally so long lines stay linear. */
function locator(source: string) {
  const starts = lineStarts(source);
  let cursor = 0;
  let cursorBytes = 0;
  let cursorLine = -1;
  const bytesTo = (line: number, lineStart: number, offset: number) => {
    if (line !== cursorLine || offset < cursor) {
      cursorLine = line;
      cursor = lineStart;
      cursorBytes = 0;
    }
    cursorBytes += Buffer.byteLength(source.slice(cursor, offset));
    cursor = offset;
    return cursorBytes;
  };
  const at = (offset: number) => {
    const position = positionAt(starts, offset);
    const byteColumn = bytesTo(position.line, starts[position.line - 1], offset) + 1;
    return { ...position, byteColumn };
  };
  return {
    region(sourceStart: number, sourceEnd: number): Region {
      const start = at(sourceStart);
      const end = at(sourceEnd);
      return {
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        byteColumn: start.byteColumn,
        endByteColumn: end.byteColumn,
        sourceStart,
      };
    },
    /** The words of the line around a place, spaces collapsed: what a fingerprint hashes. */
    context(sourceStart: number, sourceEnd: number): string {
      const line = positionAt(starts, sourceStart).line;
      const from = Math.max(starts[line - 1], sourceStart - CONTEXT);
      const to = Math.min(starts[line] ?? source.length, sourceEnd + CONTEXT);
      return source.slice(from, to).trim().replace(/\s+/g, ' ');
    },
  };
}

/**
 * Fingerprints from what a finding is and the words around it, never its line number, so they
 * survive edits elsewhere in the file; the n-th identical one gets `:n`.
 */
function fingerprinter() {
  const seen = new Map<string, number>();
  return (key: string) => {
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 20);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `${hash}:${n}`;
  };
}

/** The reading level of each part of an input that has enough words. */
function readingLevels(input: ReadInput, at: (offset: number) => Region): ReadingLevel[] {
  const levels: (ReadingLevel | null)[] = [];
  if (input.pages !== undefined) {
    const lines = input.text.split('\n');
    const pages = input.pages;
    for (let first = 0; first < lines.length;) {
      let last = first;
      while (last + 1 < lines.length && pages[last + 1] === pages[first]) last++;
      const text = lines.slice(first, last + 1).join('\n');
      levels.push(
        readingLevelOf(text, { scope: `page ${pages[first]}`, line: first + 1, column: 1 }),
      );
      first = last + 1;
    }
  } else if (input.sections !== undefined && input.sections.length > 0) {
    let articles = 0;
    for (const section of input.sections) {
      const scope = section.name === 'article' ? `article ${++articles}` : section.name;
      const text = input.text.slice(section.start, section.end);
      // The part's place is where its first words are, not the line break after its tag.
      const first = section.start + Math.max(0, text.search(/\S/));
      const { line, column } = at(input.sourceOffset(first));
      levels.push(readingLevelOf(text, { scope, line, column }));
    }
  } else {
    levels.push(readingLevelOf(input.text, { scope: 'text', line: 1, column: 1 }));
  }
  return levels.filter((level) => level !== null);
}

/** Finds the terms in one input read, with their places in its source. */
export function scanRead(
  input: ReadInput,
  find: FindTerms,
  options: ScanReadOptions = {},
): FileScan {
  const locate = locator(input.source);
  const fingerprint = fingerprinter();
  const directives = findDirectives(input.source, input.kind).map((directive) => ({
    ...directive,
    ...locate.region(directive.sourceStart, directive.sourceEnd),
    fingerprint: fingerprint(`directive\0${directive.text}\0${directive.names.join(',')}`),
  }));
  // In a text file a directive is a line of the text itself: its names are not findings.
  const inDirective = (offset: number) =>
    input.kind === 'text' &&
    directives.some((directive) => offset >= directive.sourceStart && offset < directive.sourceEnd);
  const matches: LocatedMatch[] = [];
  for (const match of find(input.text)) {
    const sourceStart = input.sourceOffset(match.start);
    if (inDirective(sourceStart)) continue;
    // The end of a match is the end of its last character, which may sit in a later text node.
    const sourceEnd = input.sourceOffset(match.end - 1) + 1;
    const term: TermId = match.term;
    const region = locate.region(sourceStart, sourceEnd);
    matches.push({
      ...match,
      ...region,
      ...(input.pages === undefined ? {} : { page: input.pages[region.line - 1] }),
      replaceable: input.source.slice(sourceStart, sourceEnd) === match.text,
      fingerprint: fingerprint(
        `${term}\0${match.text.toLowerCase()}\0${locate.context(sourceStart, sourceEnd)}`,
      ),
    });
  }
  const scan: FileScan = { file: input.file, matches, directives };
  if (options.readingLevel) {
    scan.readingLevels = readingLevels(input, (offset) => locate.region(offset, offset));
  }
  return scan;
}
