import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package a clinic installs: `npm pack`, then `npm install ./amps-lens-X.tgz` in an empty
// folder, offline (the package has no dependencies to fetch), and the installed command run there.

let dir: string;
let clinic: string;
let tarball: string;
let packed: { files: { path: string }[] }[];
const npmEnv = () => ({
  ...process.env,
  npm_config_cache: join(dir, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'amps-lens-package-'));
  clinic = join(dir, 'clinic-site');
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    encoding: 'utf8',
    env: npmEnv(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  packed = JSON.parse(output.slice(output.indexOf('[')));
  tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz'))!,
  );
  execFileSync('mkdir', [clinic]);
  writeFileSync(join(clinic, 'package.json'), '{"name": "clinic-site", "private": true}\n');
  execFileSync('npm', ['install', '--offline', tarball], {
    cwd: clinic,
    env: npmEnv(),
    stdio: 'ignore',
  });
}, 180_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only the command line, its worker, its types, README and LICENSE', () => {
    const files = packed[0].files.map((file) => file.path).toSorted();
    expect(files.filter((path) => !path.startsWith('dist/types/'))).toEqual([
      'LICENSE',
      'README.md',
      'bin/amps-lens.js',
      'dist/cli-worker.js',
      'dist/cli.js',
      'package.json',
    ]);
    expect(files).toContain('dist/types/src/cli/main.d.ts');
    expect(files.every((path) => !path.startsWith('dist/types/') || path.endsWith('.d.ts'))).toBe(
      true,
    );
  });

  it('runs no install scripts and needs no dependencies', () => {
    const manifest = JSON.parse(
      readFileSync(join(clinic, 'node_modules/amps-lens/package.json'), 'utf8'),
    );
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(manifest.scripts?.[script]).toBeUndefined();
    }
    expect(manifest.dependencies).toBeUndefined();
    expect(
      readdirSync(join(clinic, 'node_modules')).filter((name) => !name.startsWith('.')),
    ).toEqual(['amps-lens']);
  });

  it('installs and runs as npx amps-lens scan in the clinic folder', () => {
    writeFileSync(join(clinic, 'page.html'), '<body><p>Her RSD.</p></body>');
    const result = spawnSync('npx', ['--no-install', 'amps-lens', 'scan', 'page.html'], {
      cwd: clinic,
      encoding: 'utf8',
      env: npmEnv(),
    });
    expect(result.stdout).toContain('page.html:1:14  error  rsd  "RSD"');
    expect(result.status).toBe(1);
  });

  it('reads a PDF there with clean --json output (pdf.js finds no canvas package in a clinic folder)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Seen for RSD of the left foot.', { x: 72, y: 700, size: 11, font });
    writeFileSync(join(clinic, 'letter.pdf'), await doc.save());
    const result = spawnSync('npx', ['--no-install', 'amps-lens', 'scan', '--json', 'letter.pdf'], {
      cwd: clinic,
      encoding: 'utf8',
      env: npmEnv(),
    });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).matches[0]).toMatchObject({ term: 'rsd', page: 1, line: 1 });
  });

  it('gives the typed Node API: scanText and scanFile', () => {
    writeFileSync(join(clinic, 'note.txt'), 'CRPS since May');
    writeFileSync(
      join(clinic, 'use.mjs'),
      `import { scanText, scanFile } from 'amps-lens';
const text = scanText('<p>RSD</p>', { kind: 'html', file: 'a.html' });
const file = await scanFile('note.txt');
console.log(JSON.stringify([text.findings.map((f) => [f.ruleId, f.severity, f.line, f.column]), file.findings.map((f) => f.match.text)]));`,
    );
    const output = execFileSync(process.execPath, ['use.mjs'], { cwd: clinic, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([[['rsd', 'error', 1, 4]], ['CRPS']]);
    const types = readFileSync(
      join(clinic, 'node_modules/amps-lens/dist/types/src/cli/api.d.ts'),
      'utf8',
    );
    expect(types).toContain(
      'export declare function scanText(text: string, options?: ScanTextOptions): FileReport;',
    );
  });
});
