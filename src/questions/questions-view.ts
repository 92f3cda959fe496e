/**
 * The "Questions for our visit" page: the terms a parent added, each with its plain
 * explanation, their questions (suggested ones to pick, or their own, all editable) and its
 * sources; printed on one page, copied as text, or cleared in one click. Browser access comes
 * in through `QuestionsDeps`, so the view runs in a plain DOM as well.
 */
import { entryIn, glossaryText } from '../glossary/texts';
import type { InterfaceLanguage } from '../settings/settings';
import {
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS_PER_TERM,
  withTerm,
  type TermQuestions,
} from '../settings/questions';
import { TERM_IDS, type TermId } from '../terms/term-match';
import { h } from '../popup/dom';
import { applyLanguage } from '../popup/localize-static';
import { format, interfaceLanguage, t, uiLanguage } from '../popup/ui-text';
import { explanationOf, formatDate, questionsAsText, sourcesOf } from './questions-text';

export interface QuestionsDeps {
  load(): Promise<TermQuestions[]>;
  save(list: TermQuestions[]): Promise<void>;
  /** Calls back when the list changes elsewhere (a tooltip's "Add to my questions"). */
  watch(callback: (list: TermQuestions[]) => void): void;
  copy(text: string): Promise<void>;
  print(): void;
  today(): Date;
  /** The Language setting, and a call back when it changes: the page follows it at once. */
  loadLanguage(): Promise<InterfaceLanguage>;
  watchLanguage(callback: (language: InterfaceLanguage) => void): void;
  /** The browser's language (navigator.language), which the page follows by default. */
  browserLocale: string;
}

const OWN_QUESTION = '';

/** A term's name, in the interface's language. */
const title = (term: TermId) => entryIn(term, uiLanguage()).title;

