// The command line in unit tests: run in-process, in a temporary folder, its --json lines read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli, type CliIO, type FindTerms } from '../../../src/cli/scan';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** The environment ($GITHUB_STEP_SUMMARY); empty unless given. */
  env?: CliIO['env'];
  /** What the command reads from standard input. */
  stdin?: Iterable<Uint8Array>;
  /** The matcher; the real one unless given. */
  find?: FindTerms;
}

/** Runs `amps-lens ARGS` in-process and collects what it writes. */
export async function runCollecting(
  args: string[],
  { env = {}, stdin = [], find }: CliRunOptions = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      stdin: (async function* () {
        yield* stdin;
      })(),
      env,
    },
    find,
  );
  return { code, stdout, stderr };
}

/**
 * A fresh temporary folder for each test, named from `prefix` and removed after the test, when
 * the working folder is put back too. With `enter`, each test starts inside its folder.
 */
export function useTempFolder(prefix: string, { enter = false } = {}): () => string {
  let folder = '';
  const startFolder = process.cwd();
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
    if (enter) process.chdir(folder);
  });
  afterEach(() => {
    process.chdir(startFolder);
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}

/** Writes `content` to `name` inside `folder`, making the folders on the way; returns its path. */
export function writeIn(folder: string, name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Each line a --json run printed, parsed. */
export const jsonLinesOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

/** The --json lines, with only the contract's four fields per match. */
export const contractLinesOf = (stdout: string) =>
  jsonLinesOf(stdout).map((line) => {
    if (line.matches === undefined) return line;
    const matches = line.matches.map(({ term, text, start, end }: Record<string, unknown>) => ({
      term,
      text,
      start,
      end,
    }));
    return { ...line, matches };
  });
