import { browser } from 'wxt/browser';

/**
 * The browser tab the popup is about: `?tab=ID` when popup.html is opened in a tab of its own
 * (the glossary tab, tests), else the active tab of this window.
 */
export async function targetTab(): Promise<{ id?: number; url?: string } | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) {
    return browser.tabs.get(Number(fromUrl)).catch(() => null);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
