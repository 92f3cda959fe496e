import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary/glossary';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { helpUriFor } from '../../src/cli/findings';
import { jsonLinesOf, runCollecting, useTempFolder, writeIn } from './support/cli';

// Every output format, through the real matcher.

const dir = useTempFolder('amps-lens-formats-');

function run(args: string[], env: Record<string, string> = {}) {
  process.chdir(dir());
  return runCollecting(args, { env });
}

const file = (name: string, content: string) => writeIn(dir(), name, content);

const PAGE =
  '<!doctype html>\n<body>\n<p>Her RSD and CRPS,</p>\n<p>Ask the care team.</p>\n</body>\n';

describe('--format json', () => {
  it('adds where, how severe and what to say instead to each match', async () => {
    const page = file('page.html', PAGE);
    const { code, stdout } = await run(['scan', '--format', 'json', page]);
    expect(code).toBe(1);
    const [line] = jsonLinesOf(stdout);
    expect(line.file).toBe(page);
    expect(line.matches[0]).toEqual({
      term: 'rsd',
      text: 'RSD',
      start: 6,
      end: 9,
      line: 3,
      column: 8,
      endLine: 3,
      endColumn: 11,
      category: 'older-name',
      severity: 'error',
      suggestion: GLOSSARY.rsd.suggestedWording,
      helpUri: helpUriFor('rsd'),
      fingerprint: expect.stringMatching(/^[0-9a-f]{20}:0$/),
    });
    expect(line.matches.map((match: { severity: string }) => match.severity)).toEqual([
      'error',
      'warning',
    ]);
  });

  it('is what --json gives', async () => {
    const page = file('page.html', PAGE);
    expect((await run(['scan', '--json', page])).stdout).toBe(
      (await run(['scan', '--format', 'json', page])).stdout,
    );
  });
});

const fingerprints = async (text: string) => {
  const log = JSON.parse((await run(['scan', '--format', 'sarif', file('a.txt', text)])).stdout);
  return log.runs[0].results.map(
    (result: { partialFingerprints: Record<string, string> }) =>
      result.partialFingerprints['ampsLens/v1'],
  );
};

describe('--format sarif', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(
      require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  );
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
    schema,
  );

  it('is a SARIF 2.1.0 log that validates against the schema, with results, fixes and errors', async () => {
    const page = file('a page, 100%.html', PAGE);
    const note = file('notes/letter.txt', 'amps-lens-disable-next-line\nnothing here\nRSD again');
    const { code, stdout } = await run([
      'scan',
      '--format',
      'sarif',
      page,
      note,
      join(dir(), 'missing.txt'),
    ]);
    expect(code).toBe(2);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const [run0] = log.runs;
    expect(run0.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'rsd',
      'crps',
      'fibromyalgia',
      'sympathetic',
      'rnd',
      'causalgia',
      'algodystrophy',
      'amps',
      'unused-suppression',
      'reading-level',
    ]);
    const results = run0.results;
    expect(
      results.map(
        (result: { ruleId: string; level: string }) => `${result.ruleId} ${result.level}`,
      ),
    ).toEqual(['rsd error', 'crps warning', 'unused-suppression note', 'rsd error']);
    const [rsd] = results;
    expect(rsd.ruleIndex).toBe(0);
    expect(rsd.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${encodeURI(dir())}/a%20page%2C%20100%25.html` },
      region: { startLine: 3, startColumn: 8, endLine: 3, endColumn: 11, snippet: { text: 'RSD' } },
    });
    expect(rsd.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(
      'CRPS type I',
    );
    expect(run0.invocations[0].executionSuccessful).toBe(false);
    expect(run0.invocations[0].toolExecutionNotifications[0].message.text).toBe(
      'no such file or folder',
    );
  });

  it('keeps fingerprints when other lines change', async () => {
    const before = await fingerprints('Intro.\nShe has RSD.\nAnd CRPS later.\n');
    const after = await fingerprints(
      'A new first line.\n\nIntro, reworded.\nShe has RSD.\nAnd CRPS later.\n',
    );
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(2);
  });
});

describe('--format github', () => {
  it('escapes workflow command data and properties', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one annotation per finding, at the right level, a file name unable to forge a command', async () => {
    const page = file('x,line=1::error title=forged\n::warning.html', PAGE);
    const { stdout } = await run(['scan', '--format', 'github', '--fail-level', 'note', page]);
    const name = escapeProperty(page);
    expect(name).not.toMatch(/[,:\n]/);
    expect(stdout.split('\n').filter((line) => line !== '')).toEqual([
      `::error file=${name},line=3,col=8,endLine=3,endColumn=11,title=AMPS Lens%3A rsd::Older name: “RSD”. Suggested wording: ${GLOSSARY.rsd.suggestedWording}`,
      `::warning file=${name},line=3,col=16,endLine=3,endColumn=20,title=AMPS Lens%3A crps::Current term, often about adults: “CRPS”. Suggested wording: ${GLOSSARY.crps.suggestedWording}`,
    ]);
  });

  it('uses ::notice for notes, and ::error for an input that cannot be read', async () => {
    const note = file('n.txt', 'Our AMPS clinic');
    const { stdout, code } = await run([
      'scan',
      '--format',
      'github',
      note,
      join(dir(), 'gone.txt'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toContain(`::notice file=${escapeProperty(note)},line=1,col=5,`);
    expect(stdout).toContain(
      `::error file=${escapeProperty(join(dir(), 'gone.txt'))},title=AMPS Lens%3A unreadable::no such file or folder`,
    );
  });

  it('appends a Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = file('summary.md', '# earlier step\n');
    const page = file('p|a<b>.html', PAGE);
    await run(['scan', '--format', 'github', page], { GITHUB_STEP_SUMMARY: summary });
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# earlier step\n## AMPS Lens\n')).toBe(true);
    expect(markdown).toContain('2 findings: rsd 1, crps 1');
    expect(markdown).toContain('| Where | Severity | Term | Words | Suggested wording |');
    expect(markdown).toContain(`p\\|a&#60;b&#62;.html:3:8 | error | rsd | RSD |`);
  });
});

describe('--format rdjsonl', () => {
  it('gives reviewdog diagnostics with UTF-8 columns and the suggested words as a fix', async () => {
    const path = file('ü.txt', 'Très tôt, RSD.\nCRPS type II, and the AMPS team');
    const { stdout } = await run(['scan', '--format', 'rdjsonl', path]);
    const [rsd, crps, amps] = jsonLinesOf(stdout);
    // "Très tôt, " is 10 characters but 12 bytes in UTF-8.
    expect(rsd).toEqual({
      message: `Older name: “RSD”. Suggested wording: ${GLOSSARY.rsd.suggestedWording}`,
      location: {
        path,
        range: { start: { line: 1, column: 13 }, end: { line: 1, column: 16 } },
      },
      severity: 'ERROR',
      source: { name: 'amps-lens' },
      code: { value: 'rsd', url: helpUriFor('rsd') },
      suggestions: [
        {
          range: { start: { line: 1, column: 13 }, end: { line: 1, column: 16 } },
          text: 'CRPS type I',
        },
      ],
    });
    expect(crps.severity).toBe('WARNING');
    expect(crps.suggestions[0].text).toBe('CRPS type II');
    // AMPS is the word to use: nothing to replace it with.
    expect(amps.severity).toBe('INFO');
    expect(amps.suggestions).toBeUndefined();
  });
});
