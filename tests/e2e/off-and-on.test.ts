import { describe, expect, it } from 'vitest';
import { waitForScan } from './support/extension-browser';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, openTooltip, storeSettings, textNodes } from './support/page-checks';
import { html, lookOf, ownTextIntact } from './support/test-pages';

const setup = useExtensionBrowser();
const { server } = setup;
// Every page in this file must run without a single error, ours or the page's.
const { watch, open } = useErrorFreeTabs(setup);

describe('turning the lens off and on', () => {
  const PAGE = html(`
    <p id="a">RSD at the start, CRPS in the middle and fibromyalgia at the end: RSD</p>
    <p>Split: complex <b>regional</b> pain syndrome, then R<span>SD</span>.</p>
    <p>Their own mark: <mark>causalgia</mark>.</p>
    <p>Adjacent text nodes: <span id="adjacent"></span></p>
    <shadow-note></shadow-note>
    <iframe srcdoc="<p>In a frame: RSD and CRPS.</p>"></iframe>
    <script>
      const adjacent = document.getElementById('adjacent');
      adjacent.append('algodystrophy ', 'and RSD', '');
      customElements.define('shadow-note', class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow: CRPS type 1 and RSD.</p>';
        }
      });
      // The page's own text nodes, kept before AMPS Lens runs: they must come back, not copies.
      window.ownText = [];
      const walk = (node) => {
        if (node.nodeType === 3) window.ownText.push([node, node.data]);
        if (node.shadowRoot) walk(node.shadowRoot);
        node.childNodes.forEach(walk);
      };
      walk(document.body);
    </script>`);

  for (const [where, off] of [
    ['for this site', { disabledSites: ['127.0.0.1'] }],
    ['everywhere', { enabled: false }],
  ] as const) {
    it(`turned off ${where}, gives the page back its own text nodes; on again, marks again`, async () => {
      const page = await setup.browser.context.newPage();
      watch(page);
      // The page as it is without the lens: the same page with the lens off from the start.
      await storeSettings(setup.browser, off);
      await page.goto(server.page('/off-on.html', PAGE));
      expect((await waitForScan(page)).off).toBe('turned-off');
      const frame = page.frames()[1];
      const untouched = await textNodes(page);
      const untouchedFrame = await textNodes(frame);
      expect(await markedOccurrences(page)).toEqual([]);

      await storeSettings(setup.browser, {});
      const marked = [
        'rsd: RSD',
        'crps: CRPS',
        'fibromyalgia: fibromyalgia',
        'rsd: RSD',
        'crps: complex regional pain syndrome',
        'rsd: RSD',
        'causalgia: causalgia',
        'algodystrophy: algodystrophy',
        'rsd: RSD',
        'crps: CRPS type 1',
        'rsd: RSD',
      ];
      await expect.poll(() => markedOccurrences(page)).toEqual(marked);
      await expect.poll(() => markedOccurrences(frame)).toEqual(['rsd: RSD', 'crps: CRPS']);
      expect(await textNodes(page)).not.toEqual(untouched);

      await storeSettings(setup.browser, off);
      await expect.poll(() => markedOccurrences(page)).toEqual([]);
      await expect.poll(() => markedOccurrences(frame)).toEqual([]);
      expect(await textNodes(page)).toEqual(untouched);
      expect(await textNodes(frame)).toEqual(untouchedFrame);
      expect(await ownTextIntact(page)).toBe(true);
      // Our styles for marks in the shadow root go too.
      expect(
        await page.evaluate(
          () => document.querySelector('shadow-note')?.shadowRoot?.adoptedStyleSheets.length,
        ),
      ).toBe(0);

      await storeSettings(setup.browser, {});
      await expect.poll(() => markedOccurrences(page)).toEqual(marked);
      await storeSettings(setup.browser, off);
      await expect.poll(() => markedOccurrences(page)).toEqual([]);
      expect(await textNodes(page)).toEqual(untouched);
      expect(await ownTextIntact(page)).toBe(true);
      await storeSettings(setup.browser, {});
    });
  }
});

describe('stored settings', () => {
  it('falls back to the defaults when storage holds wrong types and unknown keys', async () => {
    await storeSettings(setup.browser, {
      enabled: 'yes',
      disabledSites: '127.0.0.1',
      highlightStyle: 42,
      firstOccurrenceOnly: 'no',
      categories: ['older-name'],
      audience: { parent: true },
      hiddenTerms: { '127.0.0.1': 'rsd', 'bad host!': ['crps'] },
      colour: 'purple',
    });
    const page = await open('/bad-settings.html', html('<p>RSD, CRPS and RSD again.</p>'));
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD', 'crps: CRPS', 'rsd: RSD']);
    expect(await lookOf(page, 'mark[data-amps-term]')).toMatchObject({
      line: 'underline',
      dotted: 'dotted',
    });
    await page.hover('mark[data-amps-term="rsd"]');
    expect((await openTooltip(page))?.text).toContain("Ask your child's care team.");

    const popup = await setup.browser.context.newPage();
    watch(popup);
    await popup.goto(`chrome-extension://${setup.browser.extensionId}/popup.html#settings`);
    await expect.poll(() => popup.getByLabel('Dotted underline').isChecked()).toBe(true);
    await storeSettings(setup.browser, {});
  });
});
