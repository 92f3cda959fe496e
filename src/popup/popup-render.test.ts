// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../settings/settings';
import { CYCLE, cycleSources } from '../glossary/cycle';
import { GLOSSARY, SUPPORTING_WORDS, entrySources, textOf } from '../glossary/glossary';
import { sourceById } from '../glossary/sources';
import { renderCycle } from './cycle-view';
import { renderGlossary } from './glossary-view';
import { asPageTerms, renderPageTerms } from './page-view';
import { renderSettings } from './settings-view';

let container: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  container = document.createElement('div');
  document.body.append(container);
});

describe('glossary', () => {
  it('lists every term and related word, with sources opening in a new tab', () => {
    renderGlossary(container, { audience: 'parent', showCycle: () => {} });
    for (const entry of Object.values(GLOSSARY)) {
      const details = container.querySelector(`#glossary-${entry.id}`);
      expect(details?.querySelector('summary')?.textContent, entry.id).toContain(entry.title);
      const links = [...(details?.querySelectorAll('a') ?? [])];
      // Papers the brief has no official address for are cited without a link.
      const linked = entrySources(entry).filter((id) => sourceById(id).url);
      expect(links).toHaveLength(linked.length);
      for (const link of links) {
        expect(link.target).toBe('_blank');
        expect(link.rel).toBe('noopener');
      }
    }
    for (const word of SUPPORTING_WORDS) {
      expect(container.querySelector(`#glossary-${word.id}`), word.id).not.toBeNull();
    }
  });

  it('filters by alias as the user types', () => {
    renderGlossary(container, { audience: 'parent', showCycle: () => {} });
    const search = container.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'sudeck';
    search.dispatchEvent(new Event('input'));
    const shown = [...container.querySelectorAll('.entries details')].map((d) => d.id);
    expect(shown).toEqual(['glossary-algodystrophy']);
    expect((container.querySelector('#glossary-algodystrophy') as HTMLDetailsElement).open).toBe(
      true,
    );
    expect(container.querySelector('[role="status"]')?.textContent).toBe('1 entry matches.');
  });

  it('opens an entry by id, clearing a search that hid it', () => {
    const view = renderGlossary(container, { audience: 'parent', showCycle: () => {} });
    const search = container.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'sudeck';
    search.dispatchEvent(new Event('input'));
    expect(view.open('causalgia')).toBe(true);
    expect((container.querySelector('#glossary-causalgia') as HTMLDetailsElement).open).toBe(true);
    expect(search.value).toBe('');
    expect(view.open('no-such-entry')).toBe(false);
  });

  it('shows the parent or the clinician text', () => {
    const view = renderGlossary(container, { audience: 'parent', showCycle: () => {} });
    const rsd = container.querySelector('#glossary-rsd') as HTMLElement;
    const visibleText = () =>
      [...rsd.querySelectorAll<HTMLElement>('[data-audience]')]
        .filter((el) => !el.hidden)
        .map((el) => el.textContent);
    expect(visibleText().join()).toContain(textOf(GLOSSARY.rsd.parent));
    view.setAudience('clinician');
    expect(visibleText().join()).toContain(textOf(GLOSSARY.rsd.clinician));
    expect(visibleText().join()).not.toContain(textOf(GLOSSARY.rsd.parent));
  });

  it('offers the cycle only with terms CHOP groups under AMPS', () => {
    const showCycle = vi.fn();
    renderGlossary(container, { audience: 'parent', showCycle });
    expect(container.querySelector('#glossary-causalgia [data-action="show-cycle"]')).toBeNull();
    container.querySelector<HTMLButtonElement>('#glossary-rsd [data-action="show-cycle"]')?.click();
    expect(showCycle).toHaveBeenCalledOnce();
  });
});

describe('cycle', () => {
  it('draws the six steps and the loop and steps through them with Next', () => {
    const view = renderCycle(container);
    const parts = [...container.querySelectorAll('svg [data-part]')].map((part) =>
      part.getAttribute('data-part'),
    );
    expect(parts).toEqual(CYCLE.steps.map((step) => step.id));
    expect(parts).toHaveLength(7);

    const caption = container.querySelector('[aria-live="polite"]') as HTMLElement;
    const [previous, next] = [
      ...container.querySelectorAll<HTMLButtonElement>('.cycle-controls button'),
    ];
    expect(previous.disabled).toBe(true);

    for (const [index, step] of CYCLE.steps.entries()) {
      expect(view.step).toBe(index);
      expect(caption.textContent).toContain(step.caption);
      const current = container.querySelectorAll('svg .is-current');
      expect([...current].map((el) => el.getAttribute('data-part'))).toEqual([step.id]);
      next.click();
    }
    expect(view.step).toBe(CYCLE.steps.length - 1);
    expect(next.disabled).toBe(true);
    expect(container.querySelector('.cycle-counter')?.textContent).toBe('Then the loop');
  });

  it('steps with the arrow keys', () => {
    const view = renderCycle(container);
    const figure = container.querySelector('figure') as HTMLElement;
    figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(view.step).toBe(2);
    figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(view.step).toBe(1);
    expect(container.querySelector('.cycle-counter')?.textContent).toBe('Step 2 of 6');
  });

  it('shows the explanation, the disagreement, the questions and the sources', () => {
    renderCycle(container);
    const text = container.textContent ?? '';
    expect(text).toContain(textOf(CYCLE.parentExplanation));
    expect(text).toContain(textOf(CYCLE.disagreement));
    for (const question of CYCLE.questions) expect(text).toContain(question);
    expect(container.querySelectorAll('.sources li')).toHaveLength(cycleSources().length);
  });
});

