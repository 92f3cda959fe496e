/**
 * The reader page: pasted text, a PDF and a Word file get the same marks, tooltips, keyboard
 * steps and "On this page" list as a web page, with page numbers for PDFs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/extension-browser';
import { openPopupFor, useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import {
  focused,
  markedOccurrences,
  runShortcut,
  seriousAxeViolations,
} from './support/page-checks';
import { DOCX_TYPE, PDF_TYPE, nurseNoteDocx, twoPageLetterPdf } from './support/documents';
import { clickInTooltip, tooltipBox, tooltipControls, tooltipText } from './support/tooltip';

const setup = useExtensionBrowser();
const watch = useErrorFreePages();

async function openReader(): Promise<Page> {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(`chrome-extension://${setup.browser.extensionId}/reader.html`);
  return page;
}

const status = (page: Page) => page.locator('#reader-status');

describe('reader page', () => {
  it('marks pasted text and explains a term, and leaves its own controls unmarked', async () => {
    const page = await openReader();
    await expect.poll(() => page.getByText('Nothing is uploaded or stored').isVisible()).toBe(true);
    await page
      .getByLabel('Paste the text of a letter, note or e-mail')
      .fill(
        'The first doctor said RSD.\n\nLater the team said CRPS type I, and a friend said fibromyalgia.',
      );
    await page.getByRole('button', { name: 'Show terms' }).click();
    await expect.poll(() => status(page).innerText()).toContain('3 terms marked');
    expect(await markedOccurrences(page)).toEqual([
      'rsd: RSD',
      'crps: CRPS type I',
      'fibromyalgia: fibromyalgia',
    ]);
    await page.hover('mark[data-amps-term="rsd"]');
    await expect.poll(() => tooltipText(page)).toContain('Ask your child');
    // The list of terms names them, but only the text is marked.
    await expect.poll(() => page.locator('.found-term').count()).toBe(3);
    expect(await page.locator('.reader-side mark, .reader-top mark').count()).toBe(0);
    // "Add to my questions" works here as on a web page.
    await clickInTooltip(page, 'Sources and more');
    await clickInTooltip(page, 'Add to my questions');
    await expect.poll(() => tooltipControls(page, 'button')).toContain('Added to my questions');
    expect(await seriousAxeViolations(page, ['body'])).toEqual([]);
  });

  it('reads a two-page PDF, with the page of each paragraph and term', async () => {
    const page = await openReader();
    await page.locator('#file').setInputFiles({
      name: 'discharge-letter.pdf',
      mimeType: PDF_TYPE,
      buffer: await twoPageLetterPdf(),
    });
    await expect
      .poll(() => status(page).innerText(), { timeout: 15_000 })
      .toContain('Showing discharge-letter.pdf');
    expect(await page.locator('.page-heading').allInnerTexts()).toEqual(['PAGE 1', 'PAGE 2']);
    // "reflex sympa- / thetic dystrophy" is one term again once the paragraph is rebuilt.
    expect(await markedOccurrences(page)).toEqual([
      'rsd: reflex sympathetic dystrophy',
      'rsd: RSD',
      'crps: CRPS type I',
    ]);
    const rows = await page.locator('.found-term').allInnerTexts();
    expect(rows).toContainEqual(expect.stringMatching(/RSD\)[\s\S]*2 mentions[\s\S]*page 1/));
    expect(rows).toContainEqual(expect.stringMatching(/CRPS[\s\S]*page 2/));
    await page.setViewportSize({ width: 1100, height: 700 });
    await screenshot(page, 'reader-pdf');
    await page.hover('mark[data-amps-term="crps"]');
    await expect.poll(() => tooltipBox(page)).not.toBeNull();
    await screenshot(page, 'reader-pdf-tooltip');
    await page.mouse.move(0, 0);
    expect(await seriousAxeViolations(page, ['body'])).toEqual([]);

    // The keyboard shortcut steps through the marks here as on a web page.
    await page.bringToFront();
    await runShortcut(setup.browser, 'next-term');
    await expect.poll(() => focused(page)).toMatch(/^mark rsd /);
    await runShortcut(setup.browser, 'previous-term');
    await expect.poll(() => focused(page)).toMatch(/^mark crps /);
  });

  it('reads a Word file dropped on the page, and says plainly why a file cannot be read', async () => {
    const page = await openReader();
    // A file dropped anywhere on the page, as from the desktop.
    const drop = await page.evaluateHandle(
      ([bytes, type]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'nurse-note.docx', { type }));
        return transfer;
      },
      [[...nurseNoteDocx()], DOCX_TYPE] as const,
    );
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await expect.poll(() => status(page).innerText()).toContain('Showing nurse-note.docx');
    expect(await markedOccurrences(page)).toEqual([
      'fibromyalgia: juvenile fibromyalgia',
      'causalgia: causalgia',
    ]);
    await page.locator('#file').setInputFiles({
      name: 'photo.pdf',
      mimeType: PDF_TYPE,
      buffer: Buffer.from('%PDF-1.7\nnot a real PDF\n'),
    });
    await expect
      .poll(() => status(page).innerText())
      .toContain('photo.pdf: This file could not be read as a PDF');
  });

  it('is offered by the popup, also for a tab showing a PDF in the browser’s viewer', async () => {
    const { browser, server } = setup;
    const pdf = await browser.context.newPage();
    watch(pdf);
    await pdf.goto(
      server.page('/portal/letter.pdf', await twoPageLetterPdf(), { 'content-type': PDF_TYPE }),
    );
    const popup = await openPopupFor(browser, pdf);
    watch(popup);
    await expect
      .poll(() => popup.locator('#page-terms-view').innerText(), { timeout: 10_000 })
      .toContain('can’t read the browser’s PDF viewer');
    await screenshot(popup, 'popup-pdf-tab');
    const opened = browser.context.waitForEvent('page');
    await popup
      .locator('#page-terms-view')
      .getByRole('button', { name: 'Read a letter or PDF' })
      .click();
    const reader = await opened;
    watch(reader);
    await expect.poll(() => reader.url()).toContain('/reader.html');
    await expect
      .poll(() => reader.getByRole('heading', { name: 'Read a letter or PDF' }).isVisible())
      .toBe(true);
  });

  it('fits a phone-sized window, in the dark theme too', async () => {
    const page = await openReader();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Paste the text of a letter, note or e-mail').fill('She was told RSD.');
    await page.getByRole('button', { name: 'Show terms' }).click();
    await expect.poll(() => status(page).innerText()).toContain('1 term marked');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'reader-360-dark');
  });
});
