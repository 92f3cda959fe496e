import { parseArgs } from 'node:util';
import { CATEGORIES, GLOSSARY } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { CONFIG_FILE, IGNORE_FILE } from './config';
import { SEVERITIES, type Severity } from './severity';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanOptions {
  format: Format;
  /** Terms named by --fail-on; undefined when it was not given. */
  failOn?: ReadonlySet<TermId>;
  /** --fail-level, when given. */
  failLevel?: Severity;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  /** Worker threads; undefined lets the scan choose from the number of files and cores. */
  jobs?: number;
  /** A sitemap (or sitemap index) whose pages are scanned too. */
  sitemap?: string;
  maxPages: number;
  timeoutMs: number;
  delayMs: number;
  /** Report reading levels, and warn above maxGrade. */
  readingLevel: boolean;
  maxGrade: number;
  /** --lang: the language of suggested wording; `auto` follows the text around each finding. */
  language: SuggestionLanguage;
  paths: string[];
}

export const SUGGESTION_LANGUAGES = ['auto', 'en', 'es'] as const;
export type SuggestionLanguage = (typeof SUGGESTION_LANGUAGES)[number];

/** A command line we cannot run; the message says what is wrong with it. */
export class UsageError extends Error {}

const termsIn = (category: string) =>
  TERM_IDS.filter((term) => GLOSSARY[term].category === category);

/** The glossary's categories, and `all`. */
const FAIL_ON_CATEGORIES = new Map<string, readonly TermId[]>([
  ...CATEGORIES.map((category) => [category, termsIn(category)] as const),
  ['all', TERM_IDS],
]);

/**
 * The older names only (BRIEF section 0.3). CRPS and fibromyalgia are current diagnoses, the
 * medical "sympathetic" is correct, and AMPS is CHOP's umbrella term: none fails a run by default.
 */
export const DEFAULT_FAIL_ON = 'older-name';

/** Health-literacy guidance (CDC, AMA, NIH) asks for patient text at grade 6 to 8. */
export const DEFAULT_MAX_GRADE = 8;

export const USAGE = 'Usage: amps-lens scan [--json] [--fail-on CATEGORIES] [options] PATH...';

