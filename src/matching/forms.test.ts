import { describe, expect, it } from 'vitest';
import { TERM_FORMS } from './forms';

describe('TERM_FORMS', () => {
  it('start with an ASCII letter, which the fast candidate pass relies on', () => {
    for (const form of TERM_FORMS) expect(form.pattern).toMatch(/^(?:\(\?:)*[A-Za-z]/);
  });

  it('are valid patterns in both case modes', () => {
    for (const form of TERM_FORMS) {
      expect(() => new RegExp(form.pattern, form.caseSensitive ? 'u' : 'iu')).not.toThrow();
    }
  });
});
