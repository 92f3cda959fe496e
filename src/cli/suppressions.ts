import type { Kind } from './inputs';

/** An inline comment that silences findings: on the next line, or from disable to enable. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Term ids or categories named; none names every term. */
  names: string[];
  /** The comment as written, for the note when it silences nothing. */
  text: string;
  /** Offsets of the comment in the file's source. */
  sourceStart: number;
  sourceEnd: number;
}

/** More are ignored: a real page has a handful, and each one is checked against each finding. */
export const MAX_DIRECTIVES = 1000;

// Bounded arguments keep a file full of unclosed `<!-- amps-lens-disable` linear to scan.
const COMMENT_DIRECTIVE =
  /<!--\s*amps-lens-(disable-next-line|disable|enable)(?![\w-])([^>]{0,200}?)\s*-->/g;
const LINE_DIRECTIVE = /^[ \t]*amps-lens-(disable-next-line)(?![\w-])([^\r\n]{0,200})$/gm;

/**
 * The suppression comments of a file: HTML comments in pages (and Markdown), a line of its
 * own in text files (`amps-lens-disable-next-line [names]`).
 */
export function findDirectives(source: string, kind: Kind): Directive[] {
  // Text taken out of a PDF or Word file has no comments.
  if (kind === 'pdf' || kind === 'docx') return [];
  const pattern = kind === 'text' ? LINE_DIRECTIVE : COMMENT_DIRECTIVE;
  const directives: Directive[] = [];
  for (const found of source.matchAll(pattern)) {
    if (directives.length === MAX_DIRECTIVES) break;
    directives.push({
      kind: found[1] as Directive['kind'],
      names: found[2].split(/[\s,]+/).filter((name) => name !== ''),
      text: found[0].trim(),
      sourceStart: found.index,
      sourceEnd: found.index + found[0].length,
    });
  }
  return directives;
}
