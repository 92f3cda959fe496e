import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/glossary';
import { contractLinesOf, runCollecting, useTempFolder } from './support/cli';

// Files are untrusted input (issue 13): none of these may hang the scan, exhaust memory or
// write to the terminal what the file's author chose.

const dir = useTempFolder('amps-lens-hostile-');
// The environment the command falls back to on its own: the process's.
const run = (args: string[]) => runCollecting(args, { env: process.env });

describe('links in a scanned folder', () => {
  it('refuses a .txt link to a FIFO instead of waiting for a writer for ever', async () => {
    const folder = join(dir(), 'site');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(dir(), 'fifo')]);
    symlinkSync(join(dir(), 'fifo'), join(folder, 'a-fifo.txt'));
    writeFileSync(join(folder, 'b.txt'), 'causalgia');
    const result = await run(['scan', '--json', folder]);
    expect(contractLinesOf(result.stdout)).toEqual([
      { file: join(folder, 'a-fifo.txt'), error: 'not a regular file' },
      { file: join(folder, 'b.txt'), matches: [expect.objectContaining({ term: 'causalgia' })] },
    ]);
    expect(result.code).toBe(2);
  });

  it('refuses a .txt link to /dev/zero instead of reading it until memory runs out', async () => {
    symlinkSync('/dev/zero', join(dir(), 'zero.txt'));
    const result = await run(['scan', '--json', dir()]);
    expect(contractLinesOf(result.stdout)).toEqual([
      { file: join(dir(), 'zero.txt'), error: 'not a regular file' },
    ]);
    expect(result.code).toBe(2);
  });

  it('refuses the same links named on the command line', async () => {
    symlinkSync('/dev/zero', join(dir(), 'zero.html'));
    const result = await run(['scan', '--json', join(dir(), 'zero.html')]);
    expect(contractLinesOf(result.stdout)).toEqual([
      { file: join(dir(), 'zero.html'), error: 'not a file or folder' },
    ]);
  });
});

describe('file names', () => {
  // A name that would colour the terminal and forge a report line of its own.
  const name = 'a\u001b[2J\u001b]0;owned\u0007\nforged.txt:1:1  rsd  "RSD"\u202e.txt';

  it('escapes control characters in report lines and on stderr', async () => {
    writeFileSync(join(dir(), name), 'causalgia');
    const report = await run(['scan', dir()]);
    const [line] = report.stdout.split('\n');
    expect(line).toBe(
      `${dir()}/a\\x1b[2J\\x1b]0;owned\\x07\\x0aforged.txt:1:1  rsd  "RSD"\\u{202e}.txt:1:1  error  causalgia  "causalgia"  → ${GLOSSARY.causalgia.suggestedWording}`,
    );
    writeFileSync(join(dir(), name), new Uint8Array([0]));
    const failed = await run(['scan', dir()]);
    expect(failed.stderr).toBe(
      `amps-lens: ${dir()}/a\\x1b[2J\\x1b]0;owned\\x07\\x0aforged.txt:1:1  rsd  "RSD"\\u{202e}.txt: binary file (it contains NUL bytes); scan reads UTF-8 text\n`,
    );
  });

  it('keeps the name exact in --json, where JSON escaping makes it safe', async () => {
    writeFileSync(join(dir(), name), 'plain');
    const result = await run(['scan', '--json', dir()]);
    expect(result.stdout).not.toContain('\u001b');
    expect(contractLinesOf(result.stdout)).toEqual([{ file: join(dir(), name), matches: [] }]);
  });
});

describe('deeply nested HTML', () => {
  // The time limit is only a bound for a loaded machine: before the nesting bound this took minutes.
  it(
    'reads a page nested a million elements deep, where the term is',
    { timeout: 60_000 },
    async () => {
      const depth = 1_000_000;
      const html = `<body>${'<div>'.repeat(depth)}RSD<br>here${'</div>'.repeat(depth)}<p>causalgia</p></body>`;
      const path = join(dir(), 'deep.html');
      writeFileSync(path, html);
      const result = await run(['scan', '--json', path]);
      const [line] = contractLinesOf(result.stdout);
      expect(line.matches.map((match: { term: string }) => match.term)).toEqual([
        'rsd',
        'causalgia',
      ]);
      const report = await run(['scan', path]);
      // Positions still point into the page's own HTML.
      expect(report.stdout).toContain(`deep.html:1:${html.indexOf('RSD') + 1}  error  rsd  "RSD"`);
    },
  );
});
