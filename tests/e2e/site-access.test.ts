import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForScan } from './support/extension-browser';
import { openPopupFor, useExtensionBrowser } from './support/extension-test';

const setup = useExtensionBrowser();
const { server } = setup;

/** The same fixture page under a second hostname: the server listens on 127.0.0.1 only. */
const onLocalhost = (path: string) => server.origin.replace('127.0.0.1', 'localhost') + path;

/** Marks once the content script has scanned the page or decided not to. */
async function marksAfterLoad(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await waitForScan(page);
  return page.evaluate(() => document.querySelectorAll('mark[data-amps-term]').length);
}

const marks = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('mark[data-amps-term]').length);

describe('where AMPS Lens runs', () => {
  it('runs only on the sites picked in the popup, and everywhere again when asked, live', async () => {
    const page = await setup.browser.context.newPage();
    await page.goto(`${server.origin}/pages/forum-thread.html`);
    await waitForScan(page);
    const other = await setup.browser.context.newPage();
    await other.goto(onLocalhost('/pages/forum-thread.html'));
    await waitForScan(other);
    const popup = await openPopupFor(setup.browser, page);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const status = popup.locator('.site-access .status');

    await popup.getByRole('button', { name: 'Only on sites I pick' }).click();
    await expect.poll(() => status.innerText()).toContain('Saved');
    await expect.poll(() => marks(page)).toBe(0);
    await expect.poll(() => marks(other)).toBe(0);

    await popup.getByRole('button', { name: 'Add 127.0.0.1' }).click();
    await expect
      .poll(() => popup.getByRole('list', { name: 'Sites you picked' }).innerText())
      .toContain('127.0.0.1');
    await screenshot(popup, 'popup-site-access');
    await expect.poll(() => marks(page)).toBeGreaterThan(0);
    expect(await marks(other)).toBe(0);
    // A page of a site not picked, loaded now, is not read at all.
    expect(await marksAfterLoad(other, onLocalhost('/pages/news-article.html'))).toBe(0);

    await popup.getByRole('button', { name: 'Mark on every website' }).click();
    await expect.poll(() => marks(other)).toBeGreaterThan(0);
    await page.close();
    await other.close();
    await popup.close();
  });
});
