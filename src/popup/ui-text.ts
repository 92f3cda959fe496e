/**
 * The popup's language and words. The popup is drawn once per opening, in the language the
 * settings pick (the browser's by default); changing the setting draws it again.
 */
import type { Language } from '../lib/text-language';
import { format, messagesIn, type MessageKey } from '../i18n/messages';

let language: Language = 'en';

export { interfaceLanguage } from '../settings/settings';

export function useLanguage(chosen: Language): void {
  language = chosen;
}

export const uiLanguage = (): Language => language;

export const t = (key: MessageKey): string => messagesIn(language)[key];

export { format };
