import { loadQuestions, saveQuestions, watchQuestions } from '../../src/settings/questions';
import { loadSettings, watchSettings } from '../../src/settings/settings';
import { startQuestions } from '../../src/questions/questions-view';
import '../../src/popup/popup.css';
import '../../src/questions/questions.css';

void startQuestions(document, {
  load: loadQuestions,
  save: saveQuestions,
  watch: (callback) => void watchQuestions(callback),
  copy: (text) => navigator.clipboard.writeText(text),
  print: () => window.print(),
  today: () => new Date(),
  loadLanguage: async () => (await loadSettings()).language,
  watchLanguage: (callback) => void watchSettings((settings) => callback(settings.language)),
  browserLocale: navigator.language,
});
