import { describe, expect, it } from 'vitest';
import {
  DISCLAIMER,
  GLOSSARY,
  REVIEW_STATUS,
  SAFETY_LINE,
  entrySources,
  textOf,
} from '../glossary/glossary';
import { escapeMarkdown, formatPageReport } from './page-report';
import { entryIn } from '../glossary/texts';
import type { GlossaryEntry } from '../glossary/glossary';
import { TERM_IDS, type TermId } from '../terms/term-match';

const url = 'https://forum.example.org/thread/42';

describe('formatPageReport', () => {
  it('lists each term with its count, excerpts, suggested wording and sources', () => {
    const report = formatPageReport(
      {
        url,
        terms: [
          {
            term: 'rsd',
            card: 'rsd',
            count: 2,
            excerpts: ['was told it was RSD in 1994', 'RSD, now CRPS'],
          },
          {
            term: 'fibromyalgia',
            card: 'fibromyalgia',
            count: 1,
            excerpts: ['a juvenile fibromyalgia clinic'],
          },
        ],
      },
      GLOSSARY,
    );
    const lines = report.split('\n');
    expect(lines[0]).toBe('# AMPS Lens report: `https://forum.example.org/thread/42`');
    expect(report).toContain('2 terms, 3 mentions.');
    expect(report).toContain('## Reflex sympathetic dystrophy (RSD): 2 mentions');
    expect(report).toContain('## Fibromyalgia and juvenile fibromyalgia: 1 mention');
    expect(report).toContain('1. “was told it was RSD in 1994”');
    expect(report).toContain('1. “RSD, now CRPS”');
    expect(report).toContain(`- **Suggested wording:** ${GLOSSARY.rsd.suggestedWording}`);
    expect(report).toContain(`- **Note:** ${textOf(GLOSSARY.fibromyalgia.clinician)}`);
    expect(report).toContain('- **Category:** Older name');
    // The same-day safety line with its source, and when the text was last checked (§0.4, §0.9).
    expect(report).toContain(
      `## When to call a doctor today\n\n${SAFETY_LINE.text}\n\nSource: NHS Frimley Healthier Together`,
    );
    expect(report).toContain(`_${REVIEW_STATUS}_`);
    expect(report).toContain('Not yet reviewed by a clinician.');
    // Each cited source once, in number order, with its link where it has one.
    const cited = [
      ...new Set([...entrySources(GLOSSARY.rsd), ...entrySources(GLOSSARY.fibromyalgia)]),
    ];
    const sourceLines = lines
      .slice(lines.indexOf('## Sources'))
      .filter((line) => /^\d+\. /.test(line));
    expect(sourceLines.map((line) => Number(line.split('.')[0]))).toEqual(
      cited.toSorted((a, b) => a - b),
    );
    expect(sourceLines).toContain(
      '15. Wilder RT, “Management of Pediatric Patients With Complex Regional Pain Syndrome.” Clin J Pain 2006;22(5):443–448.',
    );
    expect(report.trimEnd().endsWith(`_${DISCLAIMER}_`)).toBe(true);
  });

  it('keeps terms in page order', () => {
    const report = formatPageReport(
      {
        url,
        terms: [
          { term: 'sympathetic', card: 'sympathetic', count: 1, excerpts: [] },
          { term: 'amps', card: 'amps', count: 1, excerpts: [] },
        ],
      },
      GLOSSARY,
    );
    expect(report.indexOf('Sympathetic')).toBeLessThan(report.indexOf('(AMPS): 1 mention'));
    expect(report).not.toContain('Excerpts:');
  });

  it('escapes Markdown in page text and collapses its white space', () => {
    const report = formatPageReport(
      {
        url,
        terms: [
          { term: 'crps', card: 'crps', count: 1, excerpts: ['**CRPS**\n\n<b>[link](x)</b> _a_'] },
        ],
      },
      GLOSSARY,
    );
    expect(report).toContain('1. “\\*\\*CRPS\\*\\* \\<b\\>\\[link\\](x)\\</b\\> \\_a\\_”');
  });

  it('says when nothing was found', () => {
    const report = formatPageReport({ url, terms: [] }, GLOSSARY);
    expect(report).toContain('No terms found on this page.');
    expect(report).not.toContain('## Sources');
    expect(report).toContain(SAFETY_LINE.text);
  });

  it('keeps secrets in the address out of the heading, and pastes page text as inert text', () => {
    const report = formatPageReport(
      {
        url: 'https://portal.example.org/chart/7?token=SECRET#access_token=SECRET2',
        terms: [
          {
            term: 'rsd',
            card: 'rsd',
            count: 1,
            excerpts: [
              'RSD: see https://evil.example/x?a=1&b=2 or www.evil.example, mail me@evil.example',
            ],
          },
        ],
      },
      GLOSSARY,
    );
    expect(report.split('\n')[0]).toBe('# AMPS Lens report: `https://portal.example.org/chart/7`');
    expect(report).not.toContain('SECRET');
    expect(report).toContain(
      '“RSD: see `https://evil.example/x?a=1&b=2` or `www.evil.example,` mail `me@evil.example`”',
    );
  });

  it('escapes &, Markdown and HTML, and drops bidirectional and invisible controls', () => {
    expect(escapeMarkdown('Tom &amp; <b>RSD</b> *now*')).toBe(
      'Tom &amp;amp; \\<b\\>RSD\\</b\\> \\*now\\*',
    );
    expect(escapeMarkdown('safe \u202etxt.exe\u202c \u2066x\u2069\u200b\u00ad end')).toBe(
      'safe txt.exe x end',
    );
    expect(escapeMarkdown('family 👨\u200d👩\u200d👧')).toBe('family 👨\u200d👩\u200d👧');
    expect(escapeMarkdown('![img](javascript:alert(1))')).toBe('\\!\\[img\\](javascript:alert(1))');
  });
});

describe('the page report in Spanish', () => {
  it('writes its headings, cards, safety line and review status in Spanish', () => {
    const cards = Object.fromEntries(TERM_IDS.map((id) => [id, entryIn(id, 'es')])) as Record<
      TermId,
      GlossaryEntry
    >;
    const report = formatPageReport(
      {
        url: 'https://foro.example/hilo',
        terms: [{ term: 'crps', card: 'crps', count: 2, excerpts: ['le dijeron SDRC'] }],
      },
      cards,
      'es',
    );
    expect(report).toContain('# Informe de AMPS Lens: `https://foro.example/hilo`');
    expect(report).toContain(
      '## Síndrome de dolor regional complejo (SDRC; en inglés, CRPS): 2 menciones',
    );
    expect(report).toContain('- **Categoría:** Término actual, a menudo sobre adultos');
    expect(report).toContain('## Cuándo llamar hoy al médico');
    expect(report).toContain('Llame hoy al médico de su hijo');
    expect(report).toContain('Aún no lo ha revisado ningún profesional clínico.');
    expect(report).not.toMatch(/Suggested wording|When to call|Category/);
  });
});