export async function startQuestions(root: Document, deps: QuestionsDeps): Promise<void> {
  const byId = (id: string) => {
    const found = root.getElementById(id);
    if (!found) throw new Error(`questions.html has no #${id}`);
    return found;
  };
  const listView = byId('question-list');
  const status = byId('questions-status');
  const addTerm = byId('add-term-form') as HTMLFormElement;
  const termChoice = byId('add-term') as HTMLSelectElement;
  let list = await deps.load();

  /** The page's own words, in the interface's language. */
  function drawWords(): void {
    const { disclaimer, safetyLine } = glossaryText(uiLanguage());
    root.title = `${t('questions.title')} – AMPS Lens`;
    byId('disclaimer').textContent = disclaimer;
    byId('safety').textContent = safetyLine.text;
    byId('print-date').textContent = format(t('questions.date'), {
      date: formatDate(deps.today(), uiLanguage()),
    });
  }

  /** Applies a change to the list as stored now, so nothing added meanwhile is lost. */
  async function change(edit: (current: TermQuestions[]) => TermQuestions[], rerender = true) {
    list = edit(await deps.load());
    await deps.save(list);
    if (rerender) render();
  }

  function render(): void {
    const canAdd = TERM_IDS.filter((term) => !list.some((entry) => entry.term === term));
    termChoice.replaceChildren(...canAdd.map((term) => h('option', { value: term }, title(term))));
    addTerm.hidden = canAdd.length === 0;
    listView.replaceChildren(...list.map(renderTerm));
    byId('empty').hidden = list.length > 0;
    for (const id of ['print', 'copy', 'clear']) {
      (byId(id) as HTMLButtonElement).disabled = list.length === 0;
    }
  }

  function renderTerm(entry: TermQuestions): HTMLElement {
    const card = { title: title(entry.term) };
    const headingId = `term-${entry.term}`;
    const questions = h(
      'ol',
      { class: 'visit-questions' },
      ...entry.questions.map((question, index) => renderQuestion(entry.term, question, index)),
    );
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'link-button screen-only',
        'aria-label': format(t('questions.removeTermLabel'), { term: card.title }),
      },
      t('questions.removeTerm'),
    );
    remove.addEventListener('click', () => {
      void change((current) => current.filter((other) => other.term !== entry.term));
      status.textContent = format(t('questions.removed'), { term: card.title });
    });
    return h(
      'li',
      { class: 'visit-term', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, card.title),
      h('p', { class: 'explanation' }, explanationOf(entry, uiLanguage())),
      h('h3', {}, t('questions.ours')),
      questions,
      entry.questions.length < MAX_QUESTIONS_PER_TERM && renderAddQuestion(entry),
      h(
        'p',
        { class: 'visit-sources' },
        h('span', { class: 'sources-label' }, t('questions.sources')),
        ...sourcesOf(entry, uiLanguage()).flatMap((source, index) => [
          index > 0 ? '; ' : '',
          source.url
            ? h('a', { href: source.url, target: '_blank', rel: 'noopener' }, source.title)
            : source.title,
          source.url && h('span', { class: 'print-only' }, ` ${source.url}`),
        ]),
      ),
      remove,
    );
  }

  function renderQuestion(term: TermId, question: string, index: number): HTMLElement {
    const id = `question-${term}-${index}`;
    const field = h('textarea', {
      id,
      rows: 2,
      maxlength: MAX_QUESTION_LENGTH,
      class: 'screen-only',
    });
    field.value = question;
    const printed = h('p', { class: 'print-only' }, question);
    field.addEventListener('input', () => {
      printed.textContent = field.value;
      void change(
        (current) =>
          current.map((entry) =>
            entry.term === term
              ? {
                  ...entry,
                  questions: entry.questions.map((q, i) => (i === index ? field.value : q)),
                }
              : entry,
          ),
        false,
      );
    });
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'link-button screen-only',
        'aria-label': format(t('questions.removeQuestionLabel'), { number: index + 1 }),
      },
      t('questions.remove'),
    );
    remove.addEventListener('click', () => {
      void change((current) =>
        current.map((entry) =>
          entry.term === term
            ? { ...entry, questions: entry.questions.filter((_, i) => i !== index) }
            : entry,
        ),
      );
    });
    return h(
      'li',
      {},
      h(
        'label',
        { for: id, class: 'visually-hidden' },
        format(t('questions.questionLabel'), { number: index + 1, term: title(term) }),
      ),
      field,
      printed,
      remove,
    );
  }

  function renderAddQuestion(entry: TermQuestions): HTMLElement {
    const id = `add-question-${entry.term}`;
    const suggestions = glossaryText(uiLanguage()).cycle.questions.filter(
      (question) => !entry.questions.includes(question),
    );
    const choice = h(
      'select',
      { id },
      ...suggestions.map((question) => h('option', { value: question }, question)),
      h('option', { value: OWN_QUESTION }, t('questions.ownQuestion')),
    );
    const add = h('button', { type: 'submit', class: 'button' }, t('questions.add'));
    const form = h(
      'form',
      { class: 'add-question screen-only' },
      h('label', { for: id }, t('questions.addQuestion')),
      h('div', { class: 'row' }, choice, add),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const question = choice.value;
      void change((current) =>
        current.map((other) =>
          other.term === entry.term
            ? { ...other, questions: [...other.questions, question] }
            : other,
        ),
      ).then(() => {
        // The new question's field, ready to write in or change.
        const fields = listView.querySelectorAll<HTMLTextAreaElement>(
          `[id^="question-${entry.term}-"]`,
        );
        fields[fields.length - 1]?.focus();
      });
    });
    return form;
  }

  addTerm.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = termChoice.value as TermId;
    if (!TERM_IDS.includes(term)) return;
    void change((current) =>
      withTerm(current, term, glossaryText(uiLanguage()).cycle.questions[0]),
    );
    status.textContent = format(t('questions.added'), { term: title(term) });
  });
  byId('print').addEventListener('click', () => deps.print());
  byId('copy').addEventListener('click', () => {
    deps.copy(questionsAsText(list, deps.today(), uiLanguage())).then(
      () => (status.textContent = t('questions.copied')),
      () => (status.textContent = t('questions.copyFailed')),
    );
  });
  byId('clear').addEventListener('click', () => {
    void change(() => []);
    status.textContent = t('questions.cleared');
  });
  deps.watch((next) => {
    // Typing in a question saves it; only a change made elsewhere redraws the list.
    if (JSON.stringify(next) === JSON.stringify(list)) return;
    list = next;
    render();
  });
  deps.watchLanguage((setting) => {
    if (!applyLanguage(root, interfaceLanguage(setting, deps.browserLocale))) return;
    status.textContent = '';
    drawWords();
    render();
  });
  applyLanguage(root, interfaceLanguage(await deps.loadLanguage(), deps.browserLocale));
  drawWords();
  render();
}
