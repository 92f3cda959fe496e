/**
 * Pages whose own scripts attack AMPS Lens (issue 13): they try to change the reader's settings,
 * open glossary tabs, and tell whether AMPS Lens is installed. The page's inline script does the
 * attacking; the test only opens the page and looks at what came of it.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForScan } from './support/extension-browser';
import { useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, storeSettings } from './support/page-checks';
import { html, marksIn } from './support/test-pages';
import { clickInTooltip, tooltipControls, tooltipText } from './support/tooltip';

const setup = useExtensionBrowser();
const { server } = setup;
const watch = useErrorFreePages();

/** The stored settings as they are now. */
function storedSettings(): Promise<unknown> {
  return setup.browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('settings')).settings;
  });
}

const glossaryTabs = () =>
  setup.browser.context.pages().filter((page) => page.url().includes('/popup.html#glossary'));

/**
 * The attack, run by the page itself once our marks are there: synthetic hovers, focus events
 * and clicks on a real mark and on a fake one, a real focus, and then every button it can reach
 * in our tooltip, clicked 15 times. It writes what it saw to `window.attack` and sets the title.
 */
const ATTACK = `<script>
  const attack = { tooltipAfterSyntheticEvents: false, buttonsReached: 0, errors: [] };
  window.attack = attack;
  function run() {
    const real = document.querySelector('mark[data-amps-term]');
    const fake = document.createElement('mark');
    fake.dataset.ampsTerm = 'rsd';
    fake.dataset.ampsOccurrence = real.dataset.ampsOccurrence;
    fake.dataset.ampsCard = '__proto__';
    fake.textContent = 'RSD';
    document.getElementById('fake').append(fake);
    for (const target of [real, fake]) {
      for (const type of ['mouseover', 'focusin', 'click']) {
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      }
      target.click();
    }
    attack.tooltipAfterSyntheticEvents = document.querySelector('amps-lens-ui') !== null;
    real.focus();
    fake.focus();
    const host = document.querySelector('amps-lens-ui');
    const buttons = [...(host?.shadowRoot?.querySelectorAll('button, summary') ?? [])];
    attack.buttonsReached = buttons.length;
    for (let round = 0; round < 15; round++) for (const button of buttons) button.click();
    document.title = 'attacked';
  }
  const ready = () => document.querySelector('mark[data-amps-term]');
  if (ready()) run();
  else new MutationObserver((_, observer) => {
    if (ready()) { observer.disconnect(); try { run(); } catch (error) { attack.errors.push(String(error)); document.title = 'attacked'; } }
  }).observe(document, { childList: true, subtree: true });
</script>`;

async function openAttacked(path: string, body: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(server.page(path, html(body)));
  await page.waitForFunction(() => document.title === 'attacked');
  return page;
}

describe('a page that attacks the settings', () => {
  it('cannot open the tooltip with synthetic events, hide words or open glossary tabs', async () => {
    const page = await openAttacked(
      '/attack.html',
      `<p id="text">RSD, CRPS, fibromyalgia and causalgia.</p><p id="fake"></p>${ATTACK}`,
    );
    const attack = await page.evaluate(() => (window as unknown as { attack: object }).attack);
    expect(attack).toMatchObject({ tooltipAfterSyntheticEvents: false, errors: [] });
    // The page's script ran to its end; now the browser settles what it may have set off.
    await waitForScan(page);
    await page.reload();
    await page.waitForFunction(() => document.title === 'attacked');
    // Four in the text, and the page's own RSD inside its fake mark: page text like any other.
    expect((await waitForScan(page)).lens?.marks).toBe(5);
    expect(await marksIn(page, '#text')).toEqual([
      'rsd: RSD',
      'crps: CRPS',
      'fibromyalgia: fibromyalgia',
      'causalgia: causalgia',
    ]);
    expect(await storedSettings()).toBeUndefined();
    expect(glossaryTabs()).toEqual([]);
  });

  it('a frame from another site cannot hide words for the site that embeds it, and is not marked', async () => {
    const otherSite = server.origin.replace('127.0.0.1', 'localhost');
    server.page('/ad.html', html(`<p>RSD in an ad.</p><p id="fake"></p>${ATTACK}`));
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(
      server.page(
        '/embeds-ad.html',
        html(`<p>RSD on the page.</p><iframe src="${otherSite}/ad.html"></iframe>`),
      ),
    );
    await waitForScan(page);
    const frame = page.frames()[1] as Frame;
    await frame.waitForLoadState();
    expect((await waitForScan(page, 0, frame.url())).off).toBe('other-origin-frame');
    // It never marks, so its attack never starts: nothing of ours is there for it to find.
    expect(await frame.evaluate(() => document.querySelectorAll('mark, amps-lens-ui').length)).toBe(
      0,
    );
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD']);
    expect(await storedSettings()).toBeUndefined();
  });

  it('"More in the glossary" reuses one tab', async () => {
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(server.page('/glossary-tab.html', html('<p>RSD and CRPS.</p>')));
    await waitForScan(page);
    for (const term of ['rsd', 'crps', 'rsd']) {
      await page.bringToFront();
      await page.hover(`mark[data-amps-term="${term}"]`);
      await expect.poll(() => tooltipText(page)).not.toBeNull();
      const shown = await tooltipControls(page, 'button');
      if (!shown.includes('More in the glossary')) await clickInTooltip(page, 'Sources and more');
      await clickInTooltip(page, 'More in the glossary');
      await expect
        .poll(() => glossaryTabs().map((tab) => new URL(tab.url()).hash))
        .toEqual([`#glossary-${term}`]);
    }
    for (const tab of glossaryTabs()) await tab.close();
  });
});

