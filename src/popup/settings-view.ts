/**
 * The settings form. Every change is saved at once through `save` (which
 * stores it with src/settings/settings.ts), so there is no Save button to miss.
 */
import {
  AUDIENCES,
  HIGHLIGHT_STYLES,
  hiddenTermsOn,
  type Audience,
  type HighlightStyle,
  type Settings,
} from '../settings/settings';
import { CATEGORIES, GLOSSARY, type Category } from '../glossary/glossary';
import { h } from './dom';

export interface SettingsViewDeps {
  settings: Settings;
  /** The current tab's hostname, or null when the page has none (browser pages, files). */
  site: string | null;
  save(settings: Settings): Promise<void>;
  onChange(settings: Settings): void;
}

const HIGHLIGHT_LABELS: Record<HighlightStyle, string> = {
  underline: 'Dotted underline',
  background: 'Soft background',
  none: 'No highlight',
};

const AUDIENCE_LABELS: Record<Audience, string> = {
  parent: 'For parents and families',
  clinician: 'For clinicians',
};

const CATEGORY_CHOICES: Record<Category, string> = {
  'older-name': 'Older names',
  'current-term': 'Current terms, often about adults',
  'two-meanings': 'Words with two meanings',
  'chop-umbrella': 'CHOP’s umbrella term',
};

/** The words each category covers, e.g. "RSD, causalgia, algodystrophy, RND": the title's abbreviation, else the first name. */
function categoryExamples(category: Category): string {
  return Object.values(GLOSSARY)
    .filter((entry) => entry.category === category)
    .map((entry) => entry.names.find((name) => entry.title.includes(`(${name})`)) ?? entry.names[0])
    .join(', ');
}

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  { hint, disabled = false }: { hint?: string; disabled?: boolean } = {},
): HTMLElement {
  const hintId = hint ? `${id}-hint` : undefined;
  return h(
    'div',
    { class: 'check' },
    h('input', { type: 'checkbox', id, checked, disabled, 'aria-describedby': hintId }),
    h('label', { for: id }, label),
    hint && h('span', { class: 'hint', id: hintId }, hint),
  );
}

function radios<T extends string>(
  name: string,
  values: readonly T[],
  labels: Record<T, string>,
  checked: T,
): HTMLElement[] {
  return values.map((value) =>
    h(
      'div',
      { class: 'check' },
      h('input', {
        type: 'radio',
        id: `${name}-${value}`,
        name,
        value,
        checked: value === checked,
      }),
      h('label', { for: `${name}-${value}` }, labels[value]),
    ),
  );
}

export function renderSettings(container: HTMLElement, deps: SettingsViewDeps): void {
  let settings = deps.settings;
  const { site } = deps;
  const status = h('p', { class: 'status', role: 'status' });

  const siteControl = site
    ? checkbox('set-site', `Mark terms on ${site}`, !settings.disabledSites.includes(site))
    : checkbox('set-site', 'Mark terms on this site', false, {
        hint: 'This page has no site to set.',
        disabled: true,
      });

  const hiddenHere = site ? hiddenTermsOn(settings, site) : [];
  const hiddenList =
    site && hiddenHere.length > 0
      ? h(
          'fieldset',
          {},
          h('legend', {}, `Hidden on ${site}`),
          h(
            'ul',
            { class: 'hidden-terms' },
            ...hiddenHere.map((term) =>
              h(
                'li',
                {},
                h('span', {}, GLOSSARY[term].title),
                h(
                  'button',
                  { type: 'button', class: 'link-button', 'data-show-term': term },
                  'Show again',
                ),
              ),
            ),
          ),
        )
      : null;

  const form = h(
    'form',
    { class: 'settings', 'aria-label': 'Settings' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Marking'),
      checkbox('set-enabled', 'Mark terms on web pages', settings.enabled),
      siteControl,
      checkbox(
        'set-first',
        'Mark only the first mention of each term',
        settings.firstOccurrenceOnly,
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Highlight style'),
      ...radios('highlight', HIGHLIGHT_STYLES, HIGHLIGHT_LABELS, settings.highlightStyle),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Which words to mark'),
      ...CATEGORIES.map((category) =>
        checkbox(
          `set-category-${category}`,
          CATEGORY_CHOICES[category],
          settings.categories[category],
          { hint: categoryExamples(category) },
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Wording'),
      ...radios('audience', AUDIENCES, AUDIENCE_LABELS, settings.audience),
    ),
    hiddenList,
  );
  // Changes are saved as they happen; Enter in the form must not reload the popup.
  form.addEventListener('submit', (event) => event.preventDefault());

  function update(next: Settings): void {
    settings = next;
    deps.onChange(settings);
    deps.save(settings).then(
      () => (status.textContent = 'Saved.'),
      () => (status.textContent = 'Could not save the settings.'),
    );
  }

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const next: Settings = { ...settings, categories: { ...settings.categories } };
    if (input.id === 'set-enabled') next.enabled = input.checked;
    else if (input.id === 'set-first') next.firstOccurrenceOnly = input.checked;
    else if (input.id === 'set-site' && site) {
      const others = settings.disabledSites.filter((host) => host !== site);
      next.disabledSites = input.checked ? others : [...others, site];
    } else if (input.name === 'highlight') next.highlightStyle = input.value as HighlightStyle;
    else if (input.name === 'audience') next.audience = input.value as Audience;
    else {
      const category = CATEGORIES.find((c) => input.id === `set-category-${c}`);
      if (!category) return;
      next.categories[category] = input.checked;
    }
    update(next);
  });

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-show-term]');
    if (!button || !site) return;
    const remaining = hiddenTermsOn(settings, site).filter(
      (term) => term !== button.dataset.showTerm,
    );
    const hiddenTerms = { ...settings.hiddenTerms, [site]: remaining };
    if (remaining.length === 0) {
      delete hiddenTerms[site];
      hiddenList?.remove();
    } else {
      button.closest('li')?.remove();
    }
    update({ ...settings, hiddenTerms });
  });

  container.replaceChildren(form, status);
}
