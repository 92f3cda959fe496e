import { describe, expect, it } from 'vitest';
import { screenshot, waitForScan } from './support/extension-browser';
import { openPopupFor, useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { storeSettings } from './support/page-checks';
import { defaultSettings } from '../../src/settings/settings';

/** Chromium with its language set to Spanish, as a Spanish-speaking family's browser would be. */
const setup = useExtensionBrowser({ language: 'es' });
const { server } = setup;
const watch = useErrorFreePages();

const FORUM = `<!doctype html><html><head><title>Foro</title></head><body>
<p>A mi hija le diagnosticaron SDRC tipo 1 y luego fibromialgia juvenil.</p></body></html>`;

async function openPopup(name: string) {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(server.page(`/${name}.html`, FORUM));
  await waitForScan(page);
  const popup = await openPopupFor(setup.browser, page);
  watch(popup);
  await expect.poll(() => popup.locator('.found-term').count()).toBeGreaterThan(0);
  return { page, popup };
}

describe('the popup in a Spanish browser', () => {
  it('follows the browser’s language: tabs, page list, footer and settings in Spanish', async () => {
    expect(await setup.browser.worker.evaluate(() => navigator.language)).toMatch(/^es/);
    const { page, popup } = await openPopup('foro-popup');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('En esta página');
    expect(text).toContain('Glosario');
    expect(text).toContain('Síndrome de dolor regional complejo');
    expect(text).toContain('Llame hoy al médico de su hijo');
    expect(text).toContain('Esto es información, no consejo médico.');
    expect(text).not.toMatch(/On this page|Glossary|Settings|Copy report/);
    await screenshot(popup, 'spanish-popup-page');
    await popup.getByRole('tab', { name: 'Dolor amplificado' }).click();
    await expect
      .poll(() => popup.evaluate(() => document.body.innerText))
      .toContain('Cómo explica CHOP el dolor amplificado');
    await screenshot(popup, 'spanish-popup-cycle');
    await popup.getByRole('tab', { name: 'Ajustes' }).click();
    await expect.poll(() => popup.evaluate(() => document.body.innerText)).toContain('Idioma');
    await screenshot(popup, 'spanish-popup-settings');
    await popup.close();
    await page.close();
  });

  it('switches to English at once when the reader picks it in the settings', async () => {
    const { page, popup } = await openPopup('foro-switch');
    await popup.getByRole('tab', { name: 'Ajustes' }).click();
    await popup.getByLabel('English').check();
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => popup.evaluate(() => document.body.innerText))
      .toContain('On this page');
    await storeSettings(setup.browser, defaultSettings());
    await popup.close();
    await page.close();
  });
});
