import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FixtureServer,
  launchWithExtension,
  waitForScan,
  type ExtensionBrowser,
} from './extension-browser';
import { watchErrors } from './page-checks';

/** What a test file shares: one Chromium with the extension, and the fixture server. */
export interface ExtensionTestSetup {
  readonly server: FixtureServer;
  /** Set before the file's first test runs. */
  browser: ExtensionBrowser;
}

/** Starts the fixture server and Chromium before a test file's tests, and closes both after them. */
export function useExtensionBrowser(
  options: Parameters<typeof launchWithExtension>[0] = {},
): ExtensionTestSetup {
  const setup = { server: new FixtureServer() } as ExtensionTestSetup;
  beforeAll(async () => {
    await setup.server.start();
    setup.browser = await launchWithExtension(options);
  });
  // Each test starts from the default settings, whatever the one before it changed.
  afterEach(async () => {
    await setup.browser?.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { clear(): Promise<void> } } };
      };
      await chrome.storage.local.clear();
    });
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.server.stop();
  });
  return setup;
}

/** The active tab's id. Without the "tabs" permission tests cannot find a tab by its address. */
export function activeTabId(browser: ExtensionBrowser): Promise<number> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(filter: object): Promise<{ id: number }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id;
  });
}

/** The popup for `page`'s tab, opened in a tab of its own (`popup.html?tab=ID`), as the toolbar button would show it. */
export async function openPopupFor(
  browser: ExtensionBrowser,
  page: Page,
  section = '',
): Promise<Page> {
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}${section && `#${section}`}`,
  );
  return popup;
}

/** Opens a fixture page in a tab, waits for its first scan, then opens the popup for that tab. */
export async function openWithPopup(
  setup: ExtensionTestSetup,
  path: string,
  section = '',
): Promise<{ page: Page; popup: Page }> {
  const page = await setup.browser.context.newPage();
  await page.goto(setup.server.origin + path);
  await waitForScan(page);
  return { page, popup: await openPopupFor(setup.browser, page, section) };
}

/**
 * Pages a test opens that must run without a single error, ours or the page's: each page given
 * to the returned function is closed after the test, and the test fails if any of them logged one.
 */
export function useErrorFreePages(): (page: Page) => void {
  let opened: Page[] = [];
  let errors: string[][] = [];
  afterEach(async () => {
    for (const page of opened) await page.close();
    const logged = errors.flat();
    opened = [];
    errors = [];
    expect(logged).toEqual([]);
  });
  return (page) => {
    opened.push(page);
    errors.push(watchErrors(page));
  };
}

/** How the tabs a test file opens reach their fixture pages. */
export interface ErrorFreeTabs {
  /** Every page given to it must run without a single error (see `useErrorFreePages`). */
  watch(page: Page): void;
  /** Opens a page registered with the fixture server and waits for the first scan. */
  open(path: string, body: string, headers?: Record<string, string>): Promise<Page>;
  /** Opens a page in a tab of its own, brought to the front (the shortcut works on the active tab). */
  openInFront(path: string, body: string, setUp?: (page: Page) => Promise<void>): Promise<Page>;
}

/** Tabs on fixture pages that must each run without a single error, ours or the page's. */
export function useErrorFreeTabs(setup: ExtensionTestSetup): ErrorFreeTabs {
  const watch = useErrorFreePages();
  async function openTab(
    path: string,
    body: string,
    headers: Record<string, string>,
    setUp?: (page: Page) => Promise<void>,
  ): Promise<Page> {
    const page = await setup.browser.context.newPage();
    watch(page);
    await setUp?.(page);
    await page.goto(setup.server.page(path, body, headers));
    await waitForScan(page);
    return page;
  }
  return {
    watch,
    open: (path, body, headers = {}) => openTab(path, body, headers),
    async openInFront(path, body, setUp) {
      const page = await openTab(path, body, {}, setUp);
      await page.bringToFront();
      return page;
    },
  };
}
