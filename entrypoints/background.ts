import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { runCommand } from '../src/background/commands';
import { openGlossaryEntry } from '../src/background/glossary-tab';
import { handleBackgroundRequest } from '../src/background/requests';
import { updateSettings } from '../src/settings/settings';
import { addTermToQuestions } from '../src/settings/questions';
import { CYCLE } from '../src/glossary/cycle';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleBackgroundRequest(message, sender, {
      openGlossaryEntry,
      updateSettings,
      // The first suggested question (BRIEF §2); the parent changes it on the questions page.
      addQuestion: (card) => addTermToQuestions(card, CYCLE.questions[0]),
    }),
  );
});
