import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { runCommand } from '../src/background/commands';
import { openGlossaryEntry } from '../src/background/glossary-tab';
import { handleBackgroundRequest } from '../src/background/requests';
import { interfaceLanguage, loadSettings, updateSettings } from '../src/settings/settings';
import { addTermToQuestions } from '../src/settings/questions';
import { glossaryText } from '../src/glossary/texts';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleBackgroundRequest(message, sender, {
      openGlossaryEntry,
      updateSettings,
      // The first suggested question (BRIEF §2), in the interface's language (the questions
      // page's); the parent changes it there.
      addQuestion: async (card) => {
        const language = interfaceLanguage((await loadSettings()).language, navigator.language);
        await addTermToQuestions(card, glossaryText(language).cycle.questions[0]);
      },
    }),
  );
});
