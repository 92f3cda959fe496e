import { browser } from 'wxt/browser';
import type { BackgroundRequest, ReaderRequest } from '../../src/messages/messages';
import { readDocument } from '../../src/documents/read-document';
import { loadSettings, watchSettings } from '../../src/settings/settings';
import { startReader } from '../../src/reader/reader';
import { addTermToQuestions } from '../../src/settings/questions';
import { glossaryText } from '../../src/glossary/texts';
import { uiLanguage } from '../../src/popup/ui-text';
import '../../src/page/marks.css';
import '../../src/popup/popup.css';
import '../../src/reader/reader.css';

const reader = await startReader(document, {
  loadSettings,
  // pdf.js is loaded the first time a file is read, so the page opens at once.
  readFile: async (bytes, name) =>
    readDocument(bytes, name, (await import('../../src/reader/pdfjs-browser')).browserPdfJs),
  openGlossary: (card) =>
    void browser.runtime.sendMessage({
      type: 'amps-lens:open-glossary',
      card,
    } satisfies BackgroundRequest),
  addQuestion: async (card) => {
    await addTermToQuestions(card, glossaryText(uiLanguage()).cycle.questions[0]);
    return true;
  },
  copy: (text) => navigator.clipboard.writeText(text),
  watchSettings: (callback) => void watchSettings(callback),
  browserLocale: navigator.language,
});

// The keyboard shortcuts reach web pages through their content script, and this tab through
// a message the background sends to the extension's pages with the active tab's id.
const tab = await browser.tabs.getCurrent();
browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as ReaderRequest;
  if (request?.type === 'amps-lens:reader-step' && request.tabId === tab?.id) {
    reader.step(request.direction);
  }
  return undefined;
});
