import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCollecting, writeIn } from './support/cli';
import { docx, twoColumns } from './support/make-documents';

// Issue 16's acceptance check: a folder with a Markdown page, a two-column PDF and a DOCX, and
// a local live site with a sitemap, give the expected findings, locations and reading levels;
// broken inputs each give one clear error line and exit 2 while the others are still scanned.

let dir: string;
let server: Server;
let base: string;
const startFolder = process.cwd();

const LONG =
  'Her leg hurts when it is touched. The care team sees her each week. She walks a bit more each day. We talk about sleep, school and how she feels. Her family comes to each visit. She says the pain is less.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'amps-lens-kinds-'));
  const write = (name: string, content: string | Uint8Array) => writeIn(dir, name, content);
  write(
    'folder/page.md',
    `---\ntitle: RSD\n---\n\n# Words we use\n\n${LONG} Some sites still say RSD.\n\n\`CRPS\` in code\n`,
  );
  write('folder/handout.pdf', await twoColumns());
  write('folder/letter.docx', docx(['Dear family,', 'Your child was seen for causalgia.']));
  write('folder/broken.pdf', '%PDF-1.4 cut short');
  write('folder/broken.docx', 'PK\u0003\u0004 cut short');
  server = createServer((request, response) => {
    const pages: Record<string, [string, string]> = {
      '/sitemap.xml': [
        'application/xml',
        `<urlset><url><loc>${base}/one</loc></url><url><loc>${base}/two</loc></url><url><loc>${base}/gone</loc></url></urlset>`,
      ],
      '/one': [
        'text/html',
        `<html><body><main><p>${LONG}</p><p>Then CRPS.</p></main></body></html>`,
      ],
      '/two': ['text/html', '<html><body><p>Fibromyalgia clinic</p></body></html>'],
    };
    const page = pages[request.url ?? ''];
    response.writeHead(page === undefined ? 404 : 200, {
      'content-type': page?.[0] ?? 'text/plain',
    });
    response.end(page?.[1] ?? 'not found');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.chdir(dir);
}, 30_000);
afterAll(async () => {
  process.chdir(startFolder);
  rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

const run = (args: string[]) => runCollecting(['scan', '--delay', '10', ...args]);

interface Line {
  file: string;
  error?: string;
  matches?: { term: string; line: number; column: number; page?: number }[];
  readingLevels?: { scope: string; line: number; fleschKincaid: number }[];
}

describe('a sample folder and a live site', () => {
  it('give the expected findings, locations and reading levels', async () => {
    const { code, stdout } = await run([
      '--json',
      '--reading-level',
      'folder',
      '--sitemap',
      `${base}/sitemap.xml`,
    ]);
    expect(code).toBe(2);
    const lines: Line[] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const summary = lines.map((line) => ({
      file: line.file.replace(base, ''),
      ...(line.error === undefined
        ? {
            found: line.matches!.map(
              (m) => `${m.term} ${m.line}:${m.column}${m.page ? ` page ${m.page}` : ''}`,
            ),
            levels: line.readingLevels!.map((level) => `${level.scope} line ${level.line}`),
          }
        : { error: true }),
    }));
    expect(summary).toEqual([
      { file: 'folder/broken.docx', error: true },
      { file: 'folder/broken.pdf', error: true },
      {
        file: 'folder/handout.pdf',
        found: ['rsd 1:36 page 2', 'crps 2:19 page 2', 'amps 2:64 page 2'],
        levels: ['page 2 line 1'],
      },
      { file: 'folder/letter.docx', found: ['causalgia 2:25'], levels: [] },
      { file: 'folder/page.md', found: ['rsd 7:227'], levels: ['text line 1'] },
      { file: '/one', found: ['crps 1:238'], levels: ['main line 1'] },
      { file: '/two', found: ['fibromyalgia 1:16'], levels: [] },
      { file: '/gone', error: true },
    ]);
    // The plain-language paragraph reads below grade 8, wherever it is.
    for (const line of lines.filter((each) => /page\.md|\/one/.test(each.file))) {
      expect(line.readingLevels![0].fleschKincaid).toBeLessThan(8);
    }
  });

  it('report each broken input on one line of its own, and scan the rest', async () => {
    const { code, stdout, stderr } = await run(['folder', `${base}/gone`]);
    expect(code).toBe(2);
    const errors = stderr.trimEnd().split('\n');
    expect(errors.map((line) => line.split(':')[1])).toEqual([
      ' folder/broken.docx',
      ' folder/broken.pdf',
      ' http',
    ]);
    expect(errors[2]).toBe(`amps-lens: ${base}/gone: the server answered 404`);
    expect(stdout).toContain('3 files read, 3 inputs could not be read');
  });
});
