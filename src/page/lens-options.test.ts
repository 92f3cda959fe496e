import { describe, expect, it } from 'vitest';
import { GLOSSARY, SAFETY_LINE, type Cited } from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import { TERM_IDS } from '../terms/term-match';
import {
  MAX_TOOLTIP_SOURCES,
  describeCard,
  explainCard,
  shownSentences,
  tooltipSources,
} from './lens-options';

const AUDIENCES = ['parent', 'clinician'] as const;

/** What is wrong with a tooltip's source list for the sentences it shows (docs/BRIEF.md §0.5). */
function sourceProblems(sentences: readonly Cited[], shown: readonly number[]): string[] {
  const problems: string[] = [];
  for (const id of shown) {
    if (!sentences.some((sentence) => sentence.sources.includes(id))) {
      problems.push(`[${id}] is cited by none of its sentences`);
    }
    if (sourceById(id).treatment) problems.push(`[${id}] is a treatment program page`);
  }
  const pediatric = sentences.find((sentence) => sentence.pediatric);
  if (pediatric && shown.length > 0 && !pediatric.sources.includes(shown[0])) {
    problems.push('the pediatric sentence’s source is not first');
  }
  if (shown.length > MAX_TOOLTIP_SOURCES) problems.push('too many sources');
  return problems;
}

describe('tooltip content', () => {
  for (const audience of AUDIENCES) {
    it(`shows only sources its own sentences cite, the pediatric one first (${audience})`, () => {
      for (const card of TERM_IDS) {
        const sentences = shownSentences(card, audience);
        const shown = tooltipSources(sentences);
        expect(shown.length, card).toBeGreaterThan(0);
        expect(sourceProblems(sentences, shown), `${card} ${audience}`).toEqual([]);
        expect(explainCard(card, audience).sources).toEqual(shown.map(sourceById));
      }
    });
  }

  it('catches a source none of the shown sentences cite, and a treatment page', () => {
    const sentences = GLOSSARY.crps.parent;
    expect(sourceProblems(sentences, [7, 28])).toContain('[28] is cited by none of its sentences');
    expect(sourceProblems(sentences, [7, 4])).toContain('[4] is a treatment program page');
    expect(sourceProblems(sentences, [18, 7])).toEqual([]);
    expect(sourceProblems(GLOSSARY.rsd.parent, [18, 7])).toContain(
      'the pediatric sentence’s source is not first',
    );
  });

  it('never links a parent to a treatment program, even where a sentence cites one', () => {
    const cited: Cited[] = [{ text: 'A program.', sources: [4, 7], pediatric: true }];
    expect(tooltipSources(cited)).toEqual([7]);
  });

  it('gives writers’ wording to clinicians only (docs/BRIEF.md §0.2)', () => {
    for (const card of TERM_IDS) {
      expect(explainCard(card, 'parent').suggestedWording, card).toBeUndefined();
      expect(JSON.stringify(explainCard(card, 'parent')), card).not.toContain(
        GLOSSARY[card].suggestedWording,
      );
      expect(explainCard(card, 'clinician').suggestedWording).toBe(GLOSSARY[card].suggestedWording);
    }
  });

  it('puts the same-day safety line, with its source, one tap from every tooltip', () => {
    for (const card of TERM_IDS) {
      for (const audience of AUDIENCES) {
        const { safety } = explainCard(card, audience);
        expect(safety.text).toBe(SAFETY_LINE.text);
        expect(safety.sources.map((source) => source.url)).toEqual([
          'https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp',
        ]);
      }
    }
  });

  it('explains a CRPS type II mention with the nerve-injury text, never as a form of AMPS', () => {
    const tip = explainCard('causalgia', 'parent');
    expect(tip.title).toContain('CRPS type II');
    expect(tip.explanation).toContain('does not count it as AMPS');
    expect(tip.explanation).not.toMatch(/form of AMPS/);
  });

  it('describes a mark with what its tooltip says, in the chosen wording', () => {
    for (const audience of AUDIENCES) {
      const tip = explainCard('rsd', audience);
      expect(describeCard('rsd', audience)).toBe(`${tip.title}. ${tip.explanation}`);
    }
  });
});

describe('explanations in Spanish', () => {
  it('explains a card in Spanish, buttons too, with its sources and the Spanish safety line', () => {
    const content = explainCard('crps', 'parent', 'es');
    expect(content.language).toBe('es');
    expect(content.title).toMatch(/^Síndrome de dolor regional complejo/);
    expect(content.explanation).toMatch(/equipo pediátrico de CHOP/);
    expect(content.explanation).toMatch(/Pregunte al equipo médico de su hijo\.$/);
    expect(content.labels['tooltip.whenToCall']).toBe('Cuándo llamar al médico');
    expect(content.safety.text).toMatch(/^Llame hoy al médico de su hijo/);
    expect(content.sources.length).toBeGreaterThan(0);
    expect(content.sources.length).toBeLessThanOrEqual(MAX_TOOLTIP_SOURCES);
    expect(describeCard('crps', 'parent', 'es')).toMatch(/^Síndrome de dolor regional complejo/);
  });

  it('gives writers’ wording in Spanish to clinicians only', () => {
    expect(explainCard('rsd', 'parent', 'es').suggestedWording).toBeUndefined();
    expect(explainCard('rsd', 'clinician', 'es').suggestedWording).toMatch(/^«SDRC tipo I»/);
  });
});
