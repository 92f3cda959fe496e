import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../src/common/messages';
import { openGlossaryEntry, stepThroughTerms } from '../src/background/commands';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'next-term' || command === 'previous-term') {
      void stepThroughTerms(command === 'next-term' ? 'next' : 'previous');
    }
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as BackgroundRequest;
    if (request.type === 'amps-lens:open-glossary') return openGlossaryEntry(request.card);
    return undefined;
  });
});
