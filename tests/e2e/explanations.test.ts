import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings, type Settings } from '../../src/settings/settings';
import { SAFETY_LINE } from '../../src/glossary/glossary';
import { screenshot, waitForScan } from './support/extension-browser';
import { openPopupFor, useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { openTooltip, runShortcut, storeSettings } from './support/page-checks';
import { clickInTooltip, inTooltip, tooltipBox, tooltipLinkHref } from './support/tooltip';

const setup = useExtensionBrowser();
const { server } = setup;
const watch = useErrorFreePages();

/** A page about an adult: what a parent searching at night often lands on. */
const ADULT_PAGE = `<!doctype html><html lang="en"><head><title>Adult pain clinic</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px auto; max-width: 46em; }</style></head><body>
<h1>Living with long-term pain: a patient's story</h1>
<p>Mark, 54, was told in 1998 that he had <span id="rsd">RSD</span> after a wrist fracture.</p>
<p>Years later a pain clinic said <span id="crps">CRPS</span>, and explained the changes in his skin.</p>
<p>His brother was diagnosed with <span id="type2">CRPS (type II)</span> after a nerve laceration at work.</p>
<p>His wife has had <span id="fibro">fibromyalgia</span> since her forties and swims twice a week.</p>
<p>Both of them asked their doctors what the names meant and what they could do at home.</p>
</body></html>`;

const marks = {
  rsd: '#rsd mark',
  crps: '#crps mark',
  type2: '#type2 mark',
  fibro: '#fibro mark',
} as const;

async function openAdultPage(audience: Settings['audience'], width = 1280, height = 800) {
  await storeSettings(setup.browser, { ...defaultSettings(), audience });
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.setViewportSize({ width, height });
  await page.goto(server.page(`/adult-${audience}-${width}.html`, ADULT_PAGE));
  await waitForScan(page);
  return page;
}

/** The tooltip's box and the boxes of the lines of the mark it explains. */
async function geometry(page: Page, selector: string) {
  const box = await tooltipBox(page);
  if (!box) throw new Error('the tooltip is closed');
  const lines = await page.evaluate(
    (query) =>
      [...document.querySelector(query)!.getClientRects()].map((r) => ({
        top: r.top,
        bottom: r.bottom,
      })),
    selector,
  );
  return { top: box.top, bottom: box.bottom, height: box.bottom - box.top, lines };
}

/** Every link and button in the open tooltip lies inside the tooltip and the window. */
async function controlsInView(page: Page): Promise<string[]> {
  return inTooltip(
    page,
    (root) => {
      const box = root.querySelector('.tooltip')!.getBoundingClientRect();
      const clipped: string[] = [];
      for (const control of root.querySelectorAll<HTMLElement>('a[href], button')) {
        if (!control.checkVisibility()) continue;
        control.scrollIntoView({ block: 'nearest' });
        const rect = control.getBoundingClientRect();
        const inside =
          rect.top >= box.top - 0.5 &&
          rect.bottom <= box.bottom + 0.5 &&
          rect.left >= box.left - 0.5 &&
          rect.right <= box.right + 0.5 &&
          rect.bottom <= innerHeight &&
          rect.right <= document.documentElement.clientWidth;
        if (!inside) clipped.push(control.textContent ?? '');
      }
      return clipped;
    },
    undefined,
    ['no tooltip'],
  );
}

/** The tooltip's text as the reader sees it (closed panels left out), or '' when it is closed. */
const shownText = (page: Page) =>
  inTooltip(
    page,
    (root) => {
      const box = root.querySelector('.tooltip');
      return box instanceof HTMLElement && box.checkVisibility() ? box.innerText : '';
    },
    undefined,
    '',
  );

/** Hovers a mark, once any tooltip open over it has gone. */
async function hoverMark(page: Page, selector: string): Promise<string> {
  // Esc closes one the reader has tabbed or clicked into; moving away closes a hovered one.
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => openTooltip(page)).toBeNull();
  await page.hover(selector);
  await expect.poll(() => shownText(page)).not.toBe('');
  return shownText(page);
}

