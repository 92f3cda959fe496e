import { browser } from 'wxt/browser';
import type { TermId } from '../terms/term-match';

/** storage.session key of the tab "More in the glossary" opened: kept while the browser runs. */
const GLOSSARY_TAB = 'glossaryTab';

/** Whether tab `id` still shows our popup page (the reader may have gone elsewhere in it). */
async function showsGlossary(id: number): Promise<boolean> {
  const tab = await browser.tabs.get(id).catch(() => null);
  return tab?.url?.startsWith(browser.runtime.getURL('/popup.html')) ?? false;
}

/**
 * A tooltip's "More in the glossary": the popup cannot be opened from a page, so the glossary
 * opens in a tab, and the same tab is reused for every entry after, however often it is asked.
 */
export async function openGlossaryEntry(card: TermId): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}#glossary-${card}`;
  const stored = (await browser.storage.session.get(GLOSSARY_TAB))[GLOSSARY_TAB];
  if (typeof stored === 'number' && (await showsGlossary(stored))) {
    const tab = await browser.tabs.update(stored, { url, active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return;
  }
  const tab = await browser.tabs.create({ url });
  await browser.storage.session.set({ [GLOSSARY_TAB]: tab.id });
}
