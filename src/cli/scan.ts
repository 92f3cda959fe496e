import { appendFileSync } from 'node:fs';
import { findTerms } from '../matching/find-terms';
import { Baseline, BaselineWriter } from './baseline';
import { ConfigError, loadConfig, rulesOf } from './config';
import type { FindTerms } from './file-scan';
import type { Finding } from './findings';
import { reportFile } from './findings';
import { githubReporter } from './formats/github';
import { jsonReporter } from './formats/json';
import { rdjsonlReporter } from './formats/rdjsonl';
import type { Reporter, Summary } from './formats/reporter';
import { sarifReporter } from './formats/sarif';
import { textReporter } from './formats/text';
import { isAddress, listInputs, type InputTask } from './inputs';
import { HELP, USAGE, UsageError, parseCommandLine, type Format } from './options';
import { scanInputs } from './scan-files';
import { atLeast } from './severity';
import { Web, WebError, sitemapPages } from './web';

export type { FindTerms } from './file-scan';

/** Where the command line reads and writes, so tests can run it without a process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<Uint8Array>;
  /** The environment ($GITHUB_STEP_SUMMARY); the process's by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

const REPORTERS: Readonly<Record<Format, () => Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  rdjsonl: rdjsonlReporter,
};

/**
 * Runs `amps-lens ARGS…` and returns the exit code: 0 done, 1 a finding fails the run,
 * 2 an input could not be read or the command line, configuration or baseline is wrong
 * (2 wins over 1).
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
  let loaded;
  let baseline: Baseline | undefined;
  try {
    loaded = loadConfig(process.cwd(), options.config);
    if (options.baseline !== undefined) baseline = Baseline.read(options.baseline);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`amps-lens: ${error.message}\n`);
    return 2;
  }
  const { config, isIgnored } = loaded;
  const rules = rulesOf(config);
  const { failOn } = options;
  // --fail-on replaces the severity rule unless --fail-level is given too.
  const failLevel =
    options.failLevel ?? (failOn === undefined ? (config.failLevel ?? 'error') : undefined);
  const fails = (finding: Finding) =>
    (failOn !== undefined && finding.match !== undefined && failOn.has(finding.match.term)) ||
    (failLevel !== undefined && atLeast(finding.severity, failLevel));
  const writer =
    options.writeBaseline === undefined ? undefined : new BaselineWriter(options.writeBaseline);

  const reporter = REPORTERS[options.format]();
  const summary: Summary = {
    filesRead: 0,
    unreadable: 0,
    counts: new Map(),
    failing: 0,
    suppressed: 0,
    known: 0,
  };
  io.stdout(reporter.start());
  const web =
    options.sitemap !== undefined || options.paths.some(isAddress)
      ? new Web({ timeoutMs: options.timeoutMs, delayMs: options.delayMs })
      : undefined;
  const { sitemap, maxPages, paths } = options;
  async function* tasks(): AsyncGenerator<InputTask> {
    yield* listInputs(paths, isIgnored);
    if (sitemap === undefined || web === undefined) return;
    let pages: string[];
    try {
      pages = await sitemapPages(web, sitemap, maxPages);
    } catch (error) {
      if (!(error instanceof WebError)) throw error;
      yield { file: sitemap, error: `sitemap: ${error.message}` };
      return;
    }
    for (const page of pages) yield { file: page, url: true };
  }
  const results = scanInputs(tasks(), {
    find,
    defaultFind: findTerms,
    jobs: options.jobs,
    stdin: io.stdin,
    read: { readingLevel: options.readingLevel },
    web,
  });
  for await (const result of results) {
    if ('error' in result) {
      summary.unreadable++;
      const written = reporter.error(result.file, result.error);
      if (written.stdout !== undefined) io.stdout(written.stdout);
      if (written.stderr !== undefined) io.stderr(written.stderr);
      continue;
    }
    summary.filesRead++;
    let report = reportFile(result, rules, options.maxGrade, options.language);
    summary.suppressed += report.suppressed;
    if (baseline !== undefined) {
      const filtered = baseline.filter(report);
      report = filtered.report;
      summary.known += filtered.known;
    }
    writer?.add(report);
    for (const finding of report.findings) {
      summary.counts.set(finding.ruleId, (summary.counts.get(finding.ruleId) ?? 0) + 1);
      if (fails(finding)) summary.failing++;
    }
    io.stdout(reporter.file(report));
  }
  if (writer !== undefined) summary.failing = 0;
  io.stdout(reporter.end(summary));
  const stepSummary = (io.env ?? process.env).GITHUB_STEP_SUMMARY;
  if ('stepSummary' in reporter && stepSummary) {
    appendFileSync(
      stepSummary,
      (reporter as ReturnType<typeof githubReporter>).stepSummary(summary),
    );
  }
  writer?.write();
  if (summary.unreadable > 0) return 2;
  return summary.failing > 0 ? 1 : 0;
}
