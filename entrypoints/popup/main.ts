import { browser } from 'wxt/browser';
import type { ContentRequest, PageTermsResponse } from '../../src/messages/messages';
import { loadSettings, updateSettings, watchSettings } from '../../src/settings/settings';
import { asPageTerms } from '../../src/popup/page-view';
import { startPopup } from '../../src/popup/popup';
import { targetTab } from '../../src/popup/target-tab';
import { addTermToQuestions } from '../../src/settings/questions';
import { glossaryText } from '../../src/glossary/texts';
import { uiLanguage } from '../../src/popup/ui-text';
import '../../src/popup/popup.css';

/** How long to wait for a content script before saying the page can't be read. */
const ANSWER_TIMEOUT_MS = 3000;

async function targetTabId(): Promise<number | null> {
  return (await targetTab())?.id ?? null;
}

async function send(request: ContentRequest): Promise<unknown> {
  const tabId = await targetTabId();
  if (tabId === null) throw new Error('No tab');
  return browser.tabs.sendMessage(tabId, request);
}

/** Whether the tab's address names a PDF file (visible for http and https tabs, the host permissions). */
async function tabIsPdf(): Promise<boolean> {
  const tabId = await targetTabId();
  const url = tabId === null ? undefined : (await browser.tabs.get(tabId)).url;
  return url !== undefined && /\.pdf$/i.test(new URL(url).pathname);
}

async function requestPageTerms(): Promise<PageTermsResponse | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS, null));
  const answer = send({ type: 'amps-lens:page-terms' }).then(asPageTerms, () => null);
  return Promise.race([answer, timeout]);
}

/** The action popup gets a fixed width; opened in a tab, the page is fluid up to 800 px. */
function isActionPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

document.documentElement.classList.toggle('in-popup', isActionPopup());

void startPopup(document, {
  pageTerms: requestPageTerms(),
  tabIsPdf: tabIsPdf().catch(() => false),
  openReader: () => void browser.tabs.create({ url: browser.runtime.getURL('/reader.html') }),
  openQuestions: () => void browser.tabs.create({ url: browser.runtime.getURL('/questions.html') }),
  addQuestion: (term) => addTermToQuestions(term, glossaryText(uiLanguage()).cycle.questions[0]),
  reveal: async (card) => {
    await send({ type: 'amps-lens:reveal', card });
  },
  copy: (text) => navigator.clipboard.writeText(text),
  loadSettings,
  updateSettings,
  watchSettings: (callback) => void watchSettings(callback),
  browserLocale: navigator.language,
  redraw: () => location.reload(),
});
