import type { Language } from '../lib/text-language';

/**
 * The language a mark is explained in: the language of the text around it (BRIEF: a Spanish
 * form, or any form in a Spanish paragraph, is explained in Spanish), and Spanish too for an
 * English form quoted in a page or part the author marked `lang="es"`. The attribute only picks
 * the explanation's language, so a page writing it can change nothing else.
 */
export function explanationLanguage(textLanguage: Language, node: Node): Language {
  if (textLanguage === 'es') return 'es';
  const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^es(?:-|$)/i.test(marked) ? 'es' : 'en';
}
