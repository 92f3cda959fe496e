import { t, uiLanguage, useLanguage } from './ui-text';
import type { Language } from '../lib/text-language';
import type { MessageKey } from '../i18n/messages';

/**
 * The words written in popup.html, in the popup's language: an element with `data-i18n` gets
 * that message as its text, one with `data-i18n-aria-label` as its accessible name.
 */
export function localizeStatic(root: Document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel as MessageKey));
  }
}

/**
 * Puts an extension page in `language`: its static words at once, and the caller draws the
 * rest. False when the page is in that language already.
 */
export function applyLanguage(root: Document, language: Language): boolean {
  if (root.documentElement.lang === language && uiLanguage() === language) return false;
  useLanguage(language);
  root.documentElement.lang = language;
  localizeStatic(root);
  return true;
}
