import { describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { waitForScan } from './support/extension-browser';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { focused, openTooltip, runShortcut, seriousAxeViolations } from './support/page-checks';
import { html, THREAD } from './support/test-pages';
import { showTooltipToAxe, tooltipControls } from './support/tooltip';

const setup = useExtensionBrowser();
// Every page in this file must run without a single error, ours or the page's.
const { watch, openInFront: open } = useErrorFreeTabs(setup);

/** The accessibility tree's view of a node (role, name, description), as screen readers get it. */
function accessible(node: {
  role?: { value?: unknown };
  name?: { value?: unknown };
  description?: { value?: unknown };
}) {
  return {
    role: node.role?.value as string,
    name: node.name?.value as string,
    description: (node.description?.value ?? '') as string,
  };
}

/** The element `expression` gives, in the accessibility tree. */
async function accessibleNode(cdp: CDPSession, expression: string) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  return accessible(nodes[0]);
}

describe('keyboard', () => {
  it('never stops Tab on a mark, even in a thread with 300 of them', async () => {
    const posts = Array.from(
      { length: 300 },
      (_, index) => `<p>Reply ${index}: RSD again, and CRPS.</p>`,
    ).join('');
    const page = await open(
      '/long-thread.html',
      html(`<button id="before">Before</button>${posts}<button id="after">After</button>`),
    );
    expect(await page.locator('mark[data-amps-term]').count()).toBe(600);
    await page.focus('#before');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button After');
  });

  it('moves to the next and previous term with the shortcut, shadow roots and frames included, and wraps', async () => {
    const page = await open('/thread.html', THREAD);
    const frame = page.frames()[1];
    await waitForScan(page, 0, frame.url());
    const tooltips = async () => [
      (await openTooltip(page))?.text,
      (await openTooltip(frame))?.text,
    ];
    for (const [term, title] of [
      ['rsd', 'Reflex sympathetic dystrophy'],
      ['crps', 'Complex regional pain syndrome'],
      ['causalgia', 'Causalgia'],
      ['fibromyalgia', 'Fibromyalgia'],
    ]) {
      await runShortcut(setup.browser, 'next-term');
      expect(await focused(page)).toMatch(new RegExp(`^mark ${term} \\d+$`));
      expect(await tooltips()).toEqual([expect.stringContaining(title), undefined]);
    }
    // The frame's own lens explains the term in the frame; only one tooltip is ever open.
    await runShortcut(setup.browser, 'next-term');
    expect(await focused(page)).toMatch(/^mark algodystrophy /);
    expect(await tooltips()).toEqual([undefined, expect.stringContaining('Algodystrophy')]);
    await runShortcut(setup.browser, 'next-term');
    expect(await focused(page)).toMatch(/^mark rsd /);
    expect(await tooltips()).toEqual([expect.stringContaining('Reflex'), undefined]);
    await runShortcut(setup.browser, 'previous-term');
    expect(await focused(page)).toMatch(/^mark algodystrophy /);
    await page.keyboard.press('Escape');
    expect(await tooltips()).toEqual([undefined, undefined]);
    expect(await focused(page)).toMatch(/^mark algodystrophy /);
    await runShortcut(setup.browser, 'previous-term');
    expect(await focused(page)).toMatch(/^mark fibromyalgia /);
    expect(await tooltips()).toEqual([expect.stringContaining('Fibromyalgia'), undefined]);
  });

  it('Tab enters the tooltip, Esc closes it and puts focus back on the term', async () => {
    const page = await open('/thread.html', THREAD);
    await runShortcut(setup.browser, 'next-term');
    expect(await focused(page)).toMatch(/^mark rsd /);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button When to call a doctor');
    expect(await openTooltip(page)).not.toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^mark rsd /);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Sources and more');
    // Enter opens the sources and actions; Tab goes on into them.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a /);
    await page.keyboard.press('Escape');
    expect(await openTooltip(page)).toBeNull();
    expect(await focused(page)).toMatch(/^mark rsd /);
  });

  it('Tab past the tooltip goes on in the page after the term', async () => {
    const page = await open('/thread.html', THREAD);
    await runShortcut(setup.browser, 'next-term');
    await runShortcut(setup.browser, 'next-term');
    expect(await focused(page)).toMatch(/^mark crps /);
    const buttons = (await tooltipControls(page, 'button')).length;
    const links = (await tooltipControls(page, 'link')).length;
    for (let press = 0; press < buttons + links; press++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Sources and more');
    // Opened, its sources and actions come next, then the page after the term.
    await page.keyboard.press('Enter');
    const opened =
      (await tooltipControls(page, 'button')).length + (await tooltipControls(page, 'link')).length;
    for (let press = 0; press < opened - buttons - links; press++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe('button Add to my questions');
    await page.keyboard.press('Tab');
    // The next focusable thing after "CRPS type 1" in the page is the post's reply link.
    expect(await focused(page)).toBe('a reply');
    expect(await openTooltip(page)).toBeNull();
  });

  it('Esc on a hovered tooltip closes it and leaves focus where the reader was typing', async () => {
    const page = await open('/thread.html', THREAD);
    await page.focus('#search');
    await page.keyboard.type('pain');
    await page.hover('mark[data-amps-term="rsd"]');
    expect(await openTooltip(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await openTooltip(page)).toBeNull();
    expect(await focused(page)).toBe('input ');
    await page.keyboard.type(' clinic');
    expect(await page.inputValue('#search')).toBe('pain clinic');
  });
});

describe('screen readers', () => {
  it('describes a focused term with its explanation, and the tooltip is a tooltip', async () => {
    const page = await open('/thread.html', THREAD);
    await runShortcut(setup.browser, 'next-term');
    const cdp = await setup.browser.context.newCDPSession(page);
    const mark = await accessibleNode(
      cdp,
      'document.querySelector(\'mark[data-amps-term="rsd"]\')',
    );
    expect(mark.name).toBe('RSD');
    expect(mark.description).toContain('Reflex sympathetic dystrophy');
    expect(mark.description).toContain("Ask your child's care team.");
    // The tooltip's root is closed to the page, not to the accessibility tree.
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      role: 'tooltip',
    });
    expect(nodes).toHaveLength(1);
    const tooltip = accessible(nodes[0]);
    expect(tooltip.role).toBe('tooltip');
    expect(tooltip.name).toContain('Reflex sympathetic dystrophy');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations in the marks and the tooltip (${colorScheme})`, async () => {
      const page = await open('/thread.html', THREAD, (tab) => tab.emulateMedia({ colorScheme }));
      await runShortcut(setup.browser, 'next-term');
      expect(await openTooltip(page)).not.toBeNull();
      await showTooltipToAxe(page);
      expect(
        await seriousAxeViolations(page, [['amps-lens-ui', '.tooltip'], 'mark[data-amps-term]']),
      ).toEqual([]);
    });

    it(`has no serious axe violations in the popup, with headings, labels and landmarks (${colorScheme})`, async () => {
      await open('/thread.html', THREAD);
      const popup = await setup.browser.context.newPage();
      watch(popup);
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 400, height: 700 });
      await popup.goto(`chrome-extension://${setup.browser.extensionId}/popup.html`);
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await popup.getByRole('main').count()).toBe(1);
      expect(await popup.getByRole('navigation').count()).toBe(1);
      for (const tab of ['On this page', 'Glossary', 'Amplified pain', 'Settings']) {
        await popup.getByRole('tab', { name: tab }).click();
        expect(
          await popup
            .getByRole('heading', {
              level: 2,
              name: tab === 'Amplified pain' ? 'How CHOP explains amplified pain' : tab,
            })
            .isVisible(),
        ).toBe(true);
        expect(await seriousAxeViolations(popup, ['body'])).toEqual([]);
      }
    });
  }
});
