import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlToText } from '../../src/cli/html-text';
import { findTerms } from '../../src/matching/find-terms';
import { ROOT, waitForScan } from './support/extension-browser';
import { useExtensionBrowser } from './support/extension-test';

const setup = useExtensionBrowser();
const { server } = setup;

async function open(url: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  await page.goto(url);
  await waitForScan(page);
  return page;
}

/** Each marked occurrence as "term: text", its pieces joined, in page order. */
function markedOccurrences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byOccurrence = new Map<string, { term: string; text: string }>();
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-amps-term]')) {
      const id = mark.dataset.ampsOccurrence ?? '';
      const entry = byOccurrence.get(id) ?? { term: mark.dataset.ampsTerm ?? '', text: '' };
      entry.text += mark.textContent;
      byOccurrence.set(id, entry);
    }
    return [...byOccurrence.values()].map(({ term, text }) => `${term}: ${text}`);
  });
}

/** Scans of changed blocks the lens has finished, once it has nothing left to do. */
const incrementalScans = async (page: Page) => (await waitForScan(page)).lens?.incrementalScans;

describe('the same terms as the command line', () => {
  const pages = [
    'forum-thread',
    'hospital-patient-education',
    'news-article',
    'adhd-electronics-lookalikes',
  ];
  for (const name of pages) {
    it(`marks what the command line finds in ${name}`, async () => {
      const html = readFileSync(join(ROOT, 'tests/fixtures/pages', `${name}.html`), 'utf8');
      const expected = findTerms(htmlToText(html)).map((match) => `${match.term}: ${match.text}`);
      const page = await open(`${server.origin}/pages/${name}.html`);
      expect(await markedOccurrences(page)).toEqual(expected);
      await page.close();
    });
  }

  it('finds a term split across inline elements and marks it as one occurrence', async () => {
    const html =
      '<!doctype html><body><p>Her letter says <b>complex regional</b> pain syndrome, then R<span>SD</span>.</p></body>';
    const page = await open(server.page('/split.html', html));
    const expected = findTerms(htmlToText(html)).map((match) => `${match.term}: ${match.text}`);
    expect(expected).toEqual(['crps: complex regional pain syndrome', 'rsd: RSD']);
    expect(await markedOccurrences(page)).toEqual(expected);
    const pieces = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-amps-term="crps"]')].map(
        (mark) => mark.dataset.ampsOccurrence,
      ),
    );
    expect(pieces).toHaveLength(2);
    expect(new Set(pieces).size).toBe(1);
    expect(await page.evaluate(() => document.body.textContent)).toContain(
      'Her letter says complex regional pain syndrome, then RSD.',
    );
    await page.close();
  });
});

describe('pages that keep changing', () => {
  it('marks posts added after load, once, without rescanning its own marks', async () => {
    const page = await open(`${server.origin}/pages/forum-thread.html`);
    const before = await markedOccurrences(page);
    await page.evaluate(() => {
      const post = document.createElement('article');
      post.innerHTML =
        '<p>New reply: the pain clinic said CRPS type 1 today, and mentioned fibro fog.</p>';
      document.querySelector('main')?.append(post);
    });
    await expect
      .poll(() => markedOccurrences(page))
      .toEqual([...before, 'crps: CRPS type 1', 'fibromyalgia: fibro']);
    // Our own marks are DOM changes too; they must not start another scan: once the lens has
    // nothing left to do, it has scanned the new post once.
    expect(await incrementalScans(page)).toBe(1);
    await page.close();
  });

  it('re-reads a block whose marked text the page changes, leaving no stale marks', async () => {
    const url = server.page(
      '/changing.html',
      '<!doctype html><body><p id="status">Diagnosis: CRPS type 1.</p></body>',
    );
    const page = await open(url);
    expect(await markedOccurrences(page)).toEqual(['crps: CRPS type 1']);
    await page.evaluate(() => {
      const status = document.getElementById('status') as HTMLElement;
      status.textContent = 'Diagnosis updated: amplified musculoskeletal pain syndrome.';
    });
    await expect
      .poll(() => markedOccurrences(page))
      .toEqual(['amps: amplified musculoskeletal pain syndrome']);
    expect(await page.evaluate(() => document.getElementById('status')?.textContent)).toBe(
      'Diagnosis updated: amplified musculoskeletal pain syndrome.',
    );
    await page.close();
  });
});