describe('explanations on a page about an adult', () => {
  for (const audience of ['parent', 'clinician'] as const) {
    it(`explains RSD, CRPS, CRPS (type II) and fibromyalgia calmly, beside the term (${audience} wording)`, async () => {
      const page = await openAdultPage(audience);
      const titles: Record<keyof typeof marks, string> = {
        rsd: 'Reflex sympathetic dystrophy (RSD)',
        crps: 'Complex regional pain syndrome (CRPS)',
        type2: 'Causalgia and CRPS type II',
        fibro: 'Fibromyalgia and juvenile fibromyalgia',
      };
      for (const [name, selector] of Object.entries(marks) as [keyof typeof marks, string][]) {
        const text = await hoverMark(page, selector);
        expect(text).toContain(titles[name]);
        if (name === 'type2') {
          expect(text).toContain('nerve');
          expect(text).not.toMatch(/form of AMPS|type I\b/);
        }
        const { height, top, bottom, lines } = await geometry(page, selector);
        expect(height, name).toBeLessThanOrEqual(320);
        for (const line of lines) expect(top >= line.bottom || bottom <= line.top, name).toBe(true);
        expect(await controlsInView(page), name).toEqual([]);
        await screenshot(page, `explain-${name}-${audience}`);
        // Writers' advice, with the sources, for clinicians only (docs/BRIEF.md §0.2).
        await clickInTooltip(page, 'Sources and more');
        const more = await shownText(page);
        expect(more, name).toMatch(/American College|CHOP|Stop Childhood Pain|IASP|Wilder|Schott/);
        if (audience === 'parent') expect(more, name).not.toContain('Suggested wording');
        else expect(more, name).toContain('Suggested wording');
        expect(await controlsInView(page), name).toEqual([]);
      }
    });
  }

  it('puts the same-day safety line, with its source, one tap away, and the sources and actions behind one more', async () => {
    const page = await openAdultPage('parent');
    expect(await hoverMark(page, marks.crps)).not.toContain(SAFETY_LINE.text);
    const closed = await geometry(page, marks.crps);
    await clickInTooltip(page, 'When to call a doctor');
    expect(await shownText(page)).toContain(SAFETY_LINE.text);
    // It grows to show the panel, up to its limit, where there is room.
    const opened = await geometry(page, marks.crps);
    expect(opened.height).toBeGreaterThan(closed.height + 60);
    expect(opened.height).toBeLessThanOrEqual(320);
    expect(await tooltipLinkHref(page, /Limp/)).toBe(
      'https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp',
    );
    expect(await controlsInView(page)).toEqual([]);
    await screenshot(page, 'explain-safety-line');
    await clickInTooltip(page, 'Sources and more');
    const text = await shownText(page);
    expect(text).not.toContain(SAFETY_LINE.text);
    expect(text).toContain('American College of Rheumatology');
    expect(text).not.toContain('Treatment Program');
    expect(await controlsInView(page)).toEqual([]);
    const { height } = await geometry(page, marks.crps);
    expect(height).toBeLessThanOrEqual(320);
    await screenshot(page, 'explain-sources-and-more');
  });

  it('follows its term when the page reflows above it', async () => {
    const page = await openAdultPage('parent');
    // Opened from the keyboard, so the pointer leaving the moved term does not close it.
    await page.bringToFront();
    for (let step = 0; step < 4; step++) await runShortcut(setup.browser, 'next-term');
    await expect.poll(() => shownText(page)).toContain('Fibromyalgia');
    const before = await geometry(page, marks.fibro);
    // A banner appears at the top of the page, as late-loading ads and images do.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '120px';
      document.body.prepend(banner);
    });
    // It moves with the term (by the banner, and by the margin the banner stops collapsing).
    await expect
      .poll(async () => {
        const { top, lines } = await geometry(page, marks.fibro);
        return Math.round(top - lines[0].bottom);
      })
      .toBe(Math.round(before.top - before.lines[0].bottom));
    expect((await geometry(page, marks.fibro)).top).toBeGreaterThanOrEqual(before.top + 120);
    const { top, bottom, lines } = await geometry(page, marks.fibro);
    for (const line of lines) expect(top >= line.bottom || bottom <= line.top).toBe(true);
  });

  it('fits a 360 px phone screen without covering the term', async () => {
    const page = await openAdultPage('parent', 360, 640);
    await page.locator(marks.type2).scrollIntoViewIfNeeded();
    expect(await hoverMark(page, marks.type2)).toContain('CRPS type II');
    const tip = (await openTooltip(page))!;
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(360);
    const { top, bottom, lines } = await geometry(page, marks.type2);
    for (const line of lines) expect(top >= line.bottom || bottom <= line.top).toBe(true);
    await clickInTooltip(page, 'Sources and more');
    expect(await controlsInView(page)).toEqual([]);
    await screenshot(page, 'explain-phone-360');
  });

  it('lists CRPS (type II) under the causalgia card in the popup, with the safety line and review status', async () => {
    const page = await openAdultPage('parent');
    const popup = await openPopupFor(setup.browser, page);
    watch(popup);
    const found = popup.locator('.found-term');
    await expect.poll(() => found.count()).toBeGreaterThan(0);
    const rows = (await found.allInnerTexts()).join('\n');
    expect(rows).toContain('Causalgia and CRPS type II');
    expect(rows).toMatch(/Complex regional pain syndrome \(CRPS\)\s+1 mention/);
    const footer = await popup.locator('footer').innerText();
    expect(footer).toContain(SAFETY_LINE.text);
    expect(footer).toContain('Not yet reviewed by a clinician.');
    await screenshot(popup, 'popup-page-adult');
    for (const [tab, name] of [
      ['Glossary', 'popup-tab-glossary'],
      ['Amplified pain', 'popup-tab-cycle'],
      ['Settings', 'popup-tab-settings'],
    ] as const) {
      await popup.getByRole('tab', { name: tab }).click();
      await screenshot(popup, name);
    }
  });
});
