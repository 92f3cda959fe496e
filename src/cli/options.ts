import { parseArgs } from 'node:util';
import { CATEGORIES, GLOSSARY } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';

export interface ScanOptions {
  json: boolean;
  /** Terms that make the scan exit with 1 when found. */
  failOn: ReadonlySet<TermId>;
  paths: string[];
}

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
const DEFAULT_FAIL_ON = 'older-name';

export const USAGE = 'Usage: amps-lens scan [--json] [--fail-on CATEGORIES] PATH...';

export const HELP = `${USAGE}

Finds older names for children's chronic pain (RSD, RND, causalgia,
algodystrophy), current terms often about adults (CRPS, fibromyalgia), the word
"sympathetic" in its nervous-system sense, and AMPS, CHOP's umbrella term, in text
files and web pages, the way the AMPS Lens extension marks them in the browser.
Reads local files only; nothing is sent over the network.

PATH is a .txt file, an .html or .htm file, a folder (its .txt, .html and .htm
files, recursively, in sorted order) or - to read text from standard input.
  .txt   the text of the file in UTF-8; a BOM is dropped, line endings are kept
  .html  the text under <body>, as the extension reads it: not <head>, scripts,
         styles, form fields, code, comments, attribute values, [hidden] or
         [contenteditable] elements; one line break separates block elements
         (p, li, td, h1...), and nothing else is added

Options:
  --json                one JSON line per input:
                          {"file": PATH, "matches": [{"term", "text", "start", "end"}]}
                        start and end are UTF-16 offsets into the text read, and
                        text is exactly that slice of it; an input that cannot be
                        read gives {"file": PATH, "error": MESSAGE}
  --fail-on CATEGORIES  exit with 1 when any of these terms is found: a comma
                        list of categories and term ids. The default is the older
                        names only:
                        ${DEFAULT_FAIL_ON}
${CATEGORIES.map((category) => `                          ${category.padEnd(15)}${termsIn(category).join(', ')}`).join('\n')}
                          all            every term
                          none           never exit with 1 (on its own only)
  -h, --help            show this help

Without --json, each match is one line
  path:line:column  term  "matched words"  → suggested wording
(line and column count from 1 in the file as an editor shows it: for a page,
in its HTML), then a summary. Inputs that cannot be read are reported on stderr.

An input that is missing, not a regular file (a FIFO or a device, links
included), unreadable, binary, not UTF-8, larger than 50 MB, or
a file named with another extension is reported, and the others are scanned.

Exit codes:
  0  done, and no --fail-on term found
  1  a --fail-on term was found
  2  an input could not be read, or the command line is wrong (2 wins over 1)

Examples:
  npx amps-lens scan notes/
  npx amps-lens scan --json page.html
  npx amps-lens scan --fail-on rsd,crps - < letter.txt
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

/** The scan to run, or `help`; throws UsageError for anything else. */
export function parseCommandLine(argv: readonly string[]): ScanOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        'fail-on': { type: 'string', default: DEFAULT_FAIL_ON },
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
  if (paths.length === 0) throw new UsageError('no PATH to scan (use - for standard input)');
  return { json: values.json, failOn: parseFailOn(values['fail-on']), paths };
}
