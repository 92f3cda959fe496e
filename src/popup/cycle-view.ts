/**
 * "How CHOP explains amplified pain": the diagram, stepped with Next/Previous
 * or the arrow keys, then the parent explanation, what other experts say,
 * questions for the care team and the sources.
 */
import { cycleSources } from '../glossary/cycle';
import { glossaryText } from '../glossary/texts';
import { textOf } from '../glossary/glossary';
import { cycleDiagram } from './cycle-diagram';
import { h } from './dom';
import { sourceList } from './sources-view';
import { format, t, uiLanguage } from './ui-text';

export interface CycleView {
  /** Index into the cycle's steps of the step shown. */
  readonly step: number;
  show(step: number): void;
  next(): void;
  previous(): void;
}

/** The cycle in the popup's language. */
const cycle = () => glossaryText(uiLanguage()).cycle;
const NUMBERED_STEPS = cycle().steps.length - 1;

function stepLabel(index: number): string {
  return index < NUMBERED_STEPS
    ? format(t('cycle.step'), { step: index + 1, steps: NUMBERED_STEPS })
    : t('cycle.thenLoop');
}

export function renderCycle(container: HTMLElement): CycleView {
  const diagram = cycleDiagram('cycle-diagram-title', 'cycle-diagram-desc');
  const counter = h('p', { class: 'cycle-counter' });
  const caption = h('p', { class: 'cycle-caption', 'aria-live': 'polite' });
  const dots = h(
    'ol',
    { class: 'cycle-dots', 'aria-hidden': 'true' },
    ...cycle().steps.map(() => h('li')),
  );
  const previousButton = h('button', { type: 'button', class: 'button' }, t('cycle.previous'));
  const nextButton = h(
    'button',
    { type: 'button', class: 'button button-primary' },
    t('cycle.next'),
  );

  const figure = h(
    'figure',
    {
      class: 'cycle',
      tabindex: 0,
      'aria-label': t('cycle.diagramLabel'),
    },
    diagram,
    h('figcaption', { class: 'cycle-text' }, counter, caption),
    h('div', { class: 'cycle-controls' }, previousButton, dots, nextButton),
  );

  let current = 0;

  function show(step: number): void {
    current = Math.min(Math.max(step, 0), cycle().steps.length - 1);
    const shown = cycle().steps[current];
    const seen = new Set<string>(
      cycle()
        .steps.slice(0, current)
        .map((s) => s.id),
    );
    for (const group of diagram.querySelectorAll<SVGGElement>('[data-part]')) {
      const id = group.dataset.part ?? '';
      group.classList.toggle('is-current', id === shown.id);
      group.classList.toggle('is-seen', seen.has(id));
    }
    [...dots.children].forEach((dot, i) => {
      dot.classList.toggle('is-current', i === current);
      dot.classList.toggle('is-seen', i < current);
    });
    counter.textContent = stepLabel(current);
    caption.replaceChildren(h('strong', {}, `${shown.title}.`), ` ${shown.caption}`);

    // Keep keyboard focus on a usable button when the one in use turns off at either end.
    const focused = document.activeElement;
    previousButton.disabled = current === 0;
    nextButton.disabled = current === cycle().steps.length - 1;
    if (focused === previousButton && previousButton.disabled) nextButton.focus();
    if (focused === nextButton && nextButton.disabled) previousButton.focus();
  }

  const view: CycleView = {
    get step() {
      return current;
    },
    show,
    next: () => show(current + 1),
    previous: () => show(current - 1),
  };

  previousButton.addEventListener('click', view.previous);
  nextButton.addEventListener('click', view.next);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') view.next();
    else if (event.key === 'ArrowLeft') view.previous();
    else return;
    event.preventDefault();
  });

  container.replaceChildren(
    figure,
    h('h3', {}, t('cycle.plainWords')),
    h('p', {}, textOf(cycle().parentExplanation)),
    // The explanation above already says not every expert agrees; this says who and why.
    h('h3', {}, t('cycle.otherExperts')),
    h('p', {}, textOf(cycle().disagreement)),
    h('h3', {}, t('cycle.questions')),
    h('ul', { class: 'questions' }, ...cycle().questions.map((q) => h('li', {}, q))),
    h('h3', {}, t('sources.heading')),
    sourceList(cycleSources()),
  );
  show(0);
  return view;
}
