import { describe, expect, it } from 'vitest';
import { TERM_IDS } from '../../terms/term-match';
import { SUPPORTING_WORDS, textOf, type Cited } from '../glossary';
import { SOURCES } from '../sources';
import { entryIn, glossaryText } from '../texts';
import { fernandezHuerta, syllablesEs } from './reading-level-es';

const es = glossaryText('es');
const ASK = 'Pregunte al equipo médico de su hijo.';
const words = (text: string) => text.trim().split(/\s+/).length;

/** Every Spanish text a parent reads (BRIEF.md §0.8): tooltips, definitions, the cycle, the safety line. */
const PARENT_TEXTS: [string, string][] = [
  ...TERM_IDS.flatMap((id): [string, string][] => [
    [`${id} tooltip`, textOf(es.entries[id].parent)],
    [`${id} why children differ`, textOf(es.entries[id].whyChildrenDiffer)],
  ]),
  ...SUPPORTING_WORDS.map((word): [string, string] => [
    `${word.id} definition`,
    es.supportingWords[word.id].definition,
  ]),
  ...es.cycle.steps.map((step): [string, string] => [`cycle step ${step.id}`, step.caption]),
  ['cycle in plain words', textOf(es.cycle.parentExplanation)],
  ['cycle: what other experts say', textOf(es.cycle.disagreement)],
  ...es.cycle.questions.map((question, i): [string, string] => [`question ${i + 1}`, question]),
  ['safety line', es.safetyLine.text],
  ['disclaimer', es.disclaimer],
  ['review status', es.reviewStatus],
];

const cited = (): [string, Cited][] => [
  ...TERM_IDS.flatMap((id) =>
    [
      ...es.entries[id].parent,
      ...es.entries[id].clinician,
      ...es.entries[id].whyChildrenDiffer,
    ].map((sentence): [string, Cited] => [id, sentence]),
  ),
  ...[...es.cycle.parentExplanation, ...es.cycle.disagreement].map((s): [string, Cited] => [
    'cycle',
    s,
  ]),
  ['safety', es.safetyLine],
];

describe('the Spanish glossary', () => {
  it('has every card, supporting word, cycle step and question of the English one', () => {
    const en = glossaryText('en');
    expect(Object.keys(es.entries).toSorted()).toEqual([...TERM_IDS].toSorted());
    expect(Object.keys(es.supportingWords).toSorted()).toEqual(
      SUPPORTING_WORDS.map((word) => word.id).toSorted(),
    );
    expect(es.cycle.steps.map((step) => step.id)).toEqual(en.cycle.steps.map((step) => step.id));
    expect(es.cycle.questions).toHaveLength(en.cycle.questions.length);
    // The cycle's captions cite what the English ones cite.
    expect(es.cycle.steps.map((step) => step.sources)).toEqual(
      en.cycle.steps.map((s) => s.sources),
    );
  });

  it('gives every sentence a source from the brief, but the care-team line', () => {
    for (const [where, sentence] of cited()) {
      if (!sentence.text.startsWith('Pregunte al equipo médico')) {
        expect(sentence.sources.length, `${where}: ${sentence.text}`).toBeGreaterThan(0);
      }
      for (const id of sentence.sources)
        expect(
          SOURCES.map((s) => s.id),
          where,
        ).toContain(id);
    }
  });

  it('keeps the tooltip shape: meaning, one pediatric sentence naming CHOP, then the care team', () => {
    for (const id of TERM_IDS) {
      const { parent, clinician } = es.entries[id];
      const pediatric = parent.filter((sentence) => sentence.pediatric);
      expect(pediatric, id).toHaveLength(1);
      expect(pediatric[0].text, id).toMatch(/equipo pediátrico de CHOP/);
      expect(parent.at(-1)?.text, id).toBe(ASK);
      // The English limits (40 and 60 words), a quarter longer: Spanish takes about that many more words.
      expect(words(textOf(parent)), id).toBeLessThanOrEqual(50);
      expect(words(textOf(clinician)), id).toBeLessThanOrEqual(76);
    }
  });

  it('never calls causalgia or SDRC type 2 a form of AMPS, nor DSR an abbreviation', () => {
    for (const sentence of es.entries.causalgia.parent) {
      expect(sentence.text).not.toMatch(/forma de AMPS/);
    }
    const everything = JSON.stringify(es);
    expect(everything).not.toMatch(/\bDSR\b/);
  });

  it('says the pain is real and never that it is imagined or put on', () => {
    expect(textOf(es.entries.amps.parent)).toContain('El dolor es real.');
    expect(JSON.stringify(es)).not.toMatch(
      /imaginad|inventad|exagera|fingi|en (?:su|la) cabeza|psicosomátic/i,
    );
  });

  it('keeps the English card’s ids, names and category under the Spanish words', () => {
    const card = entryIn('crps', 'es');
    expect(card.title).toBe(es.entries.crps.title);
    expect(card.names).toContain('CRPS');
    expect(card.category).toBe('current-term');
  });
});

describe('reading level of Spanish parent text', () => {
  it('keeps every parent text at about grade 7: Fernández-Huerta 60 or more', () => {
    const scores = PARENT_TEXTS.map(([where, text]) => ({
      text: where,
      score: Math.round(fernandezHuerta(text) * 10) / 10,
    }));
    console.table(scores);
    expect(scores.filter(({ score }) => score < 60)).toEqual([]);
  });

  it('counts Spanish syllables, initialisms by their letters’ names', () => {
    expect(syllablesEs('dolor')).toBe(2);
    expect(syllablesEs('distrofia')).toBe(3);
    expect(syllablesEs('día')).toBe(2);
    expect(syllablesEs('muy')).toBe(1);
    expect(syllablesEs('SDRC')).toBe(6);
    expect(syllablesEs('AMPS')).toBe(1);
  });

  it('scores hard text below the limit, so the check can fail', () => {
    expect(
      fernandezHuerta(
        'La algoneurodistrofia postraumática constituye una entidad nosológica caracterizada por manifestaciones vasomotoras, sudomotoras y tróficas desproporcionadas respecto del traumatismo desencadenante.',
      ),
    ).toBeLessThan(60);
  });
});
