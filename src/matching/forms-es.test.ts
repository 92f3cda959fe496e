import { describe, expect, it } from 'vitest';
import { findTerms } from './find-terms';

const found = (text: string) =>
  findTerms(text).map(({ term, text: words, card, language }) => ({ term, words, card, language }));
const terms = (text: string) => findTerms(text).map((match) => match.term);

describe('Spanish forms (tests/fixtures/LABELLING.md rule 12)', () => {
  it('match with accents optional, precomposed or combining, in any case', () => {
    expect(
      terms(
        'Dijeron sindrome de dolor regional complejo, luego atrofia de Südeck y DISTROFIA SIMPATICA REFLEJA; la fibromialgia juvenil vino después.',
      ),
    ).toEqual(['crps', 'algodystrophy', 'rsd', 'fibromyalgia']);
    expect(terms('Tiene un bloqueo simpa\u0301tico lumbar.')).toEqual(['sympathetic']);
  });

  it('keep a type with its name, and explain type II with the nerve-injury card', () => {
    expect(found('Le dijeron SDRC tipo II, no SDRC tipo 1; también SDRC II.')).toEqual([
      { term: 'crps', words: 'SDRC tipo II', card: 'causalgia', language: 'es' },
      { term: 'crps', words: 'SDRC tipo 1', card: 'crps', language: 'es' },
      { term: 'crps', words: 'SDRC II', card: 'causalgia', language: 'es' },
    ]);
    expect(found('Tiene SDRC (tipo II) tras la herida.')[0].card).toBe('causalgia');
    expect(found('Es un síndrome de dolor regional complejo tipo 2 en la mano.')[0]).toMatchObject({
      words: 'síndrome de dolor regional complejo tipo 2',
      card: 'causalgia',
    });
  });

  it('count "simpático" only for the nervous system, and inside an RSD name not at all', () => {
    expect(
      terms(
        'La enfermera fue muy simpática; le hicieron un bloqueo simpático y no el parasimpático.',
      ),
    ).toEqual(['sympathetic']);
    expect(terms('Tuvo distrofia simpática refleja y sus cuerdas simpáticas suenan bien.')).toEqual(
      ['rsd'],
    );
  });

  it('count DSR next to its name or with pain, never for rejection sensitivity or graphics', () => {
    expect(terms('Mi abuela tuvo distrofia simpática refleja (DSR) en la mano.')).toEqual([
      'rsd',
      'rsd',
    ]);
    expect(terms('La disforia sensible al rechazo (DSR) es frecuente en el TDAH.')).toEqual([]);
    expect(terms('Activa DSR en el panel de control de NVIDIA para jugar a 4K.')).toEqual([]);
  });

  it('count in Spanish text only: an English paragraph quoting Spanish words has none', () => {
    expect(terms('In Spanish, it is called distrofia simpática refleja, and that is all.')).toEqual(
      [],
    );
    expect(found('El informe dice CRPS.')).toEqual([
      { term: 'crps', words: 'CRPS', card: 'crps', language: 'es' },
    ]);
    expect(found('The report says CRPS.')[0].language).toBe('en');
  });
});
