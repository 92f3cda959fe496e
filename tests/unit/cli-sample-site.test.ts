import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCollecting, writeIn } from './support/cli';

// Issue 15's acceptance check: a clinic's site of 20 pages, with a configuration, an ignore
// file, suppression comments and a baseline, gives the same findings and exit codes in every
// output format.

let site: string;
const startFolder = process.cwd();

const page = (body: string) => `<!doctype html>\n<html><body>\n${body}\n</body></html>\n`;
const NEUTRAL = '<p>Our team helps children move again, step by step.</p>';

const PAGES: Record<string, string> = {
  'pages/01-rsd.html': page('<h1>Old words</h1>\n<p>Some still say RSD.</p>'),
  'pages/02-crps.html': page('<p>CRPS in children</p>'),
  'pages/03-fibro.html': page('<p>About fibromyalgia</p>'),
  // "two-meanings" is off in the configuration.
  'pages/04-sympathetic.html': page('<p>The sympathetic nervous system</p>'),
  'pages/05-amps.html': page('<p>Our AMPS program</p>'),
  'pages/06-silenced.html': page(
    '<!-- amps-lens-disable-next-line -->\n<p>A quote: “RSD”, reviewed.</p>',
  ),
  'pages/07-stretch.html': page(
    '<!-- amps-lens-disable crps -->\n<p>CRPS, quoted</p>\n<p>CRPS again</p>\n<!-- amps-lens-enable crps -->\n<p>CRPS after</p>',
  ),
  'pages/08-unused.html': page(`<!-- amps-lens-disable-next-line rsd -->\n${NEUTRAL}`),
  'notes/letter.txt':
    'Dear family,\namps-lens-disable-next-line\nRSD was the word then.\nNow causalgia.\n',
  'drafts/draft.html': page('<p>RSD</p>'),
  'archive/old.html': page('<p>RSD and causalgia</p>'),
};
for (let i = 9; i <= 17; i++)
  PAGES[`pages/${String(i).padStart(2, '0')}-plain.html`] = page(NEUTRAL);

/** What every format must report: `file:line rule severity`. */
const EXPECTED = [
  'notes/letter.txt:4 causalgia error',
  'pages/01-rsd.html:4 rsd error',
  'pages/02-crps.html:3 crps warning',
  'pages/03-fibro.html:3 fibromyalgia error',
  'pages/05-amps.html:3 amps note',
  'pages/07-stretch.html:7 crps warning',
  'pages/08-unused.html:3 unused-suppression note',
];

function write(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) writeIn(site, name, content);
}

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'amps-lens-site-'));
  write(PAGES);
  write({
    '.amps-lens.json': JSON.stringify({
      ignore: ['drafts/'],
      off: ['two-meanings'],
      severity: { fibromyalgia: 'error' },
    }),
    '.amps-lens-ignore': 'archive/\n',
  });
  process.chdir(site);
});
afterAll(() => {
  process.chdir(startFolder);
  rmSync(site, { recursive: true, force: true });
});

const run = (args: string[]) => runCollecting(['scan', ...args, '.']);

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', note: 'note' };
const GITHUB_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', notice: 'note' };
const REVIEWDOG_LEVEL: Record<string, string> = {
  ERROR: 'error',
  WARNING: 'warning',
  INFO: 'note',
};

/** `file:line rule severity` of each finding, read back from each format's own output. */
const READ: Record<string, (stdout: string) => string[]> = {
  text: (stdout) =>
    stdout
      .split('\n')
      .map((line) => /^(\S+):(\d+):\d+ {2}(\w+) {2}([\w-]+)/.exec(line))
      .filter((found) => found !== null)
      .map(([, file, line, severity, rule]) => `${file}:${line} ${rule} ${severity}`),
  json: (stdout) =>
    jsonLines(stdout).flatMap((line) => [
      ...line.matches.map(
        (m: { line: number; term: string; severity: string }) =>
          `${line.file}:${m.line} ${m.term} ${m.severity}`,
      ),
      ...(line.notes ?? []).map(
        (n: { line: number; ruleId: string; severity: string }) =>
          `${line.file}:${n.line} ${n.ruleId} ${n.severity}`,
      ),
    ]),
  sarif: (stdout) =>
    JSON.parse(stdout).runs[0].results.map(
      (r: {
        ruleId: string;
        level: string;
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        }[];
      }) =>
        `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId} ${SARIF_LEVEL[r.level]}`,
    ),
  github: (stdout) =>
    stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [, level, file, lineNumber, rule] =
          /^::(\w+) file=([^,]+),line=(\d+),.*title=AMPS Lens%3A ([\w-]+)::/.exec(line)!;
        return `${file}:${lineNumber} ${rule} ${GITHUB_LEVEL[level]}`;
      }),
  rdjsonl: (stdout) =>
    jsonLines(stdout).map(
      (d) =>
        `${d.location.path}:${d.location.range.start.line} ${d.code.value} ${REVIEWDOG_LEVEL[d.severity]}`,
    ),
};

const FORMATS = Object.keys(READ);

describe('a sample site of 20 pages', () => {
  it.each(FORMATS)('gives the expected findings and exit code 1 in %s', async (format) => {
    const { code, stdout } = await run(['--format', format]);
    expect(READ[format](stdout).toSorted()).toEqual(EXPECTED);
    expect(code).toBe(1);
  });

  it.each(FORMATS)(
    'exits with 0 at --fail-level error when only warnings and notes are new, in %s',
    async (format) => {
      const baseline = join(site, 'baseline.json');
      expect((await run(['--write-baseline', baseline])).code).toBe(0);
      const { code, stdout } = await run(['--format', format, '--baseline', baseline]);
      expect(READ[format](stdout)).toEqual([]);
      expect(code).toBe(0);
    },
  );

  it.each(FORMATS)(
    'reports only what is new after edits, and fails on a new error, in %s',
    async (format) => {
      const baseline = join(site, 'baseline.json');
      await run(['--write-baseline', baseline]);
      write({
        'pages/01-rsd.html': page(
          '<h1>Old words</h1>\n<p>A new line above.</p>\n<p>Some still say RSD.</p>',
        ),
        'pages/09-plain.html': page(`${NEUTRAL}\n<p>New: RSD and CRPS.</p>`),
      });
      try {
        const { code, stdout } = await run(['--format', format, '--baseline', baseline]);
        expect(READ[format](stdout).toSorted()).toEqual([
          'pages/09-plain.html:4 crps warning',
          'pages/09-plain.html:4 rsd error',
        ]);
        expect(code).toBe(1);
        const warnings = await run([
          '--format',
          format,
          '--baseline',
          baseline,
          '--fail-on',
          'crps',
        ]);
        expect(warnings.code).toBe(1);
      } finally {
        write({
          'pages/01-rsd.html': PAGES['pages/01-rsd.html'],
          'pages/09-plain.html': PAGES['pages/09-plain.html'],
        });
      }
    },
  );

  it('counts 20 pages, 18 read and 2 ignored', async () => {
    const { stdout } = await run([]);
    expect(Object.keys(PAGES)).toHaveLength(20);
    expect(stdout).toContain('18 files read\n');
    expect(stdout).toContain('not reported: 4 silenced by comments\n');
  });
});
