import { describe, expect, it } from 'vitest';
import { DISCLAIMER, GLOSSARY } from '../glossary/glossary';
import { formatPageReport } from './page-report';

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
    expect(lines[0]).toBe(`# AMPS Lens report: <${url}>`);
    expect(report).toContain('2 terms, 3 mentions.');
    expect(report).toContain('## Reflex sympathetic dystrophy (RSD): 2 mentions');
    expect(report).toContain('## Fibromyalgia and juvenile fibromyalgia: 1 mention');
    expect(report).toContain('1. “was told it was RSD in 1994”');
    expect(report).toContain('1. “RSD, now CRPS”');
    expect(report).toContain(`- **Suggested wording:** ${GLOSSARY.rsd.sayInstead}`);
    expect(report).toContain(`- **Note:** ${GLOSSARY.fibromyalgia.clinicianNote}`);
    expect(report).toContain('- **Category:** Older name');
    // Each cited source once, in number order, with its link.
    const cited = [...new Set([...GLOSSARY.rsd.sourceIds, ...GLOSSARY.fibromyalgia.sourceIds])];
    const sourceLines = lines.filter((line) => /^\d+\. .*<https?:\/\//.test(line));
    expect(sourceLines.map((line) => Number(line.split('.')[0]))).toEqual(
      cited.toSorted((a, b) => a - b),
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
  });
});
