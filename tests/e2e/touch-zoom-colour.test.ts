import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/extension-browser';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { centreOf, focused, openTooltip, runShortcut, tap } from './support/page-checks';
import { html, THREAD } from './support/test-pages';
import { inTooltip, tooltipControls } from './support/tooltip';

const setup = useExtensionBrowser();
// Every page in this file must run without a single error, ours or the page's.
const { openInFront: open } = useErrorFreeTabs(setup);

/** WCAG contrast ratio of the first mark's underline against the page background. */
function underlineContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    // The browser turns any CSS colour (color-mix, color()) into pixels on a canvas.
    const probe = document.createElement('canvas').getContext('2d')!;
    const luminance = (colour: string) => {
      probe.fillStyle = colour;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = Array.from(probe.getImageData(0, 0, 1, 1).data.slice(0, 3), (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const mark = document.querySelector('mark[data-amps-term]')!;
    const line = luminance(getComputedStyle(mark).textDecorationColor);
    const background = luminance(getComputedStyle(document.body).backgroundColor);
    return (Math.max(line, background) + 0.05) / (Math.min(line, background) + 0.05);
  });
}

describe('touch, small screens and zoom', () => {
  it('opens on a tap, closes on a tap elsewhere, and fits a 360 px phone screen', async () => {
    const page = await open('/thread.html', THREAD, (tab) =>
      tab.setViewportSize({ width: 360, height: 640 }),
    );
    const cdp = await setup.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const mark = await centreOf(page, 'mark[data-amps-term="crps"]');
    await tap(cdp, mark.x, mark.y);
    const tip = await openTooltip(page);
    expect(tip?.text).toContain('Complex regional pain syndrome');
    expect(tip!.left).toBeGreaterThanOrEqual(0);
    expect(tip!.right).toBeLessThanOrEqual(360);
    expect(tip!.top).toBeGreaterThanOrEqual(0);
    expect(tip!.bottom).toBeLessThanOrEqual(640);
    await screenshot(page, 'a11y-narrow-360');
    const heading = await centreOf(page, 'h1');
    await tap(cdp, heading.x, heading.y);
    expect(await openTooltip(page)).toBeNull();
  });

  it('works at 200% zoom: beside the term, inside the window, every button reachable', async () => {
    // A 1280 x 800 window at 200% zoom lays the page out in 640 x 400 CSS pixels.
    const page = await open('/thread.html', THREAD, (tab) =>
      tab.setViewportSize({ width: 640, height: 400 }),
    );
    await runShortcut(setup.browser, 'next-term');
    await runShortcut(setup.browser, 'next-term');
    const tip = await openTooltip(page);
    const markBox = await page.evaluate(() => {
      const rect = document.querySelector('mark[data-amps-term="crps"]')!.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    });
    expect(tip).not.toBeNull();
    expect(tip!.top).toBeGreaterThanOrEqual(0);
    expect(tip!.bottom).toBeLessThanOrEqual(400);
    expect(tip!.right).toBeLessThanOrEqual(640);
    // Never over the term it explains.
    expect(tip!.top >= markBox.bottom || tip!.bottom <= markBox.top).toBe(true);
    await screenshot(page, 'a11y-zoom-200');
    // With "Sources and more" open, tabbing to the last button scrolls the tooltip to it.
    const controls = async () =>
      (await tooltipControls(page, 'button')).length + (await tooltipControls(page, 'link')).length;
    const closed = await controls();
    for (let press = 0; press < closed; press++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Sources and more');
    await page.keyboard.press('Enter');
    const opened = await controls();
    for (let press = closed; press < opened; press++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Add to my questions');
    const last = await inTooltip(
      page,
      (root) => {
        const rect = (root.activeElement as HTMLElement).getBoundingClientRect();
        const box = root.querySelector('.tooltip')!.getBoundingClientRect();
        return rect.top >= box.top && rect.bottom <= box.bottom && rect.bottom <= innerHeight;
      },
      undefined,
      false,
    );
    expect(last).toBe(true);
  });
});

describe('colour and motion', () => {
  for (const [scheme, style] of [
    ['light', 'body { background: #fff; color: #222; }'],
    ['dark', 'body { background: #121212; color: #e6e6e6; }'],
    ['light grey', 'body { background: #f2f2f2; color: #333; }'],
  ] as const) {
    it(`keeps the underline visible on a ${scheme} page (3:1 or more)`, async () => {
      const page = await open(
        `/contrast-${scheme.replace(' ', '-')}.html`,
        html('<p>The clinic said CRPS type 1.</p>', `<style>${style}</style>`),
      );
      expect(await underlineContrast(page)).toBeGreaterThanOrEqual(3);
    });
  }

  it('shows the tooltip in dark colours when the reader prefers dark', async () => {
    const page = await open('/thread.html', THREAD, (tab) =>
      tab.emulateMedia({ colorScheme: 'dark' }),
    );
    await runShortcut(setup.browser, 'next-term');
    const background = await inTooltip(
      page,
      (root) => getComputedStyle(root.querySelector('.tooltip')!).backgroundColor,
      undefined,
      '',
    );
    expect(background).toBe('rgb(27, 35, 41)');
    await screenshot(page, 'a11y-dark');
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`flashes a revealed term ${reducedMotion === 'reduce' ? 'without motion when the reader asks for less' : 'briefly'}`, async () => {
      const page = await open('/thread.html', THREAD, (tab) => tab.emulateMedia({ reducedMotion }));
      await setup.browser.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: {
              query(filter: object): Promise<{ id: number }[]>;
              sendMessage(tab: number, message: object): Promise<unknown>;
            };
          };
        };
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab.id, { type: 'amps-lens:reveal', card: 'crps' });
      });
      const flash = await page.evaluate(() => {
        const mark = document.querySelector('mark[data-amps-flash]')!;
        return {
          animations: mark.getAnimations().length,
          background: getComputedStyle(mark).backgroundColor,
        };
      });
      if (reducedMotion === 'reduce') {
        expect(flash.animations).toBe(0);
        expect(flash.background).not.toBe('rgba(0, 0, 0, 0)');
      } else expect(flash.animations).toBe(1);
    });
  }
});

describe('screenshots', () => {
  it('takes the light and right-to-left set', async () => {
    const light = await open('/thread.html', THREAD);
    await runShortcut(setup.browser, 'next-term');
    await screenshot(light, 'a11y-light');
    const rtl = await open(
      '/rtl.html',
      `<!doctype html><html lang="he" dir="rtl"><head><title>פורום</title>
       <style>body { font: 18px/1.6 sans-serif; margin: 24px; }</style></head><body>
       <h1>פורום הורים</h1>
       <p>לבת שלי יש CRPS מאז הניתוח, והרופאה הראשונה אמרה RSD.</p>
       <p>בצוות אומרים שזה כאב מוגבר (AMPS), ושזו לא פיברומיאלגיה.</p></body></html>`,
    );
    await rtl.focus('mark[data-amps-term="crps"]');
    expect(await openTooltip(rtl)).not.toBeNull();
    await screenshot(rtl, 'a11y-rtl');
  });
});
