import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { jsonLinesOf, runCollecting, useTempFolder, writeIn } from './support/cli';
import { docx, twoColumns } from './support/make-documents';

// Markdown, MDX, PDF and Word files (issue 16), through the real matcher and src/documents.

const dir = useTempFolder('amps-lens-documents-', { enter: true });
const run = (args: string[]) => runCollecting(['scan', ...args]);

/** Writes a file in the test's folder (the working folder); returns its name. */
function file(name: string, content: string | Uint8Array): string {
  writeIn(dir(), name, content);
  return name;
}

/** `term line:column` (and `page`) of each match of one file, from --json. */
async function found(name: string): Promise<string[]> {
  const [line] = jsonLinesOf((await run(['--json', name])).stdout);
  expect(line.error).toBeUndefined();
  return line.matches.map(
    (m: { term: string; text: string; line: number; column: number; page?: number }) =>
      `${m.term} "${m.text}" ${m.line}:${m.column}${m.page === undefined ? '' : ` page ${m.page}`}`,
  );
}

const MARKDOWN = `---
title: RSD in children
tags: [crps]
---

# About CRPS

Some pages still say *RSD*, or [causalgia](https://example.org/rsd).

\`\`\`
RSD in a code block
\`\`\`

Inline \`CRPS\` code is skipped; fibromyalgia is not.

- a list item on AMPS
`;

describe('Markdown and MDX', () => {
  it('reads the prose with a Markdown parser, skipping front matter and code, at source positions', async () => {
    file('page.md', MARKDOWN);
    expect(await found('page.md')).toEqual([
      'crps "CRPS" 6:9',
      'rsd "RSD" 8:23',
      'causalgia "causalgia" 8:33',
      'fibromyalgia "fibromyalgia" 14:32',
      'amps "AMPS" 16:18',
    ]);
  });

  it('reads .markdown and .mdx, MDX expressions and imports skipped, JSX text read', async () => {
    file('a.markdown', 'Her RSD');
    file(
      'b.mdx',
      "import Box from './box'\n\n# Pain\n\n<Box>CRPS in a box</Box>\n\n{'RSD in an expression'}\n\nThen causalgia.\n",
    );
    expect(await found('a.markdown')).toEqual(['rsd "RSD" 1:5']);
    expect(await found('b.mdx')).toEqual(['crps "CRPS" 5:6', 'causalgia "causalgia" 9:6']);
  });

  it('honours suppression comments', async () => {
    file('s.md', '<!-- amps-lens-disable-next-line -->\nRSD here\n\nRSD there\n');
    expect(await found('s.md')).toEqual(['rsd "RSD" 4:1']);
  });
});

describe('PDF', () => {
  it('reads a two-column page column by column, a hyphenated word joined, at page and paragraph', async () => {
    file('handout.pdf', await twoColumns());
    const [line] = jsonLinesOf((await run(['--json', 'handout.pdf'])).stdout);
    expect(
      line.matches.map((m: { term: string; text: string; page: number }) => [
        m.term,
        m.text,
        m.page,
      ]),
    ).toEqual([
      ['rsd', 'reflex sympathetic dystrophy', 2],
      ['crps', 'CRPS type I', 2],
      ['amps', 'AMPS', 2],
    ]);
    const { stdout } = await run(['handout.pdf']);
    expect(stdout).toMatch(
      /^handout\.pdf:1:\d+ page 2 {2}error {2}rsd {2}"reflex sympathetic dystrophy"/,
    );
  });

  it('gives one clear error line for a scanned, a broken and a locked file, and scans the others', async () => {
    const scanned = await PDFDocument.create();
    scanned.addPage();
    file('a-scanned.pdf', await scanned.save());
    file('b-broken.pdf', '%PDF-1.7\n1 0 obj <<\ntruncated');
    file('c-good.pdf', await twoColumns());
    const { code, stdout, stderr } = await run(['.']);
    expect(code).toBe(2);
    const errors = stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^amps-lens: a-scanned\.pdf: .*text/i);
    expect(errors[1]).toMatch(/^amps-lens: b-broken\.pdf: .*could not be read as a PDF/);
    expect(stdout).toContain('c-good.pdf:1:');
    const json = jsonLinesOf((await run(['--json', '.'])).stdout);
    expect(
      json.map((line: { file: string; error?: string }) => [line.file, line.error === undefined]),
    ).toEqual([
      ['a-scanned.pdf', false],
      ['b-broken.pdf', false],
      ['c-good.pdf', true],
    ]);
  });
});

describe('Word', () => {
  it('gives the paragraph number as the line', async () => {
    file(
      'letter.docx',
      docx(['Dear family,', '', 'We saw your son about RSD.', 'Ask about CRPS.']),
    );
    expect(await found('letter.docx')).toEqual(['rsd "RSD" 2:23', 'crps "CRPS" 3:11']);
  });

  it('gives a clear error for a damaged file', async () => {
    file('bad.docx', 'PK\u0003\u0004 not really a zip');
    const { code, stderr } = await run(['bad.docx']);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('every format and option with the new kinds', () => {
  it('reports a folder of Markdown, PDF and Word files in sarif, github and rdjsonl', async () => {
    file('site/a.md', '# RSD\n');
    file('site/b.pdf', await twoColumns());
    file('site/c.docx', docx(['causalgia']));
    for (const format of ['sarif', 'github', 'rdjsonl']) {
      const { code, stdout } = await run(['--format', format, 'site']);
      expect(code).toBe(1);
      for (const name of ['a.md', 'b.pdf', 'c.docx']) expect(stdout).toContain(name);
    }
    const { stdout } = await run(['--format', 'github', 'site']);
    expect(stdout).toContain('::error file=site/b.pdf,line=1,');
    expect(stdout).toContain('::Page 2: Older name');
  });
});
