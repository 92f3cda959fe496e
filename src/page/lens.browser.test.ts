import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultSettings, type Settings } from '../settings/settings';
import { Lens } from './lens';
import { lensOptions } from './lens-options';

let running: Lens | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  document.body.replaceChildren();
});

/** A lens on this document with these settings; resolves when its first scan is done. */
async function start(
  settings: Partial<Settings> = {},
  actions = { openGlossary: vi.fn(), hideOnThisSite: vi.fn() },
) {
  const lens = new Lens(
    document,
    lensOptions({ ...defaultSettings(), ...settings }, 'forum.example.org', actions),
  );
  running = lens;
  await lens.start(false);
  return { lens, actions };
}

const marked = () =>
  [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')].map(
    (m) => m.dataset.ampsTerm,
  );

const PAGE = '<p>RSD at first, CRPS type 1 later, RSD again, and fibromyalgia.</p>';

describe('lens options decide what is marked', () => {
  it('marks every chosen term by default, and records a finished scan', async () => {
    document.body.innerHTML = PAGE;
    const { lens } = await start();
    expect(marked()).toEqual(['rsd', 'crps', 'rsd', 'fibromyalgia']);
    expect(lens.state()).toEqual({
      skipped: false,
      fullScans: 1,
      incrementalScans: 0,
      marks: 4,
      settled: true,
    });
  });

  it('only the first mention, without categories turned off, without words hidden on the site', async () => {
    document.body.innerHTML = PAGE;
    await start({
      firstOccurrenceOnly: true,
      categories: { ...defaultSettings().categories, 'current-term': false },
      hiddenTerms: {
        'forum.example.org': ['fibromyalgia'],
        constructor: ['rsd'],
      } as Settings['hiddenTerms'],
    });
    expect(marked()).toEqual(['rsd']);
  });

  it('records that it decided not to read an editor in design mode', async () => {
    document.body.innerHTML = PAGE;
    document.designMode = 'on';
    try {
      const { lens } = await start();
      expect(lens.state()).toMatchObject({ skipped: true, settled: true, marks: 0 });
      expect(marked()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });
});

describe('the tooltip answers the reader, not the page', () => {
  it('opens on a real hover, with the description only while it is open', async () => {
    document.body.innerHTML = PAGE;
    await start();
    const mark = document.querySelector<HTMLElement>('mark[data-amps-term="rsd"]')!;
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    mark.click();
    expect(document.querySelector('amps-lens-ui')).toBeNull();
    expect(mark.hasAttribute('aria-description')).toBe(false);
    await userEvent.hover(mark);
    await vi.waitFor(() => expect(document.querySelector('amps-lens-ui')).not.toBeNull());
    expect(mark.getAttribute('aria-description')).toContain('Reflex sympathetic dystrophy');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(mark.hasAttribute('aria-description')).toBe(false));
  });
});
