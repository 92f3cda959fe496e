/**
 * The popup glossary: every term AMPS Lens marks and the related words, A–Z,
 * each a disclosure with what the pediatric view says, why children differ,
 * sources and, in the clinician wording, suggested wording; plus a search box over all names.
 */
import type { Audience } from '../settings/settings';
import {
  entrySources,
  textOf,
  type GlossaryEntry,
  type SupportingWord,
} from '../glossary/glossary';
import { h, type Child } from './dom';
import { glossaryItems, searchGlossary, type GlossaryItem } from './glossary-search';
import { sourceList } from './sources-view';
import { glossaryText } from '../glossary/texts';
import { format, t, uiLanguage } from './ui-text';

export interface GlossaryView {
  /** Opens and scrolls to `glossary-ID`; false when there is no such entry. */
  open(id: string): boolean;
  setAudience(audience: Audience): void;
}

export interface GlossaryOptions {
  audience: Audience;
  /** Shows the cycle diagram; offered only with terms CHOP groups under AMPS. */
  showCycle(): void;
  /** "Add to my questions": puts the term on the list for the next visit. */
  addQuestion?(term: GlossaryEntry['id']): Promise<void>;
}

export const entryElementId = (id: string) => `glossary-${id}`;

/** A dt/dd pair in a div, which HTML allows inside dl, so one attribute can hide both. */
function field(term: string, details: Child, attributes: Record<string, string> = {}): HTMLElement {
  return h('div', attributes, h('dt', {}, term), h('dd', {}, details));
}

function namesLine(label: string, names: string[], lang?: string): HTMLElement | null {
  if (names.length === 0) return null;
  return h('p', { class: 'entry-names' }, `${label}: `, h('span', { lang }, names.join(', ')));
}

function termBody(entry: GlossaryEntry): HTMLElement {
  return h(
    'div',
    { class: 'entry-body' },
    h(
      'dl',
      {},
      field(t('glossary.plainWords'), textOf(entry.parent), { 'data-audience': 'parent' }),
      field(t('glossary.clinicianNote'), textOf(entry.clinician), { 'data-audience': 'clinician' }),
      field(t('glossary.whyChildren'), textOf(entry.whyChildrenDiffer)),
      // Writers' advice: read by a parent, "CRPS type I" would sound like a diagnosis (§0.2).
      field(t('glossary.suggested'), entry.suggestedWording, { 'data-audience': 'clinician' }),
    ),
    namesLine(t('glossary.alsoWritten'), [...entry.names, ...entry.otherNames]),
    namesLine(t('glossary.inSpanish'), entry.spanishNames, 'es'),
    entry.mapsToAmps &&
      h(
        'button',
        { type: 'button', class: 'link-button', 'data-action': 'show-cycle' },
        t('glossary.seeCycle'),
      ),
    h(
      'button',
      { type: 'button', class: 'button', 'data-action': 'add-question' },
      t('tooltip.addQuestion'),
    ),
    h('p', { class: 'entry-sources-title' }, t('sources.heading')),
    sourceList(entrySources(entry)),
  );
}

function wordBody(word: SupportingWord): HTMLElement {
  return h(
    'div',
    { class: 'entry-body' },
    h('p', {}, word.definition),
    namesLine(t('glossary.inSpanish'), word.spanishNames, 'es'),
    h('p', { class: 'entry-sources-title' }, t('sources.heading')),
    sourceList(word.sourceIds),
  );
}

function itemElement(item: GlossaryItem, options: GlossaryOptions): HTMLDetailsElement {
  const category =
    item.kind === 'term'
      ? glossaryText(uiLanguage()).categoryLabels[item.entry.category]
      : t('glossary.relatedWord');
  const details = h(
    'details',
    { id: entryElementId(item.id), class: `entry entry-${item.kind}` },
    h(
      'summary',
      {},
      h(
        'span',
        { class: 'entry-heading' },
        h('span', { class: 'entry-title' }, item.title),
        h(
          'span',
          { class: `badge badge-${item.kind === 'term' ? item.entry.category : 'word'}` },
          category,
        ),
      ),
    ),
    item.kind === 'term' ? termBody(item.entry) : wordBody(item.word),
  );
  details.querySelector('[data-action="show-cycle"]')?.addEventListener('click', options.showCycle);
  const add = details.querySelector<HTMLButtonElement>('[data-action="add-question"]');
  if (add && item.kind === 'term' && options.addQuestion) {
    const { addQuestion } = options;
    add.addEventListener('click', () => {
      addQuestion(item.entry.id).then(
        () => (add.textContent = t('tooltip.questionAdded')),
        () => (add.textContent = t('glossary.addFailed')),
      );
    });
  } else add?.remove();
  return details;
}

export function renderGlossary(container: HTMLElement, options: GlossaryOptions): GlossaryView {
  const items = glossaryItems(uiLanguage());
  // Built once; a search only re-orders and re-attaches them, so open entries stay open.
  const entries = new Map(items.map((item) => [item, itemElement(item, options)]));
  const rows = new Map(items.map((item) => [item, h('li', {}, entries.get(item))]));

  const search = h('input', {
    id: 'glossary-search',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('glossary.searchExample'),
    'aria-describedby': 'glossary-status',
  });
  const status = h('p', { id: 'glossary-status', class: 'status', role: 'status' });
  const list = h('ul', { class: 'entries' });

  function filter(): void {
    const found = searchGlossary(search.value, items);
    list.replaceChildren(...found.map((item) => rows.get(item) ?? ''));
    const query = search.value.trim();
    if (query === '') status.textContent = format(t('glossary.count'), { count: items.length });
    else if (found.length === 0) status.textContent = format(t('glossary.noMatch'), { query });
    else
      status.textContent = format(
        t(found.length === 1 ? 'glossary.oneMatch' : 'glossary.matches'),
        {
          count: found.length,
        },
      );
    // One hit is almost always the entry wanted: save the extra click.
    const only = found.length === 1 ? entries.get(found[0]) : undefined;
    if (only) only.open = true;
  }

  function setAudience(audience: Audience): void {
    for (const details of entries.values()) {
      for (const text of details.querySelectorAll<HTMLElement>('[data-audience]')) {
        text.hidden = text.dataset.audience !== audience;
      }
    }
  }

  function open(id: string): boolean {
    const item = items.find((candidate) => candidate.id === id);
    const details = item && entries.get(item);
    if (!item || !details) return false;
    if (!list.contains(details)) {
      search.value = '';
      filter();
    }
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus();
    return true;
  }

  search.addEventListener('input', filter);
  container.replaceChildren(
    h(
      'div',
      { class: 'search' },
      h('label', { for: 'glossary-search' }, t('glossary.searchLabel')),
      search,
    ),
    status,
    list,
  );
  filter();
  setAudience(options.audience);
  return { open, setAudience };
}