describe('page terms', () => {
  const deps = {
    reveal: vi.fn(() => Promise.resolve()),
    copy: vi.fn(() => Promise.resolve()),
    showEntry: vi.fn(),
  };

  it('lists the terms with counts and reveals one on click', () => {
    renderPageTerms(container, {
      ...deps,
      pageTerms: {
        url: 'https://example.org/',
        terms: [
          { term: 'rsd', card: 'rsd', count: 3, excerpts: [] },
          { term: 'amps', card: 'amps', count: 1, excerpts: [] },
        ],
      },
    });
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.found-term')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      `${GLOSSARY.rsd.title}3 mentions`,
      `${GLOSSARY.amps.title}1 mention`,
    ]);
    buttons[0].click();
    expect(deps.reveal).toHaveBeenCalledWith('rsd');
    container.querySelector<HTMLButtonElement>('.found-explain')?.click();
    expect(deps.showEntry).toHaveBeenCalledWith('rsd');
  });

  it('says so kindly when the page has no content script', () => {
    renderPageTerms(container, { ...deps, pageTerms: null });
    expect(container.textContent).toContain('can’t read this page');
  });

  it('offers the reader when the tab shows a PDF', () => {
    const openReader = vi.fn();
    renderPageTerms(container, {
      ...deps,
      pageTerms: { url: 'https://portal.example/letter', terms: [], pdf: true },
      openReader,
    });
    expect(container.textContent).toContain('can’t read the browser’s PDF viewer');
    container.querySelector<HTMLButtonElement>('button')?.click();
    expect(openReader).toHaveBeenCalled();
    renderPageTerms(container, { ...deps, pageTerms: null, isPdf: true, openReader });
    expect(container.textContent).toContain('can’t read the browser’s PDF viewer');
  });

  it('shows where in a document each term is', () => {
    renderPageTerms(container, {
      ...deps,
      pageTerms: {
        url: 'letter.pdf',
        terms: [{ term: 'rsd', card: 'rsd', count: 2, excerpts: [] }],
      },
      where: () => 'pages 1 and 2',
    });
    expect(container.querySelector('.found-term')?.textContent).toBe(
      `${GLOSSARY.rsd.title}2 mentionspages 1 and 2`,
    );
  });

  it('accepts only well-formed answers', () => {
    expect(asPageTerms(undefined)).toBeNull();
    expect(
      asPageTerms({
        url: 'https://example.org/',
        terms: [{ term: 'nope', card: 'nope', count: 1, excerpts: [] }],
      }),
    ).toBeNull();
    const good = {
      url: 'https://example.org/',
      terms: [{ term: 'rsd', card: 'rsd', count: 1, excerpts: ['RSD'] }],
    };
    expect(asPageTerms(good)).toEqual(good);
  });
});

/** A stored value the view changes through `update`, as updateSettings does. */
function storage(initial: Settings) {
  const stored = { value: initial };
  const update = async (change: (settings: Settings) => Settings) =>
    (stored.value = change(stored.value));
  return { stored, update };
}

describe('settings', () => {
  it('saves each change at once, keeping the site as a hostname', async () => {
    const { stored, update } = storage(defaultSettings());
    renderSettings(container, {
      settings: defaultSettings(),
      site: 'forum.example.org',
      update,
      onChange: () => {},
    });
    const site = container.querySelector('#set-site') as HTMLInputElement;
    expect(site.checked).toBe(true);
    site.click();
    await vi.waitFor(() => expect(stored.value.disabledSites).toEqual(['forum.example.org']));
    const clinician = container.querySelector('#audience-clinician') as HTMLInputElement;
    clinician.click();
    await vi.waitFor(() => expect(stored.value.audience).toBe('clinician'));
    expect(stored.value.disabledSites).toEqual(['forum.example.org']);
  });

  it('changes what is stored now, not the copy it was opened with, and shows changes from elsewhere', async () => {
    const { stored, update } = storage(defaultSettings());
    const view = renderSettings(container, {
      settings: defaultSettings(),
      site: 'forum.example.org',
      update,
      onChange: () => {},
    });
    // A tab hides a word while the popup is open.
    stored.value = { ...stored.value, hiddenTerms: { 'forum.example.org': ['rsd'] } };
    view.show(stored.value);
    expect(container.textContent).toContain('Hidden on forum.example.org');
    (container.querySelector('#set-first') as HTMLInputElement).click();
    await vi.waitFor(() => expect(stored.value.firstOccurrenceOnly).toBe(true));
    expect(stored.value.hiddenTerms).toEqual({ 'forum.example.org': ['rsd'] });
  });

  it('gives every control a label', () => {
    renderSettings(container, {
      settings: defaultSettings(),
      site: null,
      update: async (change) => change(defaultSettings()),
      onChange: () => {},
    });
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect((container.querySelector('#set-site') as HTMLInputElement).disabled).toBe(true);
  });
});
