import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCollecting, useTempFolder, writeIn } from './support/cli';

// --reading-level and --max-grade (issue 16): Flesch–Kincaid and SMOG of each file's text.

const dir = useTempFolder('amps-lens-reading-', { enter: true });
const run = (args: string[]) => runCollecting(['scan', ...args]);

/** Writes a file in the test's folder (the working folder); returns its name. */
function file(name: string, content: string | Uint8Array): string {
  writeIn(dir(), name, content);
  return name;
}

const json = async (args: string[]) => JSON.parse((await run(['--json', ...args])).stdout);

// About grade 2 and about grade 17.
const PLAIN =
  'Her leg hurts. We see her each week. She can walk a bit more now. The team helps her move. She goes to school again. Her mom is glad. We talk to her about her day. She is brave.';
const DENSE =
  'Amplified musculoskeletal pain syndrome constitutes a heterogeneous constellation of nociplastic presentations, characteristically accompanied by autonomic dysregulation, necessitating comprehensive interdisciplinary rehabilitation emphasizing progressive functional restoration. Pharmacological interventions demonstrate inconsistent effectiveness, consequently prioritizing intensive physiotherapeutic desensitization methodologies.';

/** A text in lines of at most 70 characters. */
const wrapped = (text: string) => text.match(/.{1,70}(\s|$)/g)!;

describe('--reading-level', () => {
  it('gives the Flesch–Kincaid grade and SMOG index of the text, and no warning at or below grade 8', async () => {
    file('plain.txt', PLAIN);
    const line = await json(['--reading-level', 'plain.txt']);
    expect(line.readingLevels).toEqual([
      {
        scope: 'text',
        line: 1,
        column: 1,
        words: 39,
        sentences: 8,
        fleschKincaid: expect.any(Number),
        smog: expect.any(Number),
      },
    ]);
    expect(line.readingLevels[0].fleschKincaid).toBeLessThan(4);
    expect(line.notes).toBeUndefined();
    expect((await run(['--reading-level', 'plain.txt'])).code).toBe(0);
  });

  it('warns above --max-grade (default 8), and fails the run at --fail-level warning', async () => {
    file('dense.txt', DENSE);
    const line = await json(['--reading-level', 'dense.txt']);
    expect(line.readingLevels[0].fleschKincaid).toBeGreaterThan(16);
    expect(line.readingLevels[0].smog).toBeGreaterThan(16);
    expect(line.notes).toEqual([
      expect.objectContaining({
        ruleId: 'reading-level',
        severity: 'warning',
        message: expect.stringMatching(
          /^Reading level of the text: Flesch–Kincaid grade [\d.]+ \(SMOG [\d.]+\), above grade 8\.$/,
        ),
      }),
    ]);
    expect((await run(['--reading-level', 'dense.txt'])).code).toBe(0);
    expect((await run(['--reading-level', '--fail-level', 'warning', 'dense.txt'])).code).toBe(1);
    expect((await json(['--max-grade', '60', 'dense.txt'])).notes).toBeUndefined();
    const { stdout } = await run(['--reading-level', 'dense.txt']);
    expect(stdout).toMatch(
      /^dense\.txt:1:1 {2}reading level \(text\): Flesch–Kincaid grade [\d.]+, SMOG [\d.]+, \d+ words\n/,
    );
    expect(stdout).toContain('dense.txt:1:1  warning  reading-level  "Reading level of the text:');
  });

  it("grades each <main> and <article> of a page where it has them, at the part's place", async () => {
    file(
      'page.html',
      `<body>\n<nav>Home</nav>\n<main>\n<p>${PLAIN}</p>\n<article><p>${DENSE}</p></article>\n</main>\n<article>\n<p>${DENSE}</p></article>\n</body>`,
    );
    const line = await json(['--reading-level', 'page.html']);
    expect(
      line.readingLevels.map((level: { scope: string; line: number }) => [level.scope, level.line]),
    ).toEqual([
      ['main', 4],
      ['article 1', 5],
      ['article 2', 8],
    ]);
    expect(line.notes.map((note: { line: number }) => note.line)).toEqual([4, 5, 8]);
  });

  it('grades each page of a PDF', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const text of [PLAIN, DENSE]) {
      const page = doc.addPage();
      wrapped(text).forEach((line, i) =>
        page.drawText(line.trim(), { x: 50, y: 740 - i * 14, size: 11, font }),
      );
    }
    file('handout.pdf', await doc.save());
    const line = await json(['--reading-level', 'handout.pdf']);
    expect(line.readingLevels.map((level: { scope: string }) => level.scope)).toEqual([
      'page 1',
      'page 2',
    ]);
    expect(line.readingLevels[0].fleschKincaid).toBeLessThan(8);
    expect(line.readingLevels[1].fleschKincaid).toBeGreaterThan(8);
  });

  it('leaves short texts ungraded, and refuses a bad --max-grade', async () => {
    file('short.txt', 'Pain clinic opening hours.');
    expect((await json(['--reading-level', 'short.txt'])).readingLevels).toEqual([]);
    const { code, stderr } = await run(['--max-grade', 'six', 'short.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--max-grade: 'six' is not a grade from 0 to 100/);
  });
});
