/**
 * The settings form. Every change is saved at once through `update` (updateSettings in
 * src/settings/settings.ts, which applies it to what is stored now), so there is no Save button
 * to miss and no change made elsewhere meanwhile is lost. `show` redraws it when settings change
 * in another page (a tab's "Hide here", a second popup).
 */
import {
  AUDIENCES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  HIGHLIGHT_STYLES,
  hiddenTermsOn,
  showTerm,
  type Audience,
  type HighlightStyle,
  type Settings,
} from '../settings/settings';
import { CATEGORIES, GLOSSARY, type Category } from '../glossary/glossary';
import { TERM_IDS } from '../terms/term-match';
import { h } from './dom';
import { entryIn } from '../glossary/texts';
import { format, t, uiLanguage } from './ui-text';

export interface SettingsViewDeps {
  settings: Settings;
  /** The current tab's hostname, or null when the page has none (browser pages, files). */
  site: string | null;
  /** Applies a change to the stored settings; resolves with the settings saved. */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  onChange(settings: Settings): void;
}

export interface SettingsView {
  /** Shows settings saved elsewhere, keeping focus on the control that had it. */
  show(settings: Settings): void;
}

// Functions, not constants: the words are those of the language the popup is drawn in.
const highlightLabels = (): Record<HighlightStyle, string> => ({
  underline: t('settings.underline'),
  background: t('settings.background'),
  none: t('settings.noHighlight'),
});

const audienceLabels = (): Record<Audience, string> => ({
  parent: t('settings.parent'),
  clinician: t('settings.clinician'),
});

// Each language named in its own words, so a reader can find theirs.
const languageLabels = (): Record<InterfaceLanguage, string> => ({
  auto: t('settings.languageAuto'),
  en: t('settings.languageEn'),
  es: t('settings.languageEs'),
});

const categoryChoices = (): Record<Category, string> => ({
  'older-name': t('settings.olderNames'),
  'current-term': t('settings.currentTerms'),
  'two-meanings': t('settings.twoMeanings'),
  'chop-umbrella': t('settings.umbrella'),
});

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

export function renderSettings(container: HTMLElement, deps: SettingsViewDeps): SettingsView {
  const { site } = deps;
  const status = h('p', { class: 'status', role: 'status' });
  let shown = '';

  function update(change: (settings: Settings) => Settings): void {
    deps.update(change).then(
      (saved) => {
        show(saved);
        deps.onChange(saved);
        status.textContent = t('settings.saved');
      },
      () => (status.textContent = t('settings.saveFailed')),
    );
  }

  function show(settings: Settings): void {
    // Unchanged (our own save coming back through the watcher): nothing to redraw.
    const key = JSON.stringify(settings);
    if (key === shown) return;
    shown = key;
    const focusedId = container.ownerDocument.activeElement?.id;
    container.replaceChildren(settingsForm(settings, site, update), status);
    if (focusedId) container.ownerDocument.getElementById(focusedId)?.focus();
  }

  show(deps.settings);
  return { show };
}

function settingsForm(
  settings: Settings,
  site: string | null,
  update: (change: (settings: Settings) => Settings) => void,
): HTMLElement {
  const siteControl = site
    ? checkbox(
        'set-site',
        format(t('settings.markOnSite'), { site }),
        !settings.disabledSites.includes(site),
      )
    : checkbox('set-site', t('settings.markThisSite'), false, {
        hint: t('settings.noSite'),
        disabled: true,
      });

  const hiddenHere = site ? hiddenTermsOn(settings, site) : [];
  const hiddenList =
    site && hiddenHere.length > 0
      ? h(
          'fieldset',
          {},
          h('legend', {}, format(t('settings.hiddenOn'), { site })),
          h(
            'ul',
            { class: 'hidden-terms' },
            ...hiddenHere.map((term) =>
              h(
                'li',
                {},
                h('span', {}, entryIn(term, uiLanguage()).title),
                h(
                  'button',
                  { type: 'button', class: 'link-button', 'data-show-term': term },
                  t('settings.showAgain'),
                ),
              ),
            ),
          ),
        )
      : null;

  const form = h(
    'form',
    { class: 'settings', 'aria-label': t('popup.tab.settings') },
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.marking')),
      checkbox('set-enabled', t('settings.markPages'), settings.enabled),
      siteControl,
      checkbox('set-first', t('settings.firstOnly'), settings.firstOccurrenceOnly),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.highlightStyle')),
      ...radios('highlight', HIGHLIGHT_STYLES, highlightLabels(), settings.highlightStyle),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.whichWords')),
      ...CATEGORIES.map((category) =>
        checkbox(
          `set-category-${category}`,
          categoryChoices()[category],
          settings.categories[category],
          { hint: categoryExamples(category) },
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.wording')),
      ...radios('audience', AUDIENCES, audienceLabels(), settings.audience),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.language')),
      ...radios('language', INTERFACE_LANGUAGES, languageLabels(), settings.language),
    ),
    hiddenList,
  );
  // Changes are saved as they happen; Enter in the form must not reload the popup.
  form.addEventListener('submit', (event) => event.preventDefault());

  form.addEventListener('change', (event) => {
    const change = changeFor(event.target as HTMLInputElement, site);
    if (change) update(change);
  });

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-show-term]');
    const term = TERM_IDS.find((id) => id === button?.dataset.showTerm);
    if (!button || !site || !term) return;
    if (hiddenTermsOn(settings, site).length === 1) hiddenList?.remove();
    else button.closest('li')?.remove();
    update(showTerm(site, term));
  });

  return form;
}

/** What a control's new value changes in the stored settings. */
function changeFor(
  input: HTMLInputElement,
  site: string | null,
): ((settings: Settings) => Settings) | null {
  const { checked, value } = input;
  if (input.id === 'set-enabled') return (s) => ({ ...s, enabled: checked });
  if (input.id === 'set-first') return (s) => ({ ...s, firstOccurrenceOnly: checked });
  if (input.id === 'set-site' && site) {
    return (s) => {
      const others = s.disabledSites.filter((host) => host !== site);
      return { ...s, disabledSites: checked ? others : [...others, site] };
    };
  }
  if (input.name === 'highlight') {
    return (s) => ({ ...s, highlightStyle: value as HighlightStyle });
  }
  if (input.name === 'audience') return (s) => ({ ...s, audience: value as Audience });
  if (input.name === 'language') return (s) => ({ ...s, language: value as InterfaceLanguage });
  const category = CATEGORIES.find((c) => input.id === `set-category-${c}`);
  if (!category) return null;
  return (s) => ({ ...s, categories: { ...s.categories, [category]: checked } });
}
