import { describe, expect, it } from 'vitest';
import { suggestionFor } from '../../src/cli/findings';
import { UsageError, parseCommandLine } from '../../src/cli/options';
import { findTerms } from '../../src/matching/find-terms';

const [spanish] = findTerms('A mi hija le dijeron distrofia simpática refleja en el pie.');
const [english] = findTerms('My daughter was told she has RSD in her foot.');

const options = (argv: string[]) => parseCommandLine(['scan', ...argv, 'page.html']);

describe('--lang', () => {
  it('gives suggestions in the language of the text around each finding by default', () => {
    expect(suggestionFor(spanish)).toMatch(/^«SDRC tipo I»/);
    expect(suggestionFor(english)).toMatch(/^“CRPS type I”/);
  });

  it('gives them in the language asked for', () => {
    expect(suggestionFor(spanish, 'en')).toMatch(/^“CRPS type I”/);
    expect(suggestionFor(english, 'es')).toMatch(/^«SDRC tipo I»/);
  });

  it('takes en, es or auto, auto by default, and refuses anything else', () => {
    expect(options([])).toMatchObject({ language: 'auto' });
    expect(options(['--lang', 'es'])).toMatchObject({ language: 'es' });
    expect(() => options(['--lang', 'fr'])).toThrow(UsageError);
  });
});
