/**
 * AMPS Lens never sends anything anywhere. Every request the browser makes is recorded
 * (pages, frames, the popup and the background service worker) while the extension marks
 * a page, explains a term, steps through marks and shows every popup section; the only
 * requests allowed are the test page itself and the extension's own packaged files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import {
  FixtureServer,
  launchWithExtension,
  waitForScan,
  type ExtensionBrowser,
} from './support/extension-browser';
import { activeTabId } from './support/extension-test';
import { PDF_TYPE, twoPageLetterPdf } from './support/documents';
import { runShortcut } from './support/page-checks';
import { tooltipBox } from './support/tooltip';

let browser: ExtensionBrowser;
const server = new FixtureServer();
const requests: string[] = [];
const sockets: string[] = [];

/** Page text with terms, a same-origin frame and a post that arrives later; no images, styles or scripts of its own to load. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Support forum</title></head>
<body>
  <h1>Our daughter's foot pain</h1>
  <p>The first doctor said RSD, the second said CRPS type 1, and a friend mentioned fibromyalgia.</p>
  <p>The team at the children's hospital called it amplified musculoskeletal pain (AMPS).</p>
  <iframe srcdoc="<p>Another parent: our son was told reflex sympathetic dystrophy.</p>"></iframe>
  <div id="later"></div>
  <script>
    setTimeout(() => {
      document.getElementById('later').innerHTML = '<p>Update: causalgia was mentioned too.</p>';
    }, 300);
  </script>
</body></html>`;

let pageUrl = '';

beforeAll(async () => {
  await server.start();
  pageUrl = server.page('/no-network/thread.html', PAGE);
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => requests.push(request.url()));
  browser.context.on('page', (page) =>
    page.on('websocket', (socket) => sockets.push(socket.url())),
  );
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

/** Requests sent that are neither the test page nor a file packaged in the extension. */
function unexpected(): string[] {
  const own = `chrome-extension://${browser.extensionId}/`;
  return requests.filter((url) => url !== pageUrl && !url.startsWith(own));
}

async function useEverything(page: Page): Promise<void> {
  await page.goto(pageUrl);
  await waitForScan(page);
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('mark[data-amps-term]').length))
    .toBeGreaterThanOrEqual(4);
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelectorAll('mark[data-amps-term="causalgia"]').length),
    )
    .toBe(1);
  await page.hover('mark[data-amps-term="rsd"]');
  await expect.poll(() => tooltipBox(page)).not.toBeNull();
  await page.keyboard.press('Escape');
  await page.bringToFront();
  await runShortcut(browser, 'next-term');

  const tabId = await activeTabId(browser);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('.found-term').count()).toBeGreaterThan(0);
  for (const tab of ['Glossary', 'Amplified pain', 'Settings', 'On this page']) {
    await popup.getByRole('tab', { name: tab }).click();
  }
  await popup.getByRole('tab', { name: 'Glossary' }).click();
  await popup.getByLabel('Search names and abbreviations').fill('sudeck');
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByLabel('Soft background').check();
  await popup.close();
  // Time for anything sent late (a timer, a beacon on close) to show up.
  await page.waitForTimeout(1000);
}

describe('no network', () => {
  it('makes no request while it marks a page, explains a term and shows its popup', async () => {
    const page = await browser.context.newPage();
    await useEverything(page);
    await page.close();
    expect(requests).toContain(pageUrl);
    // The recorder saw the popup's own files, so it was listening there too.
    expect(requests.some((url) => url.includes('/popup.html?tab='))).toBe(true);
    expect(unexpected()).toEqual([]);
    expect(sockets).toEqual([]);
  });

  it('makes no request while the reader reads a PDF, and its page can neither connect nor eval', async () => {
    const reader = await browser.context.newPage();
    const workers: string[] = [];
    reader.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html`);
    await reader.locator('#file').setInputFiles({
      name: 'letter.pdf',
      mimeType: PDF_TYPE,
      buffer: await twoPageLetterPdf(),
    });
    await expect
      .poll(() => reader.locator('#reader-status').innerText())
      .toContain('Showing letter.pdf');
    // pdf.js ran in its own worker, loaded from the extension.
    expect(workers).toEqual([expect.stringMatching(/^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/)]);
    await reader.hover('mark[data-amps-term="crps"]');
    await expect.poll(() => tooltipBox(reader)).not.toBeNull();
    await reader.waitForTimeout(500);
    expect(requests.some((url) => url.includes('/reader.html'))).toBe(true);
    expect(unexpected()).toEqual([]);
    // What pdf.js's fetch, XMLHttpRequest and new Function paths would need is refused here.
    const refused = await reader.evaluate(async (url) => {
      const attempts: Record<string, () => Promise<unknown>> = {
        fetch: () => fetch(url),
        xhr: () =>
          new Promise((resolve, reject) => {
            const request = new XMLHttpRequest();
            request.addEventListener('load', resolve);
            request.addEventListener('error', () => reject(new Error('blocked')));
            request.open('GET', url);
            request.send();
          }),
        eval: async () => new Function('return 1')(),
      };
      const outcome: Record<string, string> = {};
      for (const [name, attempt] of Object.entries(attempts)) {
        outcome[name] = await attempt().then(
          () => 'allowed',
          () => 'refused',
        );
      }
      return outcome;
    }, `${server.origin}/canary-reader`);
    expect(refused).toEqual({ fetch: 'refused', xhr: 'refused', eval: 'refused' });
    await reader.close();
    // The browser reports the attempt, but it never reached the server.
    expect(server.requested.filter((path) => path.startsWith('/canary'))).toEqual([]);
  });

  it('refuses requests from the background and the popup, and would notice one that got out', async () => {
    const canary = `${server.origin}/canary`;
    // The extension pages' content security policy (connect-src 'none') covers the service worker too.
    const fromBackground = await browser.worker.evaluate(
      (url) =>
        fetch(`${url}-background`).then(
          () => 'sent',
          () => 'refused',
        ),
      canary,
    );
    expect(fromBackground).toBe('refused');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.evaluate((url) => navigator.sendBeacon(`${url}-beacon`, 'x'), canary);
    // A navigation is not a connection, so it gets out: the recorder listens in extension pages.
    await popup.evaluate((url) => (location.href = `${url}-popup`), canary);
    await expect.poll(() => unexpected()).toContain(`${canary}-popup`);
    await popup.close();
    expect(server.requested.filter((path) => path.startsWith('/canary'))).toEqual([
      '/canary-popup',
    ]);
  });
});
