import { chmodSync, mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/glossary';
import { MAX_INPUT_BYTES } from '../../src/cli/inputs';
import type { FindTerms } from '../../src/cli/scan';
import { findTerms } from '../../src/matching/find-terms';
import type { TermId } from '../../src/terms/term-match';
import {
  contractLinesOf,
  jsonLinesOf,
  runCollecting,
  useTempFolder,
  writeIn,
  type CliRunOptions,
} from './support/cli';

/** A stand-in matcher, so these tests check the command line and not the matcher. */
const findWords: FindTerms = (text) =>
  [...text.matchAll(/\b(?:CRPS|AMPS|RSD|causalgia)\b/g)].map((found) => {
    const term = found[0].toLowerCase() as TermId;
    const start = found.index;
    return {
      term,
      text: found[0],
      start,
      end: start + found[0].length,
      card: term,
      language: 'en' as const,
    };
  });

/** "CRPS type II" is matched as crps but explained by the causalgia card. */
const findTypeTwo: FindTerms = () => [
  { term: 'crps', text: 'CRPS type II', start: 0, end: 12, card: 'causalgia', language: 'en' },
];

const findAllAsRsd: FindTerms = (text) => [
  { term: 'rsd', text, start: 0, end: text.length, card: 'rsd', language: 'en' },
];

/** Runs the command line with the stand-in matcher unless told otherwise, in the process's environment. */
const run = (args: string[], { stdin, find = findWords }: CliRunOptions = {}) =>
  runCollecting(args, { stdin, find, env: process.env });

const dir = useTempFolder('amps-lens-cli-');
const file = (name: string, content: string | Uint8Array) => writeIn(dir(), name, content);

describe('--json', () => {
  it('gives one line per file with the term, text and UTF-16 offsets of each match', async () => {
    const path = file('note.txt', 'Dx: CRPS 🙂 then AMPS');
    const { code, stdout } = await run(['scan', '--json', '--fail-on', 'none', path]);
    expect(code).toBe(0);
    expect(contractLinesOf(stdout)).toEqual([
      {
        file: path,
        matches: [
          { term: 'crps', text: 'CRPS', start: 4, end: 8 },
          { term: 'amps', text: 'AMPS', start: 17, end: 21 },
        ],
      },
    ]);
  });

  it('gives offsets into the .txt with its BOM removed and its CRLF line endings kept', async () => {
    const text = 'First line\r\nthen CRPS\r\n\r\nand RSD at last\r\n';
    const path = file('bom.txt', `\uFEFF${text}`);
    const [line] = contractLinesOf((await run(['scan', '--json', path])).stdout);
    expect(line.matches).toHaveLength(2);
    for (const match of line.matches) expect(text.slice(match.start, match.end)).toBe(match.text);
    expect(line.matches[0].start).toBe(text.indexOf('CRPS'));
  });

  it('gives offsets into the text read from HTML', async () => {
    const path = file(
      'page.html',
      '<head><title>RSD</title></head><body><p>a</p><p>CRPS</p></body>',
    );
    const [line] = contractLinesOf((await run(['scan', '--json', path])).stdout);
    expect(line.matches).toEqual([{ term: 'crps', text: 'CRPS', start: 2, end: 6 }]);
  });

  it('gives a line with an empty list for a file without matches', async () => {
    const path = file('empty.txt', '');
    expect(contractLinesOf((await run(['scan', '--json', path])).stdout)).toEqual([
      { file: path, matches: [] },
    ]);
  });

  it('keeps `card` and any other matcher detail out of the output', async () => {
    const path = file('type2.txt', 'CRPS type II');
    const [line] = jsonLinesOf((await run(['scan', '--json', path], { find: findTypeTwo })).stdout);
    expect(Object.keys(line.matches[0])).toEqual([
      'term',
      'text',
      'start',
      'end',
      'line',
      'column',
      'endLine',
      'endColumn',
      'category',
      'severity',
      'suggestion',
      'helpUri',
      'fingerprint',
    ]);
  });
});

describe('inputs', () => {
  it('reads folders recursively, the kinds it reads only, in sorted order', async () => {
    file('b.txt', 'RSD');
    file('a/z.htm', '<p>CRPS</p>');
    file('a/y/deep.HTML', '<p>AMPS</p>');
    file('c.md', 'AMPS');
    file('d.rtf', 'CRPS');
    file('a/notes', 'CRPS');
    const { code, stdout } = await run(['scan', '--json', '--fail-on', 'none', dir()]);
    expect(code).toBe(0);
    expect(contractLinesOf(stdout).map((line) => [line.file, line.matches[0].term])).toEqual([
      [join(dir(), 'a/y/deep.HTML'), 'amps'],
      [join(dir(), 'a/z.htm'), 'crps'],
      [join(dir(), 'b.txt'), 'rsd'],
      [join(dir(), 'c.md'), 'amps'],
    ]);
  });

  it('reads files in the order given, the same file twice if asked', async () => {
    const a = file('a.txt', 'AMPS');
    const b = file('b.txt', 'CRPS');
    const { stdout } = await run(['scan', '--json', b, a, b]);
    expect(contractLinesOf(stdout).map((line) => line.file)).toEqual([b, a, b]);
  });

  it('reads standard input as text, named -', async () => {
    const stdin = [Buffer.from('\uFEFFmy son has '), Buffer.from('CRPS')];
    const { stdout } = await run(['scan', '--json', '-'], { stdin });
    expect(contractLinesOf(stdout)).toEqual([
      { file: '-', matches: [{ term: 'crps', text: 'CRPS', start: 11, end: 15 }] },
    ]);
  });

  it('reads a file named like an option after --', async () => {
    const path = file('--odd.txt', 'CRPS');
    const { stdout } = await run(['scan', '--json', '--', path]);
    expect(contractLinesOf(stdout)[0].file).toBe(path);
  });
});

/** Scans `path` then a good file, and returns the line about `path`. */
async function errorOf(path: string) {
  const good = file('good.txt', 'AMPS');
  const result = await run(['scan', '--json', '--fail-on', 'none', path, good]);
  const lines = contractLinesOf(result.stdout);
  // The others still go on, and the failure wins the exit code.
  expect(lines[lines.length - 1]).toEqual({
    file: good,
    matches: [{ term: 'amps', text: 'AMPS', start: 0, end: 4 }],
  });
  expect(result.code).toBe(2);
  return lines[0];
}

describe('inputs that cannot be read', () => {
  it('reports a missing file', async () => {
    const missing = join(dir(), 'missing.txt');
    expect(await errorOf(missing)).toEqual({ file: missing, error: 'no such file or folder' });
  });

  it('reports a binary file (NUL bytes)', async () => {
    const path = file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect((await errorOf(path)).error).toMatch(/binary file/);
  });

  it('reports a file that is not UTF-8', async () => {
    const path = file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1
    expect((await errorOf(path)).error).toMatch(/not valid UTF-8/);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_INPUT_BYTES + 1);
    expect((await errorOf(path)).error).toMatch(/larger than 50 MB/);
  });

  it('refuses standard input over 50 MB', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const stdin = Array.from({ length: 51 }, () => chunk);
    const { code, stdout } = await run(['scan', '--json', '-'], { stdin });
    expect(code).toBe(2);
    expect(contractLinesOf(stdout)).toEqual([
      { file: '-', error: expect.stringMatching(/standard input is larger than 50 MB/) },
    ]);
  });

  it('reports standard input named twice', async () => {
    const { stdout } = await run(['scan', '--json', '-', '-'], { stdin: [Buffer.from('x')] });
    expect(contractLinesOf(stdout)[1]).toEqual({
      file: '-',
      error: 'standard input was already read',
    });
  });

  it('reports a file named with an unsupported extension', async () => {
    const path = file('notes.rtf', 'CRPS');
    expect((await errorOf(path)).error).toMatch(
      /unsupported file type.*\.txt, \.html, \.htm, \.md, \.markdown, \.mdx, \.pdf, \.docx/,
    );
  });

  it('reports a file under a folder that cannot be read, and goes on', async () => {
    const folder = join(dir(), 'folder');
    mkdirSync(folder);
    symlinkSync('loop.txt', join(folder, 'loop.txt'));
    expect(await errorOf(folder)).toEqual({
      file: join(folder, 'loop.txt'),
      error: 'too many levels of symbolic links',
    });
  });

  // Root reads anything, whatever the permissions say.
  it.skipIf(process.getuid?.() === 0)(
    'reports an unreadable folder and file, and goes on',
    async () => {
      const folder = join(dir(), 'locked');
      mkdirSync(folder);
      chmodSync(folder, 0o000);
      const locked = file('locked.txt', 'CRPS');
      chmodSync(locked, 0o000);
      try {
        expect(await errorOf(folder)).toEqual({ file: folder, error: 'permission denied' });
        expect(await errorOf(locked)).toEqual({ file: locked, error: 'permission denied' });
      } finally {
        chmodSync(folder, 0o700);
      }
    },
  );

  it('reports errors on stderr without --json', async () => {
    const missing = join(dir(), 'missing.txt');
    const { code, stdout, stderr } = await run(['scan', missing]);
    expect(code).toBe(2);
    expect(stderr).toBe(`amps-lens: ${missing}: no such file or folder\n`);
    expect(stdout).toBe('0 files read, 1 input could not be read\n0 findings\n');
  });
});

