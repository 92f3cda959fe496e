import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForScan } from './support/extension-browser';
import { openWithPopup, useExtensionBrowser } from './support/extension-test';

const setup = useExtensionBrowser();
const { server } = setup;

const markCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('mark[data-amps-term]').length);

describe('popup', () => {
  it('lists the terms found in the tab with their counts, and reveals one', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/forum-thread.html');
    const found = popup.locator('.found-term');
    await expect.poll(() => found.count()).toBeGreaterThan(0);
    const rows = await found.allInnerTexts();
    expect(rows.join('\n')).toContain('Reflex sympathetic dystrophy (RSD)');
    expect(rows).toContainEqual(
      expect.stringMatching(/Complex regional pain syndrome \(CRPS\)\s+4 mentions/),
    );
    await screenshot(popup, 'popup-page-terms');
    await found.filter({ hasText: 'Reflex neurovascular' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('mark[data-amps-flash]').length))
      .toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('copies a Markdown report a clinician can paste', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/hospital-patient-education.html');
    // Headless Chromium cannot grant clipboard access to extension pages: keep what is copied.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await popup.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => popup.locator('#panel-page .status').innerText()).toContain('copied');
    const report = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(report).toContain('# AMPS Lens report');
    expect(report).toContain('Reflex sympathetic dystrophy (RSD)');
    expect(report).toContain('Suggested wording');
    await page.close();
    await popup.close();
  });

  it('searches the glossary by alias, ignoring case and accents', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/news-article.html');
    await popup.getByRole('tab', { name: 'Glossary' }).click();
    await popup.getByLabel('Search names and abbreviations').fill('SÜDECK');
    const titles = await popup.locator('.entry-title').allInnerTexts();
    expect(titles.some((title) => /algodystrophy/i.test(title))).toBe(true);
    expect(titles.some((title) => /fibromyalgia/i.test(title))).toBe(false);
    await screenshot(popup, 'popup-glossary-search');
    await page.close();
    await popup.close();
  });

  it('steps through the amplification cycle with buttons and arrow keys', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/news-article.html');
    await popup.getByRole('tab', { name: 'Amplified pain' }).click();
    const caption = popup.locator('.cycle-caption');
    const first = await caption.innerText();
    await popup.getByRole('button', { name: 'Next →' }).click();
    const second = await caption.innerText();
    expect(second).not.toBe(first);
    await popup.keyboard.press('ArrowRight');
    expect(await caption.innerText()).not.toBe(second);
    await popup.keyboard.press('ArrowLeft');
    expect(await caption.innerText()).toBe(second);
    expect(await popup.locator('#panel-cycle').innerText()).toContain('Not every expert agrees');
    await screenshot(popup, 'popup-cycle');
    await page.close();
    await popup.close();
  });

  it('turns the site off and on again, live in the open tab', async () => {
    const { page, popup } = await openWithPopup(setup, '/pages/forum-thread.html');
    const before = await page.evaluate(() => document.body.innerHTML);
    const marked = await markCount(page);
    expect(marked).toBeGreaterThan(0);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByLabel('Mark terms on 127.0.0.1').uncheck();
    await expect.poll(() => markCount(page)).toBe(0);
    await popup.getByLabel('Mark terms on 127.0.0.1').check();
    await expect.poll(() => markCount(page)).toBe(marked);
    await popup.getByLabel('Mark terms on 127.0.0.1').uncheck();
    await expect.poll(() => markCount(page)).toBe(0);
    // With the marks gone, the page is exactly as it was before AMPS Lens touched it.
    const fresh = await setup.browser.context.newPage();
    await fresh.goto(`${server.origin}/pages/forum-thread.html`);
    expect((await waitForScan(fresh)).off).toBe('turned-off');
    expect(await fresh.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(
      await fresh.evaluate(() => document.body.innerHTML),
    );
    expect(before).not.toBe(await page.evaluate(() => document.body.innerHTML));
    await popup.getByLabel('Mark terms on 127.0.0.1').check();
    await fresh.close();
    await page.close();
    await popup.close();
  });
});
