import {
  CATEGORY_LABELS,
  GLOSSARY,
  cardFor,
  citedSources,
  entrySources,
  type Category,
} from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import { entryIn } from '../glossary/texts';
import type { SuggestionLanguage } from './options';
import type { TermId, TermMatch } from '../terms/term-match';
import type { Rules } from './config';
import type { FileScan, LocatedDirective, LocatedMatch, Region } from './file-scan';
import type { ReadingLevel } from './reading-level';
import type { Severity } from './severity';

/** The rule of a suppression comment that silenced nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

/** The rule of a text above the highest reading grade asked for. */
export const READING_LEVEL = 'reading-level';

/** One thing to tell the reviewer, in every output format. */
export interface Finding extends Region {
  /** The term id, or UNUSED_SUPPRESSION. */
  ruleId: string;
  severity: Severity;
  message: string;
  fingerprint: string;
  /** For a term: the match as `--json` gives it, and the advice of its card. */
  match?: {
    term: TermId;
    category: Category;
    text: string;
    start: number;
    end: number;
    suggestion: string;
    /** Words that can replace the match as they are, when the card has them. */
    replacement?: string;
    helpUri?: string;
  };
}

export interface FileReport {
  file: string;
  findings: Finding[];
  /** Findings silenced by comments in the file. */
  suppressed: number;
  /** With --reading-level. */
  readingLevels?: ReadingLevel[];
  /** For a live page: the addresses it was redirected to. */
  redirects?: string[];
}

/**
 * The wording a reviewer is advised to use: the card's suggestion, in `language`, or for
 * `auto` in the language of the text around the match.
 */
export const suggestionFor = (match: TermMatch, language: SuggestionLanguage = 'auto') =>
  entryIn(match.card, language === 'auto' ? match.language : language).suggestedWording;

/**
 * The first words the suggestion quotes (“CRPS type I”), as a drop-in replacement: only for
 * names to replace. The word with two meanings and CHOP's umbrella term need none.
 */
function replacementFor(category: Category, suggestion: string): string | undefined {
  if (category !== 'older-name' && category !== 'current-term') return undefined;
  return /[“«]([^”»]+)[”»]/.exec(suggestion)?.[1];
}

/**
 * The first linked source of a card's explanation for parents (the pediatric sentence's
 * first), else of the card: where a reviewer can read why.
 */
export function helpUriFor(term: TermId): string | undefined {
  // Once per card, not once per finding: a file can hold a term every few characters.
  if (!helpUris.has(term)) {
    const entry = GLOSSARY[term];
    const ids = [...citedSources(entry.parent), ...entrySources(entry)];
    helpUris.set(
      term,
      ids.map((id) => sourceById(id).url).find((url) => url !== undefined),
    );
  }
  return helpUris.get(term);
}
const helpUris = new Map<TermId, string | undefined>();

function termFinding(
  match: LocatedMatch,
  severity: Severity,
  language: SuggestionLanguage,
): Finding {
  const card = cardFor(match);
  const suggestion = suggestionFor(match, language);
  const category = GLOSSARY[match.term].category;
  const replacement = match.replaceable ? replacementFor(category, suggestion) : undefined;
  return {
    ...regionOf(match),
    ruleId: match.term,
    severity,
    message: `${match.page === undefined ? '' : `Page ${match.page}: `}${CATEGORY_LABELS[category]}: “${match.text}”. Suggested wording: ${suggestion}`,
    fingerprint: match.fingerprint,
    match: {
      term: match.term,
      category,
      text: match.text,
      start: match.start,
      end: match.end,
      suggestion,
      ...(replacement === undefined ? {} : { replacement }),
      helpUri: helpUriFor(card.id),
    },
  };
}

function regionOf(region: Region): Region {
  const { line, column, endLine, endColumn, byteColumn, endByteColumn, sourceStart, page } = region;
  return {
    line,
    column,
    endLine,
    endColumn,
    byteColumn,
    endByteColumn,
    sourceStart,
    ...(page === undefined ? {} : { page }),
  };
}

function names(directive: LocatedDirective, match: LocatedMatch): boolean {
  return (
    directive.names.length === 0 ||
    directive.names.includes(match.term) ||
    directive.names.includes(GLOSSARY[match.term].category)
  );
}

/** Source ranges that disable…enable comments silence, each with the comment that opened it. */
function disabledRanges(directives: readonly LocatedDirective[]) {
  const ranges: { directive: LocatedDirective; from: number; to: number }[] = [];
  const open: LocatedDirective[] = [];
  const close = (directive: LocatedDirective, to: number) =>
    ranges.push({ directive, from: directive.sourceEnd, to });
  for (const directive of directives) {
    if (directive.kind === 'disable') open.push(directive);
    if (directive.kind !== 'enable') continue;
    for (let i = open.length - 1; i >= 0; i--) {
      const closes =
        directive.names.length === 0 ||
        open[i].names.every((name) => directive.names.includes(name));
      if (closes) close(open.splice(i, 1)[0], directive.sourceStart);
    }
  }
  for (const directive of open) close(directive, Infinity);
  return ranges;
}

/**
 * What a file's scan reports under the configuration's rules: terms turned off are left out,
 * matches silenced by a comment are counted, and each comment that silenced nothing is a note.
 */
export function reportFile(
  scan: FileScan,
  rules: Rules,
  maxGrade = Infinity,
  language: SuggestionLanguage = 'auto',
): FileReport {
  const ranges = disabledRanges(scan.directives);
  const used = new Set<LocatedDirective>();
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const match of scan.matches) {
    if (rules.isOff(match.term)) continue;
    const silencer =
      scan.directives.find(
        (directive) =>
          directive.kind === 'disable-next-line' &&
          directive.endLine + 1 === match.line &&
          names(directive, match),
      ) ??
      ranges.find(
        (range) =>
          match.sourceStart >= range.from &&
          match.sourceStart < range.to &&
          names(range.directive, match),
      )?.directive;
    if (silencer !== undefined) {
      used.add(silencer);
      suppressed++;
    } else {
      findings.push(termFinding(match, rules.severityOf(match.term), language));
    }
  }
  for (const directive of scan.directives) {
    if (directive.kind === 'enable' || used.has(directive)) continue;
    findings.push({
      ...regionOf(directive),
      ruleId: UNUSED_SUPPRESSION,
      severity: 'note',
      message: `Unused suppression: ${directive.text} silences nothing here; remove it.`,
      fingerprint: directive.fingerprint,
    });
  }
  for (const level of scan.readingLevels ?? []) {
    if (level.fleschKincaid <= maxGrade) continue;
    findings.push({
      line: level.line,
      column: level.column,
      endLine: level.line,
      endColumn: level.column,
      byteColumn: level.column,
      endByteColumn: level.column,
      sourceStart: -1,
      ruleId: READING_LEVEL,
      severity: 'warning',
      message: `Reading level of the ${level.scope}: Flesch–Kincaid grade ${level.fleschKincaid} (SMOG ${level.smog}), above grade ${maxGrade}.`,
      fingerprint: `${READING_LEVEL}:${level.scope}`,
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    file: scan.file,
    findings,
    suppressed,
    ...(scan.readingLevels === undefined ? {} : { readingLevels: scan.readingLevels }),
    ...(scan.redirects === undefined ? {} : { redirects: scan.redirects }),
  };
}
