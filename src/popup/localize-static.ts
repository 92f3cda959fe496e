import { t } from './ui-text';
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
