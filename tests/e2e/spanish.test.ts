import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, waitForScan } from './support/extension-browser';
import { useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { openTooltip } from './support/page-checks';
import { clickInTooltip, inTooltip } from './support/tooltip';

const setup = useExtensionBrowser();
const { server } = setup;
const watch = useErrorFreePages();

const style =
  '<style>body { font: 16px/1.5 sans-serif; margin: 24px auto; max-width: 46em; }</style>';

/** A Spanish parents' forum, with no `lang` anywhere: the text itself says it is Spanish. */
const FORUM = `<!doctype html><html><head><title>Foro de familias</title>${style}</head><body>
<h1>Mi hija y el dolor en el pie</h1>
<p>Hola a todas. A mi hija de 12 años le diagnosticaron <span id="sdrc">SDRC</span> después de un esguince.</p>
<p>En el informe antiguo pone <span id="dsr-name">distrofia simpática refleja</span> (<span id="dsr">DSR</span>).</p>
<p>La fisioterapeuta es muy simpática y le hicieron un <span id="block">bloqueo simpático</span> lumbar.</p>
<p>¿Alguien conoce el programa de <span id="amps">AMPS</span> del hospital de Filadelfia?</p>
</body></html>`;

/** An English page with a Spanish paragraph, which quotes the English "CRPS" too. */
const MIXED = `<!doctype html><html lang="en"><head><title>Resources</title>${style}</head><body>
<p>My son was diagnosed with <span id="en-crps">CRPS</span> in his left foot last spring.</p>
<p>Para las familias que leen en español: mi hijo también tiene <span id="es-sdrc">SDRC</span>; en inglés lo llaman <span id="es-crps">CRPS</span>.</p>
</body></html>`;

/** A Spanish page (lang="es") that quotes a line of an English report. */
const QUOTING = `<!doctype html><html lang="es"><head><title>Informe</title>${style}</head><body>
<blockquote>Impression: <span id="quoted">CRPS</span> of the right hand.</blockquote>
</body></html>`;

async function open(name: string, html: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(server.page(`/${name}.html`, html));
  await waitForScan(page);
  return page;
}

/** The tooltip's visible text after hovering the mark inside `selector`. */
async function explanationOf(page: Page, selector: string): Promise<string> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => openTooltip(page)).toBeNull();
  await page.hover(`${selector} mark`);
  await expect.poll(() => openTooltip(page)).not.toBeNull();
  return inTooltip(
    page,
    (root) => {
      const box = root.querySelector<HTMLElement>('.tooltip')!;
      return `${box.lang}|${box.innerText}`;
    },
    undefined,
    '',
  );
}

const describedAs = (page: Page, selector: string) =>
  page.evaluate(
    (query) => document.querySelector(query)!.getAttribute('aria-description'),
    `${selector} mark`,
  );

describe('Spanish pages', () => {
  it('marks a Spanish forum page and explains its marks in Spanish', async () => {
    const page = await open('foro', FORUM);
    const terms = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')].map(
        (m) => m.dataset.ampsTerm,
      ),
    );
    expect(terms).toEqual(['crps', 'rsd', 'rsd', 'sympathetic', 'amps']);
    // "muy simpática" (nice) is left alone; only the nerve block's word is marked.
    expect(await page.evaluate(() => document.querySelector('#block mark')?.textContent)).toBe(
      'simpático',
    );

    const sdrc = await explanationOf(page, '#sdrc');
    expect(sdrc).toMatch(/^es\|Síndrome de dolor regional complejo/);
    expect(sdrc).toContain('En los niños, el equipo pediátrico de CHOP');
    expect(sdrc).toContain('Pregunte al equipo médico de su hijo.');
    expect(sdrc).toContain('Cuándo llamar al médico');
    expect(sdrc).toContain('Esto es información, no consejo médico.');
    expect(sdrc).not.toMatch(/Ask your child|When to call/);
    await screenshot(page, 'spanish-forum-sdrc');

    // DSR gets the RSD card, which never calls DSR an abbreviation.
    const dsr = await explanationOf(page, '#dsr');
    expect(dsr).toContain('Distrofia simpática refleja (en inglés, RSD)');
    expect(dsr).not.toContain('DSR');
    const block = await explanationOf(page, '#block');
    expect(block).toContain('lucha o huida');
    await clickInTooltip(page, 'Cuándo llamar al médico');
    await expect
      .poll(() =>
        inTooltip(page, (root) => root.querySelector<HTMLElement>('.tooltip')!.innerText, 0, ''),
      )
      .toContain('Llame hoy al médico de su hijo si tiene fiebre nueva.');
    await screenshot(page, 'spanish-forum-safety-line');
    await explanationOf(page, '#amps');
    expect(await describedAs(page, '#amps')).toMatch(
      /^Síndrome de dolor musculoesquelético amplificado/,
    );
    await page.close();
  });

  it('explains each mark of a mixed page in its own language', async () => {
    const page = await open('mixta', MIXED);
    expect(await explanationOf(page, '#en-crps')).toMatch(/^en\|Complex regional pain syndrome/);
    expect(await describedAs(page, '#en-crps')).toMatch(/^Complex regional pain syndrome/);
    await screenshot(page, 'spanish-mixed-english-mark');
    expect(await explanationOf(page, '#es-sdrc')).toMatch(
      /^es\|Síndrome de dolor regional complejo/,
    );
    // An English form quoted in Spanish text is explained in Spanish.
    expect(await explanationOf(page, '#es-crps')).toMatch(
      /^es\|Síndrome de dolor regional complejo/,
    );
    await screenshot(page, 'spanish-mixed-spanish-mark');
    expect(await describedAs(page, '#es-crps')).toMatch(/^Síndrome de dolor regional complejo/);
    await page.close();
  });

  it('explains an English line quoted in a page marked lang="es" in Spanish', async () => {
    const page = await open('cita', QUOTING);
    expect(await explanationOf(page, '#quoted')).toMatch(
      /^es\|Síndrome de dolor regional complejo/,
    );
    await page.close();
  });
});