/** The exit code of scanning `text` with these options. */
/** The same, through the real matcher. */
const scanWithMatcher = async (text: string) =>
  (await run(['scan', '--json', file('real.txt', text)], { find: findTerms })).code;

const scan = async (text: string, ...options: string[]) =>
  (await run(['scan', '--json', ...options, file('input.txt', text)])).code;

describe('exit codes and --fail-on', () => {
  it('fails on the older names only by default, not on current diagnoses or amps', async () => {
    expect(await scan('nothing here')).toBe(0);
    expect(await scan('AMPS')).toBe(0);
    expect(await scan('CRPS')).toBe(0);
    expect(await scan('causalgia')).toBe(1);
    expect(await scan('RSD')).toBe(1);
  });

  it('does not fail by default on the medical "sympathetic", which needs no rewording', async () => {
    expect(await scanWithMatcher('the sympathetic nervous system')).toBe(0);
    expect(await scanWithMatcher('juvenile fibromyalgia')).toBe(0);
    expect(await scanWithMatcher('CRPS type I')).toBe(0);
  });

  it('takes term ids and the glossary categories, comma separated', async () => {
    expect(await scan('CRPS', '--fail-on', 'rsd')).toBe(0);
    expect(await scan('CRPS', '--fail-on', 'rsd,crps')).toBe(1);
    expect(await scan('CRPS', '--fail-on=current-term')).toBe(1);
    expect(await scan('CRPS', '--fail-on', 'older-name')).toBe(0);
    expect(await scan('RSD', '--fail-on', 'older-name')).toBe(1);
    expect(await scan('AMPS', '--fail-on', 'chop-umbrella')).toBe(1);
    expect(await scan('AMPS', '--fail-on', 'amps')).toBe(1);
    expect(await scan('AMPS', '--fail-on', 'all')).toBe(1);
  });

  it('never fails on terms with --fail-on none', async () => {
    expect(await scan('CRPS RSD causalgia', '--fail-on', 'none')).toBe(0);
  });

  it('gives 2 rather than 1 when an input also failed', async () => {
    const path = file('crps.txt', 'CRPS');
    expect((await run(['scan', path, join(dir(), 'missing.txt')])).code).toBe(2);
  });
});

