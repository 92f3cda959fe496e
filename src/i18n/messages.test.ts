import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ES } from './messages-es';
import { format, languageOfLocale, messagesIn } from './messages';

const places = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).toSorted();

describe('the interface catalog', () => {
  it('has every message in both languages, none blank, with the same {places}', () => {
    expect(Object.keys(MESSAGES_ES).toSorted()).toEqual(Object.keys(MESSAGES_EN).toSorted());
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const spanish = MESSAGES_ES[key as keyof typeof MESSAGES_EN];
      expect(english.trim(), key).not.toBe('');
      expect(spanish.trim(), key).not.toBe('');
      expect(places(spanish), key).toEqual(places(english));
    }
  });

  it('fills in values and follows the browser’s language', () => {
    expect(format('{count} terms on {site}', { count: 3, site: 'a.org' })).toBe('3 terms on a.org');
    expect(languageOfLocale('es-MX')).toBe('es');
    expect(languageOfLocale('es')).toBe('es');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('est')).toBe('en');
    expect(messagesIn('es')['tooltip.sources']).toBe('Fuentes');
  });
});
