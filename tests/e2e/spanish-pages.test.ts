/**
 * The reader and "Questions for our visit" in a Spanish browser: every word of both pages in
 * Spanish, and a change of the Language setting applied at once, keeping the text being read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForScan } from './support/extension-browser';
import { useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { storeSettings } from './support/page-checks';
import { PDF_TYPE, twoPageLetterPdf } from './support/documents';
import { clickInTooltip, tooltipBox, tooltipControls } from './support/tooltip';
import { defaultSettings } from '../../src/settings/settings';
import { CYCLE_ES } from '../../src/glossary/es/cycle-es';

const setup = useExtensionBrowser({ language: 'es' });
const watch = useErrorFreePages();

async function open(name: 'reader' | 'questions'): Promise<Page> {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(`chrome-extension://${setup.browser.extensionId}/${name}.html`);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
  return page;
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('the reader and the questions page in a Spanish browser', () => {
  it('the reader: its words, a PDF’s pages and terms, and a file it cannot read, in Spanish', async () => {
    const page = await open('reader');
    expect(await page.title()).toBe('Leer una carta o un PDF – AMPS Lens');
    const text = await bodyText(page);
    expect(text).toContain(
      'No se sube ni se guarda nada: al cerrar la pestaña, el texto se olvida.',
    );
    expect(text).toContain('Esto es información, no consejo médico.');
    expect(text).not.toMatch(/Nothing is uploaded|Your text|Show terms|Paste the text/);
    await page
      .locator('#file')
      .setInputFiles({ name: 'notas.odt', mimeType: 'x', buffer: Buffer.from('x') });
    await expect
      .poll(() => page.locator('#reader-status').innerText())
      .toBe(
        'notas.odt: AMPS Lens lee archivos .txt, .pdf y .docx. Si es de otro tipo, copie su texto y péguelo aquí.',
      );

    await page.locator('#file').setInputFiles({
      name: 'carta.pdf',
      mimeType: PDF_TYPE,
      buffer: await twoPageLetterPdf(),
    });
    await expect
      .poll(() => page.locator('#reader-status').innerText(), { timeout: 15_000 })
      .toBe('Mostrando carta.pdf: 2 términos marcados.');
    expect(await page.locator('.page-heading').allInnerTexts()).toEqual(['PÁGINA 1', 'PÁGINA 2']);
    const aside = await page.locator('.reader-side').innerText();
    expect(aside).toContain('En esta página');
    expect(aside).toMatch(/página 2/);
    expect(aside).not.toMatch(/On this page|\bpage \d/);
    await page.setViewportSize({ width: 1100, height: 760 });
    await screenshot(page, 'spanish-reader-pdf');

    // English, chosen in the settings, applies at once; the PDF stays.
    await storeSettings(setup.browser, { ...defaultSettings(), language: 'en' });
    await expect
      .poll(() => page.locator('#reader-status').innerText())
      .toBe('Showing carta.pdf: 2 terms marked.');
    expect(await page.locator('.page-heading').allInnerTexts()).toEqual(['PAGE 1', 'PAGE 2']);
    expect(await bodyText(page)).toContain('Nothing is uploaded or stored');
    await storeSettings(setup.browser, defaultSettings());
    await expect.poll(() => page.locator('#reader-status').innerText()).toContain('Mostrando');
    await page.close();
  });

  it('a tooltip’s “Añadir a mis preguntas” adds the Spanish suggested question', async () => {
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(
      setup.server.page(
        '/foro-preguntas.html',
        '<!doctype html><html lang="es"><title>Foro</title><p>A mi hija le diagnosticaron distrofia simpática refleja.</p></html>',
      ),
    );
    await waitForScan(page);
    await page.hover('mark[data-amps-term="rsd"]');
    await expect.poll(() => tooltipBox(page)).not.toBeNull();
    await clickInTooltip(page, 'Fuentes y más');
    await clickInTooltip(page, 'Añadir a mis preguntas');
    await expect.poll(() => tooltipControls(page, 'button')).toContain('Añadida a mis preguntas');
    await page.close();
    const questions = await open('questions');
    await expect.poll(() => questions.locator('.visit-term textarea').count()).toBe(1);
    expect(await questions.locator('.visit-term textarea').inputValue()).toBe(
      CYCLE_ES.questions[0],
    );
    await questions.getByRole('button', { name: 'Borrar la lista' }).click();
    await expect.poll(() => questions.locator('.visit-term').count()).toBe(0);
    await questions.close();
  });

  it('the questions page: its words, the term, its explanation and the suggested question, in Spanish', async () => {
    const page = await open('questions');
    expect(await page.title()).toBe('Preguntas para nuestra cita – AMPS Lens');
    await page.getByLabel('Añadir un término').selectOption('rsd');
    await page.getByRole('button', { name: 'Añadir', exact: true }).click();
    await expect.poll(() => page.locator('.visit-term').count()).toBe(1);
    const text = await bodyText(page);
    expect(text).toContain('Preguntas para nuestra cita');
    expect(text).toContain('Distrofia simpática refleja');
    expect(text).toContain('Nuestras preguntas');
    expect(text).toMatch(/Fecha: \d{1,2} de [a-z]+ de \d{4}/);
    expect(text).toContain('Llame hoy al médico de su hijo');
    expect(await page.locator('.visit-term textarea').first().inputValue()).toBe(
      CYCLE_ES.questions[0],
    );
    await expect(page.getByRole('button', { name: 'Copiar como texto' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('button', { name: /^Quitar este término: / }).count(),
    ).resolves.toBe(1);
    expect(text).not.toMatch(/Our questions|Print|Clear the list|Remove this term|Sources:/);
    await page.setViewportSize({ width: 900, height: 900 });
    await screenshot(page, 'spanish-questions');
    await page.getByRole('button', { name: 'Borrar la lista' }).click();
    await expect
      .poll(() => page.locator('#questions-status').innerText())
      .toBe('Ahora la lista está vacía.');
    await page.close();
  });
});
