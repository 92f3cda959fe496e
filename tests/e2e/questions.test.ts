/**
 * "Questions for our visit": a term added from a tooltip (and from the popup) shows in the list
 * with a suggested question the parent can change; the list keeps only terms and questions,
 * survives a browser restart, prints on one page, copies as text and clears in one click.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CYCLE } from '../../src/glossary/cycle';
import {
  FixtureServer,
  SCREENSHOTS_DIR,
  launchWithExtension,
  screenshot,
  waitForScan,
  type ExtensionBrowser,
} from './support/extension-browser';
import { openPopupFor } from './support/extension-test';
import { seriousAxeViolations, watchErrors } from './support/page-checks';
import { clickInTooltip, tooltipBox, tooltipControls } from './support/tooltip';

const server = new FixtureServer();
const profile = mkdtempSync(join(tmpdir(), 'amps-lens-questions-'));
let browser: ExtensionBrowser;
const errors: string[][] = [];

beforeAll(async () => {
  await server.start();
  browser = await launchWithExtension({ userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
  expect(errors.flat()).toEqual([]);
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  errors.push(watchErrors(page));
  return page;
}

async function openQuestions(): Promise<Page> {
  const page = await newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/questions.html`);
  return page;
}

/** What the extension keeps, as the service worker reads it. */
function stored(area: 'local' | 'sync'): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(async (which) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> };
    };
    return chrome.storage[which].get(null);
  }, area);
}

const termTitles = (page: Page) => page.locator('.visit-term h2').allInnerTexts();

describe('questions for our visit', () => {
  it('adds a term from a tooltip, with a suggested question the parent can change', async () => {
    const page = await newPage();
    await page.goto(
      `${server.page(
        '/visit/thread.html',
        '<!doctype html><title>Forum</title><p>Our daughter’s foot pain was first called reflex sympathetic dystrophy (RSD).</p>',
      )}?child=maya`,
    );
    await waitForScan(page);
    await page.hover('mark[data-amps-term="rsd"]');
    await expect.poll(() => tooltipBox(page)).not.toBeNull();
    await clickInTooltip(page, 'Sources and more');
    await clickInTooltip(page, 'Add to my questions');
    await expect.poll(() => tooltipControls(page, 'button')).toContain('Added to my questions');

    const list = await openQuestions();
    await expect.poll(() => termTitles(list)).toEqual(['Reflex sympathetic dystrophy (RSD)']);
    const first = list.getByLabel('Question 1 about Reflex sympathetic dystrophy (RSD)');
    expect(await first.inputValue()).toBe(CYCLE.questions[0]);
    await first.fill('Is RSD the same as what you call AMPS?');
    await list.getByLabel('Add a question').selectOption(CYCLE.questions[3]);
    await list.getByRole('button', { name: 'Add', exact: true }).first().click();
    await expect
      .poll(() =>
        list.getByLabel('Question 2 about Reflex sympathetic dystrophy (RSD)').inputValue(),
      )
      .toBe(CYCLE.questions[3]);

    // Only the term and the questions are kept, on this device: no address, no page text.
    await expect
      .poll(() => stored('local').then((all) => all.questions))
      .toEqual([
        {
          term: 'rsd',
          questions: ['Is RSD the same as what you call AMPS?', CYCLE.questions[3]],
        },
      ]);
    const everything = JSON.stringify(await stored('local'));
    for (const leak of ['127.0.0.1', 'maya', 'thread', 'foot pain was first called']) {
      expect(everything).not.toContain(leak);
    }
    expect(await stored('sync')).toEqual({});
    await page.close();
    await list.close();
  });

  it('adds a term from the popup’s glossary', async () => {
    const page = await newPage();
    await page.goto(server.page('/visit/blank.html', '<p>Nothing here.</p>'));
    const popup = await openPopupFor(browser, page, 'glossary-crps');
    errors.push(watchErrors(popup));
    await popup
      .locator('#glossary-crps')
      .getByRole('button', { name: 'Add to my questions' })
      .click();
    await expect
      .poll(() =>
        popup
          .locator('#glossary-crps')
          .getByRole('button', { name: 'Added to my questions' })
          .count(),
      )
      .toBe(1);
    const list = await openQuestions();
    await expect
      .poll(() => termTitles(list))
      .toEqual(['Reflex sympathetic dystrophy (RSD)', expect.stringContaining('CRPS')]);
    await Promise.all([page.close(), popup.close(), list.close()]);
  });

  it('keeps the list after the browser restarts, and prints it on one page', async () => {
    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    const list = await openQuestions();
    await expect.poll(() => termTitles(list)).toHaveLength(2);
    expect(
      await list.getByLabel('Question 1 about Reflex sympathetic dystrophy (RSD)').inputValue(),
    ).toBe('Is RSD the same as what you call AMPS?');
    await screenshot(list, 'questions-list');
    expect(await seriousAxeViolations(list, ['body'])).toEqual([]);
    await list.setViewportSize({ width: 360, height: 740 });
    await list.emulateMedia({ colorScheme: 'dark' });
    expect(
      await list.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await screenshot(list, 'questions-360-dark');
    await list.emulateMedia({ colorScheme: 'light' });
    await list.setViewportSize({ width: 1100, height: 800 });

    await list.emulateMedia({ media: 'print' });
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const pdfPath = join(SCREENSHOTS_DIR, 'questions-print.pdf');
    await list.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const printed = await PDFDocument.load(readFileSync(pdfPath));
    expect(printed.getPageCount()).toBe(1);
    // The printed text: names, explanation, questions, sources and the date; no buttons.
    const text = await list.locator('body').innerText();
    expect(text).toContain('Reflex sympathetic dystrophy (RSD)');
    expect(text).toContain('Is RSD the same as what you call AMPS?');
    expect(text).toMatch(/Date: \d{1,2} \w+ \d{4}/);
    expect(text).toContain('Sources:');
    expect(text).not.toContain('Clear the list');
    // A picture of the printed page to look at, where poppler is installed.
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-singlefile',
        pdfPath,
        pdfPath.replace(/\.pdf$/, ''),
      ]);
    }
    await list.emulateMedia({ media: 'screen' });
    await list.close();
  });

  it('copies the list as text, and clears it in one click', async () => {
    const list = await openQuestions();
    await expect.poll(() => termTitles(list)).toHaveLength(2);
    // Headless Chromium cannot grant clipboard access to extension pages: keep what is copied.
    await list.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await list.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => list.locator('#questions-status').innerText()).toContain('copied');
    const copied = await list.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^Questions for our visit \(\d{1,2} \w+ \d{4}\)/);
    expect(copied).toContain('- Is RSD the same as what you call AMPS?');

    await list.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(() => termTitles(list)).toEqual([]);
    expect(await list.getByText('No terms yet').isVisible()).toBe(true);
    expect((await stored('local')).questions).toEqual([]);
    await list.reload();
    await expect.poll(() => list.getByText('No terms yet').isVisible()).toBe(true);
    await list.close();
  });
});