export const HELP = `${USAGE}

Finds older names for children's chronic pain (RSD, RND, causalgia,
algodystrophy), current terms often about adults (CRPS, fibromyalgia), the word
"sympathetic" in its nervous-system sense, and AMPS, CHOP's umbrella term, in text
files and web pages, the way the AMPS Lens extension marks them in the browser.
Reads local files; the network only for addresses and --sitemap you give.

PATH is a file, a folder (the files of the kinds below under it, recursively,
in sorted order), - to read text from standard input, or the address of a live
page (http:// or https://), fetched and read as an .html file.
  .txt   the text of the file in UTF-8; a BOM is dropped, line endings are kept
  .html  the text under <body>, as the extension reads it: not <head>, scripts,
  .htm   styles, form fields, code, comments, attribute values, [hidden] or
         [contenteditable] elements; one line break separates block elements
         (p, li, td, h1...), and nothing else is added
  .md    Markdown, read with a Markdown parser (remark): front matter, code
  .markdown  blocks, inline code and raw HTML are skipped; lines and columns
  .mdx   point into the file (MDX: imports and {expressions} skipped too)
  .pdf   the text layer (pdf.js), columns read one after another and hyphenated
         words joined; a finding's line is its paragraph, with its page; a
         scanned PDF (no text), a locked or a damaged one is reported
  .docx  the document's paragraphs; a finding's line is its paragraph number

Severities: older names are errors; current terms often about adults (CRPS,
fibromyalgia) warnings; "sympathetic" and AMPS notes. A configuration can change
them.

Options:
  --format FORMAT       how findings are written (default text):
                          text     path:line:column  severity  term  "matched words"
                                   → suggested wording, then a summary
                          json     one JSON line per input (as --json)
                          sarif    one SARIF 2.1.0 log (GitHub code scanning,
                                   GitLab, editors), one rule per term
                          github   GitHub Actions annotations (::error, ::warning,
                                   ::notice), and a Markdown summary appended to
                                   $GITHUB_STEP_SUMMARY when it is set
                          rdjsonl  reviewdog diagnostics, one a line, with the
                                   suggested words as a fix
  --json                the same as --format json:
                          {"file": PATH, "matches": [{"term", "text", "start", "end",
                           "line", "column", "endLine", "endColumn", "category",
                           "severity", "suggestion", "helpUri", "fingerprint"}]}
                        start and end are UTF-16 offsets into the text read, and
                        text is exactly that slice of it; line and column count
                        from 1 in the file (for a page, in its HTML; the end is
                        exclusive); "notes" lists unused suppressions; an input
                        that cannot be read gives {"file": PATH, "error": MESSAGE}
  --fail-level LEVEL    exit with 1 when a finding is at least this severe:
                        error, warning or note (default error: the older names,
                        or "failLevel" from the configuration)
  --fail-on CATEGORIES  exit with 1 when any of these terms is found, instead of
                        by severity (give --fail-level too to fail on either): a
                        comma list of categories and term ids
${CATEGORIES.map((category) => `                          ${category.padEnd(15)}${termsIn(category).join(', ')}`).join('\n')}
                          all            every term
                          none           never exit with 1 (on its own only)
                        By default the older names (${DEFAULT_FAIL_ON}) fail a run.
  --config FILE         read the configuration from FILE instead of looking for it
  --baseline FILE       report, and fail on, only findings not in FILE
  --write-baseline FILE record today's findings in FILE and exit with 0 (2 when
                        an input could not be read), to adopt the check on an
                        existing site; findings are matched by fingerprint (the
                        term, its words and the words around them), so a baseline
                        survives edits elsewhere in a file
  --reading-level       also report the reading level of each file's text (each
                        PDF page; each <main> and <article> of a page when it has
                        them): Flesch–Kincaid grade and SMOG index, for parts of
                        30 words or more; above --max-grade it is a warning
                        (reading-level); --json gives "readingLevels"
  --max-grade N         the highest grade accepted (default ${DEFAULT_MAX_GRADE}, as CDC, AMA and
                        NIH advise grades 6 to 8); implies --reading-level
  --lang LANGUAGE       the language of the suggested wording: en, es, or auto
                        (default: the language of the text around each finding,
                        so a Spanish page gets Spanish suggestions)
  --sitemap URL         also scan the pages a sitemap lists (sitemap indexes are
                        followed), up to --max-pages N (default 500)
  Live pages are read politely: 4 requests at a time, --delay MS between two
  requests to one host (default 500), robots.txt honoured, --timeout SECONDS per
  request (default 10), pages up to 5 MB, at most 5 redirects (each reported),
  and a User-Agent naming AMPS Lens. Only this command uses the network; the
  extension never does.
  --jobs N              scan with N worker threads (default: one per core for
                        big folders, none for a few files)
  -h, --help            show this help

Configuration: the first ${CONFIG_FILE}, or "amps-lens" key in package.json, from the
working folder upward:
  {
    "ignore": ["drafts/", "*.old.html"],     gitignore globs, from its folder
    "off": ["two-meanings", "amps"],        terms or categories not reported
    "severity": {"crps": "error", "current-term": "note"},
    "failLevel": "warning"                  the exit-1 level without --fail-on
  }
Unknown keys and bad values are errors (exit 2). A ${IGNORE_FILE} file (found
upward too) lists more paths to skip, in gitignore syntax.

Suppression comments, where a reviewer has checked the wording:
  <!-- amps-lens-disable-next-line -->         the next line (HTML)
  <!-- amps-lens-disable-next-line rsd -->     only these terms or categories
  <!-- amps-lens-disable crps --> ... <!-- amps-lens-enable -->   a stretch
  amps-lens-disable-next-line [TERMS]          on a line of its own (.txt)
A comment that silences nothing is reported as a note (unused-suppression).

An input that is missing, not a regular file (a FIFO or a device, links
included), unreadable, binary, not UTF-8, larger than 50 MB, a PDF or Word file
that cannot be read, or
a file named with another extension is reported, and the others are scanned.

Exit codes:
  0  done, and nothing that fails the run was found
  1  a finding fails the run (--fail-on, --fail-level or "failLevel")
  2  an input could not be read, or the command line, configuration or baseline
     is wrong (2 wins over 1)

Examples:
  npx amps-lens scan notes/
  npx amps-lens scan --json page.html
  npx amps-lens scan --fail-on rsd,crps - < letter.txt
  npx amps-lens scan --format sarif site/ > amps-lens.sarif
  npx amps-lens scan --write-baseline .amps-lens-baseline.json site/
  npx amps-lens scan --baseline .amps-lens-baseline.json --format github site/
`;

