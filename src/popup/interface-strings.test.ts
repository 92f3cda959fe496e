import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../i18n/messages-en';

const ROOT = join(import.meta.dirname, '../..');
/** The extension's pages: the popup, the reader and "Questions for our visit". */
const PAGES = ['popup', 'reader', 'questions'];
/** The code that draws those pages, or words they show (the reader's file problems). */
const CODE_DIRS = ['src/popup', 'src/reader', 'src/questions', 'src/documents'];
/** Words that are the same in every language. */
const SAME_EVERYWHERE = new Set(['AMPS Lens']);
/** Files whose words are all from the catalog or the glossary: none is left out. */
const ENGLISH_ONLY = new Set<string>();

/** Text shown by popup.html that no `data-i18n` element puts in the reader's language. */
function untranslated(nodes: readonly ChildNode[], translated = false, found: string[] = []) {
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (!translated && /\p{L}/u.test(text) && !SAME_EVERYWHERE.has(text)) found.push(text);
    } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      if (['script', 'style', 'title', 'svg'].includes(element.name)) continue;
      if (element.attribs['aria-label'] && !element.attribs['data-i18n-aria-label']) {
        found.push(`aria-label="${element.attribs['aria-label']}"`);
      }
      const key = element.attribs['data-i18n'];
      if (key && !(key in MESSAGES_EN)) found.push(`unknown key ${key}`);
      untranslated(element.children, translated || key !== undefined, found);
    }
  }
  return found;
}

describe('every word of the interface is in both languages', () => {
  it.each(PAGES)('%s.html: each shown text and accessible name has a message key', (page) => {
    const html = readFileSync(join(ROOT, `entrypoints/${page}/index.html`), 'utf8');
    expect(untranslated(parseDocument(html).children)).toEqual([]);
  });

  it('finds an untranslated text, so the check can fail', () => {
    expect(
      untranslated(parseDocument('<p>Hello there <b data-i18n="popup.tagline">x</b></p>').children),
    ).toEqual(['Hello there']);
  });

  it.each(CODE_DIRS)('%s writes no English words itself: they come from the catalog', (code) => {
    const dir = join(ROOT, code);
    const phrases = readdirSync(dir)
      .filter(
        (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !ENGLISH_ONLY.has(name),
      )
      .flatMap((name) =>
        [
          ...readFileSync(join(dir, name), 'utf8').matchAll(
            /(['`])([A-Z][a-z]+[ ,.?!’][^'`\n]*)\1/g,
          ),
        ]
          // Comments and error messages for developers are not shown to readers.
          .filter(
            (hit) =>
              !/throw new Error|\/\/|\* /.test(
                hit.input.slice(hit.input.lastIndexOf('\n', hit.index), hit.index),
              ),
          )
          .map((hit) => `${name}: ${hit[2]}`),
      );
    expect(phrases).toEqual([]);
  });
});
