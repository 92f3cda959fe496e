import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForScan } from './support/extension-browser';
import { openWithPopup, useExtensionBrowser } from './support/extension-test';
import { clickInTooltip, tooltipText } from './support/tooltip';

const setup = useExtensionBrowser();
const { server } = setup;

const marksOf = (page: Page, term: string) =>
  page.evaluate((id) => document.querySelectorAll(`mark[data-amps-term="${id}"]`).length, term);

/** Clicks one of the tooltip's actions, which sit behind its "Sources and more" button. */
async function clickAction(page: Page, name: string): Promise<void> {
  await clickInTooltip(page, 'Sources and more');
  await clickInTooltip(page, name);
}

/** The first mark's background colour, as drawn. */
const markBackground = (page: Page) =>
  page.evaluate(
    () =>
      getComputedStyle(document.querySelector('mark[data-amps-term]') as Element).backgroundColor,
  );

describe('settings apply live to open tabs', () => {
  it('hides a term on this site from the tooltip, the open popup follows, and shows it again', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/forum-thread.html', 'settings');
    expect(await marksOf(page, 'rsd')).toBeGreaterThan(0);
    await page.hover('mark[data-amps-term="rsd"]');
    await clickAction(page, 'Not about pain? Hide here');
    await expect.poll(() => marksOf(page, 'rsd')).toBe(0);
    expect(await marksOf(page, 'crps')).toBeGreaterThan(0);
    // The popup was open all along: it shows the word hidden from the tab, without a reload, and
    // a change made there now keeps it hidden (it used to save the copy it had loaded at open).
    const showAgain = popup.getByRole('button', { name: 'Show again' });
    await expect.poll(() => showAgain.count()).toBe(1);
    await popup.getByLabel('Mark only the first mention of each term').check();
    await expect.poll(() => marksOf(page, 'crps')).toBe(1);
    expect(await marksOf(page, 'rsd')).toBe(0);
    await popup.getByLabel('Mark only the first mention of each term').uncheck();
    await showAgain.click();
    await expect.poll(() => marksOf(page, 'rsd')).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('switches highlight style, wording and first-mention-only without a reload', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/forum-thread.html', 'settings');
    await popup.getByLabel('Soft background').check();
    // The style is in our style sheet, not in an attribute a page could read.
    await expect.poll(() => markBackground(page)).toBe('rgba(42, 157, 143, 0.22)');
    expect(await page.locator('[data-amps-style]').count()).toBe(0);
    await screenshot(page, 'highlight-background');

    await popup.getByLabel('For clinicians').check();
    await expect.poll(() => markBackground(page)).toBe('rgba(42, 157, 143, 0.22)');
    await expect
      .poll(async () => {
        await page.hover('mark[data-amps-term="rsd"]');
        return (await tooltipText(page)) ?? '';
      })
      .toContain('Budapest criteria');

    expect(await marksOf(page, 'crps')).toBeGreaterThan(1);
    await popup.getByLabel('Mark only the first mention of each term').check();
    await expect.poll(() => marksOf(page, 'crps')).toBe(1);

    await popup.getByLabel('Dotted underline').check();
    await popup.getByLabel('For parents and families').check();
    await popup.getByLabel('Mark only the first mention of each term').uncheck();
    await expect.poll(() => marksOf(page, 'crps')).toBeGreaterThan(1);
    await page.close();
    await popup.close();
  });

  it('opens the glossary entry from a tooltip', async () => {
    const page = await setup.browser.context.newPage();
    await page.goto(`${server.origin}/pages/news-article.html`);
    await waitForScan(page);
    await page.hover('mark[data-amps-term="rsd"]');
    const opened = setup.browser.context.waitForEvent('page');
    await clickAction(page, 'More in the glossary');
    const glossary = await opened;
    await glossary.waitForLoadState();
    expect(glossary.url()).toBe(
      `chrome-extension://${setup.browser.extensionId}/popup.html#glossary-rsd`,
    );
    await expect
      .poll(() =>
        glossary.evaluate(() => document.querySelector('details[open]')?.textContent ?? ''),
      )
      .toContain('Reflex sympathetic dystrophy');
    await glossary.close();
    await page.close();
  });
});