function parseFailOn(value: string): ReadonlySet<TermId> {
  const names = value.split(',').map((name) => name.trim());
  if (names.includes('none')) {
    if (names.length > 1) throw new UsageError("--fail-on: 'none' cannot be combined with others");
    return new Set();
  }
  const terms = new Set<TermId>();
  for (const name of names) {
    const category = FAIL_ON_CATEGORIES.get(name);
    if (category !== undefined) category.forEach((term) => terms.add(term));
    else if ((TERM_IDS as readonly string[]).includes(name)) terms.add(name as TermId);
    else {
      throw new UsageError(
        `--fail-on: unknown category or term '${name}' (use ${[...FAIL_ON_CATEGORIES.keys(), 'none', ...TERM_IDS].join(', ')})`,
      );
    }
  }
  return terms;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option}: '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** The scan to run, or `help`; throws UsageError for anything else. */
export function parseCommandLine(argv: readonly string[]): ScanOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-level': { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        jobs: { type: 'string' },
        'reading-level': { type: 'boolean', default: false },
        sitemap: { type: 'string' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        delay: { type: 'string' },
        'max-grade': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: scan');
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'; the command is scan`);
  if (paths.length === 0 && values.sitemap === undefined) {
    throw new UsageError('no PATH to scan (use - for standard input)');
  }
  if (values.json && values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`--json and --format ${values.format} ask for two formats`);
  }
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) {
    throw new UsageError('--baseline and --write-baseline cannot be combined');
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
      throw new UsageError(`--jobs: '${values.jobs}' is not a whole number from 1 to 64`);
    }
  }
  const number = (option: string, value: string | undefined, fallback: number, max: number) => {
    if (value === undefined) return fallback;
    const amount = Number(value);
    if (value.trim() === '' || !Number.isFinite(amount) || amount < 0 || amount > max) {
      throw new UsageError(`${option}: '${value}' is not a number from 0 to ${max}`);
    }
    return amount;
  };
  let maxGrade = DEFAULT_MAX_GRADE;
  if (values['max-grade'] !== undefined) {
    maxGrade = Number(values['max-grade']);
    if (
      values['max-grade'].trim() === '' ||
      !Number.isFinite(maxGrade) ||
      maxGrade < 0 ||
      maxGrade > 100
    ) {
      throw new UsageError(`--max-grade: '${values['max-grade']}' is not a grade from 0 to 100`);
    }
  }
  return {
    sitemap: values.sitemap,
    maxPages: Math.floor(number('--max-pages', values['max-pages'], 500, 100_000)),
    timeoutMs: number('--timeout', values.timeout, 10, 300) * 1000,
    delayMs: number('--delay', values.delay, 500, 60_000),
    readingLevel: values['reading-level'] || values['max-grade'] !== undefined,
    maxGrade,
    language: oneOf('--lang', values.lang ?? 'auto', SUGGESTION_LANGUAGES),
    format: values.json ? 'json' : oneOf('--format', values.format ?? 'text', FORMATS),
    failOn: values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']),
    failLevel:
      values['fail-level'] === undefined
        ? undefined
        : oneOf('--fail-level', values['fail-level'], SEVERITIES),
    config: values.config,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    jobs,
    paths,
  };
}
