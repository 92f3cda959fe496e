import { browser } from 'wxt/browser';
import type { ContentRequest, ReaderRequest } from '../messages/messages';

/** The keyboard shortcuts' work: move to the next or previous marked term in the active tab. */
export async function stepThroughTerms(direction: 'next' | 'previous'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: ContentRequest = { type: 'amps-lens:step', direction };
  await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
  // The reader page is an extension page, which content-script messages never reach.
  const reader: ReaderRequest = { type: 'amps-lens:reader-step', tabId: tab.id, direction };
  await browser.runtime.sendMessage(reader).catch(() => undefined);
}

/** A keyboard shortcut (manifest `commands`); unknown commands are ignored. */
export async function runCommand(command: string): Promise<void> {
  if (command === 'next-term') await stepThroughTerms('next');
  else if (command === 'previous-term') await stepThroughTerms('previous');
}
