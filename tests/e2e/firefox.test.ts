/**
 * The Firefox build in real Firefox (Debian's firefox-esr), driven over WebDriver BiDi with
 * puppeteer-core: the add-on installs, the background registers the content script, and a
 * page gets the same marks and tooltip as in Chromium, without a request leaving the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer, ROOT } from './support/extension-browser';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');

let firefox: Browser;
const server = new FixtureServer();

beforeAll(async () => {
  // A missing browser or build fails here: a skipped test would hide a broken Firefox build.
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run npm run build:firefox first.`);
  }
  await server.start();
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await firefox.installExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await firefox?.close();
  await server.stop();
});

describe('Firefox', () => {
  it('marks exactly the labelled terms of a page and explains one on hover, with no request of its own', async () => {
    const page = await firefox.newPage();
    const requests: string[] = [];
    page.on('request', (request: HTTPRequest) => requests.push(request.url()));
    const url = `${server.origin}/pages/forum-thread.html`;
    await page.goto(url);
    // Exactly the labelled terms, in page order, as the Chromium tests expect.
    const labelled = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/pages/forum-thread.json'), 'utf8'),
    ) as { expect: string[] };
    // The default build leaves nothing on the timeline: the marks themselves are the signal.
    await page.waitForFunction(
      (count: number) => document.querySelectorAll('mark[data-amps-term]').length >= count,
      { timeout: 15_000 },
      labelled.expect.length,
    );
    const terms = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')].map(
        (mark) => mark.dataset.ampsTerm,
      ),
    );
    expect(terms).toEqual(labelled.expect);

    await page.hover('mark[data-amps-term="rsd"]');
    // The tooltip's root is closed to the page: its explanation is read where screen readers
    // get it, in the mark's accessible description while the tooltip is open.
    await page.waitForFunction(() =>
      document.querySelector('mark[data-amps-term="rsd"]')?.hasAttribute('aria-description'),
    );
    const explained = await page.evaluate(() => ({
      description: document
        .querySelector('mark[data-amps-term="rsd"]')
        ?.getAttribute('aria-description'),
      hostShown: document.querySelector('amps-lens-ui') !== null,
      rootReachable: document.querySelector('amps-lens-ui')?.shadowRoot !== null,
    }));
    expect(explained).toMatchObject({ hostShown: true, rootReachable: false });
    expect(explained.description).toContain('Reflex sympathetic dystrophy');
    expect(explained.description).toContain("Ask your child's care team");

    // Network requests are the page's own files (the document, its avatar image) and the
    // favicon Firefox itself asks for; data: URLs are Firefox's own and never leave it.
    const pageOwn = [url, `${server.origin}/avatars/crps-mom.png`, `${server.origin}/favicon.ico`];
    const others = requests.filter((seen) => !seen.startsWith('data:') && !pageOwn.includes(seen));
    expect(others).toEqual([]);
    expect(requests).toContain(url);
    await page.close();
  });
});
