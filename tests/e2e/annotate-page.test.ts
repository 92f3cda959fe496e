import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, screenshot, waitForScan } from './support/extension-browser';
import { useExtensionBrowser } from './support/extension-test';
import { tooltipBox, tooltipText } from './support/tooltip';

const PAGES = [
  'forum-thread',
  'hospital-patient-education',
  'news-article',
  'adhd-electronics-lookalikes',
];

const setup = useExtensionBrowser();
const { server } = setup;

async function open(path: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForScan(page);
  return page;
}

/** The term of each occurrence, in page order (pieces of one occurrence count once). */
function markedTerms(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const terms: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-amps-term]')) {
      if (seen.has(mark.dataset.ampsOccurrence ?? '')) continue;
      seen.add(mark.dataset.ampsOccurrence ?? '');
      terms.push(mark.dataset.ampsTerm ?? '');
    }
    return terms;
  });
}

describe('marks on real-style pages', () => {
  for (const name of PAGES) {
    it(`marks exactly the labelled terms of ${name}`, async () => {
      const expected = JSON.parse(
        readFileSync(join(ROOT, 'tests/fixtures/pages', `${name}.json`), 'utf8'),
      ) as { expect: string[] };
      const page = await open(`/pages/${name}.html`);
      expect(await markedTerms(page)).toEqual(expected.expect);
      await screenshot(page, `page-${name}`);
      await page.close();
    });
  }

  it('keeps the page text identical and marks out of the tab order', async () => {
    const page = await setup.browser.context.newPage();
    await page.goto(`${server.origin}/pages/forum-thread.html`);
    await waitForScan(page);
    const after = await page.evaluate(() => document.body.textContent);
    const original = await setup.browser.context.newPage();
    const raw = readFileSync(join(ROOT, 'tests/fixtures/pages/forum-thread.html'), 'utf8');
    await original.setContent(raw);
    // setContent pages run no content script (about:blank is not http), so this is the untouched text.
    const before = await original.evaluate(() => document.body.textContent);
    expect(after).toBe(before);
    const tabIndexes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')].map(
        (mark) => mark.tabIndex,
      ),
    );
    expect(tabIndexes.length).toBeGreaterThan(0);
    expect(tabIndexes.every((index) => index === -1)).toBe(true);
    await page.close();
    await original.close();
  });

  it('leaves no measure on the page timeline (only the AMPS_LENS_MEASURE=1 build records them)', async () => {
    const page = await open('/pages/news-article.html');
    expect(await page.locator('mark[data-amps-term]').count()).toBeGreaterThan(0);
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((entry) => entry.name),
    );
    expect(measures).toEqual([]);
    await page.close();
  });
});

describe('tooltips', () => {
  it('explains a mark on hover with the pediatric view, sources and the disclaimer', async () => {
    const page = await open('/pages/forum-thread.html');
    expect(await tooltipText(page)).toBeNull();
    await page.hover('mark[data-amps-term="rsd"]');
    const text = await tooltipText(page);
    expect(text).toContain('Reflex sympathetic dystrophy');
    expect(text).toContain("CHOP's pediatric team");
    expect(text).toContain("Ask your child's care team.");
    expect(text).toContain('This is information, not medical advice.');
    await screenshot(page, 'tooltip-hover');
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltipText(page)).toBeNull();
    await page.close();
  });

  it('explains a mark on keyboard focus and closes on Escape', async () => {
    const page = await open('/pages/forum-thread.html');
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('mark[data-amps-term="amps"]')?.focus(),
    );
    expect(await tooltipText(page)).toContain('AMPS');
    await page.keyboard.press('Escape');
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });

  it('explains CRPS type II with the nerve-injury card, never as a form of AMPS', async () => {
    const url = server.page(
      '/crps-type-2.html',
      '<!doctype html><body><p>Her letter says CRPS type II after the nerve injury, and her sister has CRPS type 1.</p></body>',
    );
    const page = await setup.browser.context.newPage();
    await page.goto(url);
    await waitForScan(page);
    await page.hover('mark[data-amps-term="crps"]');
    const text = await tooltipText(page);
    expect(text).toContain('Causalgia');
    expect(text).not.toContain('form of AMPS');
    await page.close();
  });

  it('stays inside a phone-sized viewport', async () => {
    const page = await setup.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${server.origin}/pages/hospital-patient-education.html`);
    await waitForScan(page);
    const mark = page.locator('mark[data-amps-term="sympathetic"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const box = await tooltipBox(page);
    expect(box).not.toBeNull();
    expect(box!.left).toBeGreaterThanOrEqual(0);
    expect(box!.right).toBeLessThanOrEqual(360);
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.bottom).toBeLessThanOrEqual(640);
    await screenshot(page, 'tooltip-narrow');
    await page.mouse.click(5, 600);
    expect(await tooltipText(page)).toBeNull();
    await page.close();
  });
});
