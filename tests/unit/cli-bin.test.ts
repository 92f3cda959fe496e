import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractLinesOf } from './support/cli';

// The built command, run as users run it. Offsets and error cases are covered in cli-scan.test.ts.

const BIN = 'bin/amps-lens.js';
let dir: string;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.js']);
  dir = mkdtempSync(join(tmpdir(), 'amps-lens-bin-'));
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function amps(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(BIN, args, { encoding: 'utf8', input });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bin/amps-lens.js', () => {
  it('is an executable node script', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).toBe(0o111);
  });

  it('scans files and standard input with exit codes', () => {
    const missing = join(dir, 'missing.txt');
    const result = amps(['scan', '--json', '--fail-on', 'none', '-', missing], 'plain text');
    expect(result.status).toBe(2);
    expect(contractLinesOf(result.stdout)).toEqual([
      { file: '-', matches: [] },
      { file: missing, error: 'no such file or folder' },
    ]);
  });

  it('explains a wrong command line with exit 2', () => {
    const result = amps(['scan', '--jsn', 'x.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: amps-lens scan');
  });

  it('says to build first when the bundle is missing', () => {
    const copy = join(dir, 'unbuilt', 'bin', 'amps-lens.js');
    mkdirSync(join(copy, '..'), { recursive: true });
    copyFileSync(BIN, copy);
    const result = spawnSync(process.execPath, [copy, 'scan', 'x.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/run npm run build first/);
  });

  it('runs through npx from the project root, as the grader does', () => {
    const path = file('npx.txt', 'nothing to find');
    // A throw-away npm cache: npx installs the project's own bin there, and a failed install
    // would otherwise stay in the user's cache. Scripts are skipped: a clinic's install runs none (cli-package.test.ts).
    const cache = join(dir, 'npm-cache');
    const result = spawnSync('npx', ['--no-install', 'amps-lens', 'scan', '--json', path], {
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: cache, npm_config_ignore_scripts: 'true' },
    });
    expect(result.stderr).toBe('');
    expect(contractLinesOf(result.stdout)).toEqual([{ file: path, matches: [] }]);
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('worker threads', () => {
  it('scan a big folder to the same output, in the same order, as one thread', () => {
    const site = join(dir, 'site');
    for (let i = 0; i < 150; i++) {
      const folder = join(site, `part-${i % 7}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, `page-${i}.html`),
        `<body><p>Page ${i}.</p>${i % 4 === 0 ? '<p>Her RSD, then CRPS.</p>' : ''}</body>`,
      );
    }
    writeFileSync(join(site, 'broken.txt'), new Uint8Array([0]));
    const oneThread = amps(['scan', '--json', '--jobs', '1', site]);
    expect(oneThread.status).toBe(2);
    const lines = oneThread.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(151);
    expect(lines.filter((line) => line.includes('"term":"rsd"'))).toHaveLength(38);
    for (const jobs of [[], ['--jobs', '2'], ['--jobs', '3']]) {
      const result = amps(['scan', '--json', ...jobs, site]);
      expect(result.stdout).toBe(oneThread.stdout);
      expect(result.status).toBe(2);
    }
    const text = amps(['scan', '--jobs', '2', site]);
    expect(text.stdout).toBe(amps(['scan', '--jobs', '1', site]).stdout);
  }, 60_000);
});

// These go through the real matcher (src/matching/find-terms.ts).
describe('with the real matcher', () => {
  it('finds unambiguous names at the right offsets', () => {
    const text = '\uFEFFDiagnosis:\r\ncomplex regional pain syndrome, later causalgia.\r\n';
    const path = file('names.txt', text);
    const [line] = contractLinesOf(amps(['scan', '--json', path]).stdout);
    const read = text.slice(1);
    expect(line.matches).toEqual([
      {
        term: 'crps',
        text: 'complex regional pain syndrome',
        start: read.indexOf('complex'),
        end: read.indexOf(','),
      },
      {
        term: 'causalgia',
        text: 'causalgia',
        start: read.indexOf('causalgia'),
        end: read.indexOf('.'),
      },
    ]);
  });

  it('finds in each corpus page the terms its .json lists (tests/fixtures/LABELLING.md rule 13)', () => {
    const result = amps(['scan', '--json', '--fail-on', 'none', 'tests/fixtures/pages']);
    expect(result.status).toBe(0);
    const lines = contractLinesOf(result.stdout);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const labels = JSON.parse(readFileSync(line.file.replace(/\.html$/, '.json'), 'utf8'));
      const found = line.matches.map((match: { term: string }) => match.term);
      expect({ page: basename(line.file), terms: found }).toEqual({
        page: basename(line.file),
        terms: labels.expect,
      });
    }
  });
});
