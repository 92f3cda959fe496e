/**
 * The interface's words in English or Spanish: a typed catalog, switched at run time (the
 * browser's `_locales` cannot switch without a restart, so they hold only the manifest's words).
 */
import type { Language } from '../lib/text-language';
import { MESSAGES_EN, type Messages } from './messages-en';
import { MESSAGES_ES } from './messages-es';

export type { MessageKey, Messages } from './messages-en';

const CATALOG: Readonly<Record<Language, Messages>> = { en: MESSAGES_EN, es: MESSAGES_ES };

export function messagesIn(language: Language): Messages {
  return CATALOG[language];
}

/** A message with its `{name}` places filled in. */
export function format(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (place, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : place,
  );
}

/** The language the interface follows when the reader has not chosen one: the browser's. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale && /^es(?:[-_]|$)/i.test(locale) ? 'es' : 'en';
}
