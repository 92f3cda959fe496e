/**
 * The popup's language and words. The popup is drawn once per opening, in the language the
 * settings pick (the browser's by default); changing the setting draws it again.
 */
import type { Language } from '../lib/text-language';
import { format, languageOfLocale, messagesIn, type MessageKey } from '../i18n/messages';
import type { InterfaceLanguage } from '../settings/settings';

let language: Language = 'en';

/** The language for a setting: the browser's when it is 'auto'. */
export function interfaceLanguage(setting: InterfaceLanguage, browserLocale: string): Language {
  return setting === 'auto' ? languageOfLocale(browserLocale) : setting;
}

export function useLanguage(chosen: Language): void {
  language = chosen;
}

export const uiLanguage = (): Language => language;

export const t = (key: MessageKey): string => messagesIn(language)[key];

export { format };