/**
 * A page script that watches for our tooltip and, the moment it opens, tries every way in:
 * the host's shadow root, the page's buttons, the host's own children, the tooltip role, and
 * the host's text. It writes what it reached to `window.reached` and sets the title.
 */
const REACH_FOR_TOOLTIP = `<script>
  new MutationObserver((_, observer) => {
    const host = document.querySelector('amps-lens-ui');
    if (!host) return;
    observer.disconnect();
    const root = host.shadowRoot;
    window.reached = {
      shadowRoot: root !== null,
      buttons: document.querySelectorAll('button').length + (root?.querySelectorAll('button').length ?? 0),
      children: host.querySelectorAll('*').length,
      tooltipRole: document.querySelector('[role="tooltip"]') !== null,
      text: host.textContent + host.innerText + (root?.textContent ?? ''),
    };
    document.title = 'reached';
  }).observe(document.documentElement, { childList: true });
</script>`;

describe('a page that reaches for the tooltip', () => {
  it('finds the host but neither its shadow root, its buttons nor its text', async () => {
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(server.page('/reach.html', html(`<p>RSD and CRPS.</p>${REACH_FOR_TOOLTIP}`)));
    await waitForScan(page);
    await page.bringToFront();
    await page.hover('mark[data-amps-term="rsd"]');
    await page.waitForFunction(() => document.title === 'reached');
    // The tooltip is open, with its buttons, as the DevTools protocol sees it.
    expect(await tooltipText(page)).toContain('Reflex sympathetic dystrophy');
    expect(await tooltipControls(page, 'button')).toContain('Sources and more');
    // The page saw none of it.
    const reached = await page.evaluate(() => (window as unknown as { reached: object }).reached);
    expect(reached).toEqual({
      shadowRoot: false,
      buttons: 0,
      children: 0,
      tooltipRole: false,
      text: '',
    });
  });
});

/** What a page can see of AMPS Lens: styles on a probe mark, adopted sheets, our elements, the timeline. */
const visible = (page: Page) =>
  page.evaluate(() => {
    const probe = getComputedStyle(document.getElementById('probe') as Element);
    return {
      probeLine: probe.textDecorationLine,
      adopted: document.adoptedStyleSheets.length,
      sheets: document.styleSheets.length,
      ours: document.querySelectorAll('amps-lens-ui, [data-amps-style], [data-amps-card]').length,
      timeline: performance.getEntriesByType('measure').length,
    };
  });

describe('nothing to detect where AMPS Lens marks nothing', () => {
  const PROBE = `<p>Nothing to mark here.</p>
    <mark id="probe" data-amps-term="rsd" data-amps-occurrence="1">probe</mark>`;
  const NOTHING = { probeLine: 'none', adopted: 0, sheets: 0, ours: 0, timeline: 0 };

  it('on a page without terms', async () => {
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(server.page('/no-terms.html', html(PROBE)));
    expect((await waitForScan(page)).lens).toMatchObject({ fullScans: 1, marks: 0 });
    expect(await visible(page)).toEqual(NOTHING);
  });

  it('where it is turned off, or not picked', async () => {
    for (const [stored, off] of [
      ['settings', 'turned-off'],
      ['siteAccess', 'not-picked'],
    ] as const) {
      if (stored === 'settings') await storeSettings(setup.browser, { enabled: false });
      else {
        await storeSettings(setup.browser, {});
        await setup.browser.worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { storage: { local: { set(items: object): Promise<void> } } };
          };
          await chrome.storage.local.set({
            siteAccess: { onlyPickedSites: true, pickedSites: [] },
          });
        });
      }
      const page = await setup.browser.context.newPage();
      watch(page);
      await page.goto(server.page(`/probe-${off}.html`, html(`<p>RSD and CRPS.</p>${PROBE}`)));
      expect((await waitForScan(page)).off).toBe(off);
      expect(await visible(page)).toEqual(NOTHING);
    }
  });

  it('where it marks, shows no settings: no style or card attributes, a description only while explained', async () => {
    const page = await setup.browser.context.newPage();
    watch(page);
    await storeSettings(setup.browser, { highlightStyle: 'background', audience: 'clinician' });
    await page.goto(server.page('/marked.html', html('<p>RSD and CRPS.</p>')));
    await waitForScan(page);
    const attributes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('mark')].map((mark) =>
          mark.getAttributeNames().toSorted().join(' '),
        ),
      );
    expect(await attributes()).toEqual([
      'data-amps-occurrence data-amps-term data-markjs tabindex',
      'data-amps-occurrence data-amps-term data-markjs tabindex',
    ]);
    await page.hover('mark[data-amps-term="rsd"]');
    await expect
      .poll(() => page.locator('mark[data-amps-term="rsd"]').getAttribute('aria-description'))
      .toContain('Reflex sympathetic dystrophy');
    await page.keyboard.press('Escape');
    await expect
      .poll(attributes)
      .toEqual([
        'data-amps-occurrence data-amps-term data-markjs tabindex',
        'data-amps-occurrence data-amps-term data-markjs tabindex',
      ]);
  });
});
