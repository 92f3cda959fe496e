import { describe, expect, it } from 'vitest';
import { languageJudge, languageOf } from './text-language';

describe('languageOf', () => {
  it('tells Spanish from English by their short words', () => {
    expect(languageOf('A mi hija le diagnosticaron el síndrome después de un esguince.')).toBe(
      'es',
    );
    expect(languageOf('The Italian original uses algodistrofia; I have rendered it as is.')).toBe(
      'en',
    );
    expect(languageOf('Fibromialgia juvenil')).toBeNull();
  });
});

describe('languageJudge', () => {
  it('judges each paragraph of a mixed text on its own, and a short one by the text around it', () => {
    const text =
      'My son has CRPS and the doctors are kind.\n\nMi hija tiene SDRC y los médicos son amables.\n\nSDRC\n\nY además tiene fibromialgia.';
    const at = languageJudge(text);
    expect(at(text.indexOf('CRPS'))).toBe('en');
    expect(at(text.indexOf('SDRC'))).toBe('es');
    expect(at(text.indexOf('SDRC\n'))).toBe('es');
  });
});
