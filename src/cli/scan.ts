import { findTerms } from '../matching/find-terms';
import type { TermId, TermMatch } from '../terms/term-match';
import { readInputs } from './inputs';
import { HELP, USAGE, UsageError, parseCommandLine } from './options';
import { jsonErrorLine, jsonLine, printablePath, reportLines, summary, type Tally } from './report';

/** Where the command line reads and writes, so tests can run it without a process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<Uint8Array>;
}

export type FindTerms = (text: string) => TermMatch[];

function add(counts: Map<TermId, number>, term: TermId): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

/**
 * Runs `amps-lens ARGS…` and returns the exit code: 0 done, 1 a --fail-on term found,
 * 2 an input could not be read or the command line is wrong (2 wins over 1).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  find: FindTerms = findTerms,
): Promise<number> {
  let options;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`amps-lens: ${error.message}\n${USAGE}\nRun amps-lens --help for details.\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const tally: Tally = { filesRead: 0, unreadable: 0, matches: new Map(), failing: new Map() };
  for await (const input of readInputs(options.paths, io.stdin)) {
    if ('error' in input) {
      tally.unreadable++;
      if (options.json) io.stdout(jsonErrorLine(input.file, input.error));
      else io.stderr(`amps-lens: ${printablePath(input.file)}: ${input.error}\n`);
      continue;
    }
    tally.filesRead++;
    const matches = find(input.text);
    for (const { term } of matches) {
      add(tally.matches, term);
      if (options.failOn.has(term)) add(tally.failing, term);
    }
    io.stdout(options.json ? jsonLine(input.file, matches) : reportLines(input, matches));
  }
  if (!options.json) io.stdout(summary(tally));
  if (tally.unreadable > 0) return 2;
  return tally.failing.size > 0 ? 1 : 0;
}
