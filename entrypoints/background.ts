import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../src/common/messages';
import { openGlossaryEntry, runCommand } from '../src/background/commands';
import { applySiteAccess, isSiteAccessChanged } from '../src/background/site-access';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  // The content script is registered here, not in the manifest, so it can run on picked sites only.
  void applySiteAccess();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isSiteAccessChanged(message)) return applySiteAccess();
    const request = message as BackgroundRequest;
    if (request.type === 'amps-lens:open-glossary') return openGlossaryEntry(request.card);
    return undefined;
  });
  // Headless browsers cannot press extension shortcuts, so end-to-end tests call the same handler.
  Object.assign(globalThis, { ampsLensRunCommand: runCommand });
});
