import { describe, expect, it } from 'vitest';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, openTooltip } from './support/page-checks';
import { html, lookOf } from './support/test-pages';
import { inTooltip } from './support/tooltip';

const setup = useExtensionBrowser();
// Every page in this file must run without a single error, ours or the page's.
const { open } = useErrorFreeTabs(setup);

describe('hostile page styles', () => {
  it('keeps our look when the site styles <mark> or resets every element', async () => {
    const page = await open(
      '/mark-styles.html',
      html(
        `<p id="p">Site search: <mark>RSD</mark> results, and CRPS in text.</p>
         <div id="wrap"><p>Inside: fibromyalgia.</p></div>`,
        `<style>
          * { all: unset; }
          head, script, style { display: none; }
          p, div { display: block; margin: 8px; }
          mark { background: yellow !important; font-weight: bold; color: red; padding: 6px; }
          #wrap mark { background: orange !important; text-decoration: none !important; }
        </style>`,
      ),
    );
    for (const selector of ['mark[data-amps-term="crps"]', 'mark[data-amps-term="fibromyalgia"]']) {
      expect(await lookOf(page, selector)).toEqual({
        background: 'rgba(0, 0, 0, 0)',
        line: 'underline',
        dotted: 'dotted',
        sameWeight: true,
        sameColour: true,
        padding: '0px',
      });
    }
    // Inside the site's own <mark>, ours still underlines; theirs keeps its yellow.
    const inTheirs = await lookOf(page, 'mark:not([data-amps-term]) > mark[data-amps-term]');
    expect(inTheirs.line).toBe('underline');
    await page.hover('mark[data-amps-term="crps"]');
    await expect.poll(() => openTooltip(page)).not.toBeNull();
    const tip = await inTooltip(
      page,
      (root) => {
        const style = getComputedStyle(root.querySelector('.tooltip')!);
        return [style.backgroundColor, style.fontSize, style.position, style.textTransform];
      },
      undefined,
      [],
    );
    expect(tip).toEqual(['rgb(255, 255, 255)', '14px', 'fixed', 'none']);
  });

  it('shows the tooltip above a top-most overlay, beside a mark in a transformed box', async () => {
    const page = await open(
      '/overlay.html',
      html(
        `<div class="scaled"><p>Scaled and rotated: CRPS type 1 in a card.</p></div>
         <div class="banner">Cookie banner on top of everything</div>`,
        `<style>
          html { transform: translateZ(0); }
          .scaled { transform: scale(1.4) rotate(2deg); transform-origin: 0 0; margin: 40px; }
          .banner { position: fixed; left: 0; right: 0; bottom: 0; height: 70vh;
                    z-index: 2147483647; background: #333; color: #fff; }
        </style>`,
      ),
    );
    // The banner covers the mark for the mouse; keyboard focus reaches it.
    await page.focus('mark[data-amps-term="crps"]');
    const tip = await openTooltip(page);
    const markBox = await page.evaluate(() => {
      const rect = document.querySelector('mark[data-amps-term]')!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    });
    expect(tip).not.toBeNull();
    // Beside the mark as it is drawn (after the transform), not over it.
    expect(tip!.top).toBeGreaterThanOrEqual(markBox.bottom);
    expect(tip!.left).toBeLessThan(markBox.right);
    // Where it overlaps the banner, the tooltip is what is on top.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: tip!.left + 20,
      y: tip!.bottom - 10,
    });
    expect(onTop).toBe('amps-lens-ui');
  });

  it('explains a term in right-to-left text, inside the viewport', async () => {
    const page = await open(
      '/rtl.html',
      `<!doctype html><html lang="he" dir="rtl"><head><title>פורום</title></head><body>
        <p style="font-size: 20px">לבת שלי יש CRPS מאז הניתוח, והרופאה אמרה RSD.</p></body></html>`,
    );
    expect(await markedOccurrences(page)).toEqual(['crps: CRPS', 'rsd: RSD']);
    await page.hover('mark[data-amps-term="crps"]');
    const tip = await openTooltip(page);
    const markRight = await page.evaluate(
      () => document.querySelector('mark[data-amps-term="crps"]')!.getBoundingClientRect().right,
    );
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(tip!.left).toBeGreaterThanOrEqual(0);
    expect(tip!.right).toBeLessThanOrEqual(width);
    // Aligned with the mark's start edge, which is its right edge in right-to-left text.
    expect(Math.abs(tip!.right - markRight)).toBeLessThan(2);
    const direction = await inTooltip(
      page,
      (root) => getComputedStyle(root.querySelector('.tooltip')!).direction,
      undefined,
      '',
    );
    expect(direction).toBe('ltr');
  });
});