describe('command line', () => {
  it.each([
    [[], /missing command: scan/],
    [['check', 'x.txt'], /unknown command 'check'/],
    [['scan'], /no PATH to scan/],
    [['scan', '--verbose', 'x.txt'], /Unknown option '--verbose'/],
    [['scan', '--fail-on'], /argument missing/],
    [['scan', '--fail-on', 'crps,bogus', 'x.txt'], /unknown category or term 'bogus'/],
    [['scan', '--fail-on', 'none,crps', 'x.txt'], /'none' cannot be combined/],
  ])('rejects %j with exit 2 and the usage', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain(
      'Usage: amps-lens scan [--json] [--fail-on CATEGORIES] [options] PATH...',
    );
  });

  it.each([['--help'], ['-h'], ['scan', '--help']])(
    'explains everything with %j',
    async (...args) => {
      const { code, stdout } = await run(args);
      expect(code).toBe(0);
      for (const topic of [
        '--json',
        '--fail-on',
        'older-name',
        'none',
        'Exit codes',
        '50 MB',
        '-',
      ]) {
        expect(stdout).toContain(topic);
      }
    },
  );
});

describe('the readable report', () => {
  it('gives path:line:column, term, matched words and suggested wording, then a summary', async () => {
    const a = file('a.txt', 'line one\r\nsaid CRPS,\nthen causalgia and CRPS\rAMPS');
    const b = file('b.txt', 'nothing');
    const { code, stdout, stderr } = await run(['scan', a, b]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        `${a}:2:6  warning  crps  "CRPS"  → ${GLOSSARY.crps.suggestedWording}`,
        `${a}:3:6  error  causalgia  "causalgia"  → ${GLOSSARY.causalgia.suggestedWording}`,
        `${a}:3:20  warning  crps  "CRPS"  → ${GLOSSARY.crps.suggestedWording}`,
        `${a}:4:1  note  amps  "AMPS"  → ${GLOSSARY.amps.suggestedWording}`,
        '2 files read',
        '4 findings: crps 2, causalgia 1, amps 1',
        '1 finding fails the run',
        '',
      ].join('\n'),
    );
  });

  it("points into a page's HTML, where its author would edit it", async () => {
    const page = file(
      'page.html',
      '<!doctype html>\n<html><head><title>CRPS</title></head>\n<body>\n  <h1>About <b>AMPS</b></h1>\n  <p>Her CRPS, and RSD.</p>\n</body></html>',
    );
    const { stdout } = await run(['scan', '--fail-on', 'none', page]);
    expect(stdout).toContain(`${page}:4:16  note  amps  "AMPS"`);
    expect(stdout).toContain(`${page}:5:10  warning  crps  "CRPS"`);
    expect(stdout).toContain(`${page}:5:20  error  rsd  "RSD"`);
  });

  it('suggests the wording of the card that explains the match', async () => {
    const path = file('type2.txt', 'CRPS type II');
    const { stdout } = await run(['scan', path], { find: findTypeTwo });
    expect(stdout).toContain(
      `  warning  crps  "CRPS type II"  → ${GLOSSARY.causalgia.suggestedWording}\n`,
    );
  });

  it('shows line breaks inside a match escaped, on one line', async () => {
    const path = file('split.txt', 'reflex sympathetic\ndystrophy');
    const { stdout } = await run(['scan', path], { find: findAllAsRsd });
    expect(stdout).toContain(`${path}:1:1  error  rsd  "reflex sympathetic\\ndystrophy"  →`);
  });
});
