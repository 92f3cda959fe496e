import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../src/messages/messages';
import { openGlossaryEntry, runCommand } from '../src/background/commands';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as BackgroundRequest;
    if (request.type === 'amps-lens:open-glossary') return openGlossaryEntry(request.card);
    return undefined;
  });
  // Headless browsers cannot press extension shortcuts, so end-to-end tests call the same handler.
  Object.assign(globalThis, { ampsLensRunCommand: runCommand });
});
