import { describe, expect, it } from 'vitest';
import { waitForScan } from './support/extension-browser';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, openTooltip } from './support/page-checks';
import { html, marksIn } from './support/test-pages';

const setup = useExtensionBrowser();
const { server } = setup;
// Every page in this file must run without a single error, ours or the page's.
const { open } = useErrorFreeTabs(setup);

describe('regions people type in, and code', () => {
  const EXCLUDED = `
    <textarea id="t">My RSD notes</textarea>
    <input id="i" value="CRPS type 1">
    <select><option>fibromyalgia</option></select>
    <div id="editor" contenteditable="true"><p>Draft: her <b>RSD</b> flare and CRPS.</p></div>
    <div contenteditable="plaintext-only">Plain draft: causalgia</div>
    <div contenteditable="">Empty value still edits: algodystrophy</div>
    <div contenteditable="true"><div contenteditable="false">Widget in an editor: RSD</div></div>
    <p>Code: <code>rsd = 1</code> <kbd>RSD</kbd> <samp>CRPS</samp></p>
    <pre><code>fibromyalgia()</code></pre>
    <svg width="200" height="20"><text x="0" y="15">RSD in SVG</text></svg>
    <math><mi>CRPS</mi></math>
    <script>const note = 'RSD in a script';</script>
    <style>/* CRPS in a style sheet */</style>
    <noscript>RSD without scripts</noscript>
    <template><p>RSD in a template</p></template>
    <p hidden>Hidden RSD</p>
    <p title="RSD in an attribute">Attributes are never read.</p>`;

  it('marks only the text people read, never editable, code or hidden text', async () => {
    const page = await open(
      '/excluded.html',
      html(`<p id="read">Read: RSD and CRPS.</p>${EXCLUDED}
        <div contenteditable="false" id="not-editable">Not editable: fibromyalgia</div>`),
    );
    expect(await markedOccurrences(page)).toEqual([
      'rsd: RSD',
      'crps: CRPS',
      'fibromyalgia: fibromyalgia',
    ]);
    expect(await marksIn(page, '#not-editable')).toEqual(['fibromyalgia: fibromyalgia']);
  });

  it('leaves typing in a rich editor exactly as typed', async () => {
    const page = await open(
      '/editor.html',
      html(`<p>Read: CRPS.</p><div id="editor" contenteditable="true"><p>Start</p></div>`),
    );
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(': my son has RSD and CRPS type 1.');
    // A change outside the editor, marked once the changes typed before it have been seen to.
    await page.evaluate(() =>
      document.body.append(
        Object.assign(document.createElement('p'), {
          id: 'after',
          textContent: 'After: fibromyalgia.',
        }),
      ),
    );
    await expect.poll(() => marksIn(page, '#after')).toEqual(['fibromyalgia: fibromyalgia']);
    expect(await page.innerHTML('#editor')).toBe('<p>Start: my son has RSD and CRPS type 1.</p>');
  });

  it('removes marks from a region that becomes editable after the page loads', async () => {
    const page = await open(
      '/late-editor.html',
      html(`<div id="comment"><p>Reply: our RSD story.</p></div><p id="other">CRPS.</p>`),
    );
    expect(await marksIn(page, '#comment')).toEqual(['rsd: RSD']);
    const before = await page.evaluate(() => document.querySelector('#comment p')?.firstChild);
    expect(before).toBeTruthy();
    await page.evaluate(() =>
      document.getElementById('comment')?.setAttribute('contenteditable', 'true'),
    );
    await expect.poll(() => marksIn(page, '#comment')).toEqual([]);
    expect(await page.innerHTML('#comment')).toBe('<p>Reply: our RSD story.</p>');
    expect(await marksIn(page, '#other')).toEqual(['crps: CRPS']);
  });

  it('marks text that a page reveals by removing hidden', async () => {
    const page = await open(
      '/tabs.html',
      html(`<p>Tab one: nothing here.</p><section id="tab2" hidden><p>Tab two: RSD.</p></section>`),
    );
    expect(await markedOccurrences(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('tab2')?.removeAttribute('hidden'));
    await expect.poll(() => marksIn(page, '#tab2')).toEqual(['rsd: RSD']);
  });

  it('leaves an editor frame in design mode alone', async () => {
    const page = await open(
      '/design-mode.html',
      html(`<p>Outside: RSD.</p><iframe id="editor"></iframe>
        <script>
          const doc = document.getElementById('editor').contentDocument;
          doc.body.innerHTML = '<p>Inside the editor: CRPS.</p>';
          doc.designMode = 'on';
        </script>`),
    );
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD']);
    const frame = page.frames()[1];
    // The frame's lens decided not to read the editor (it answers for the frame's address).
    expect((await waitForScan(page, 0, frame.url())).lens?.skipped).toBe(true);
    expect(await frame.evaluate(() => document.body.innerHTML)).toBe(
      '<p>Inside the editor: CRPS.</p>',
    );
  });
});

describe('shadow roots and frames', () => {
  const SHADOW_PAGE = html(`
    <p>Light: RSD.</p>
    <forum-post id="post"></forum-post>
    <p id="late-host"></p>
    <script>
      customElements.define('forum-post', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          root.innerHTML = '<style>mark { background: yellow; }</style><p>In a shadow root: CRPS type 1.</p><reply-box></reply-box>';
          root.querySelector('reply-box').attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: fibromyalgia.</p>';
        }
      });
      const closed = document.createElement('div');
      closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed: causalgia.</p>';
      document.body.append(closed);
    </script>`);

  it('marks open shadow roots, nested ones too, with our own look', async () => {
    const page = await open('/shadow.html', SHADOW_PAGE);
    expect(await markedOccurrences(page)).toEqual([
      'rsd: RSD',
      'crps: CRPS type 1',
      'fibromyalgia: fibromyalgia',
    ]);
    const look = await page.evaluate(() => {
      const mark = document
        .getElementById('post')
        ?.shadowRoot?.querySelector('mark[data-amps-term]') as HTMLElement;
      const style = getComputedStyle(mark);
      return [style.backgroundColor, style.textDecorationStyle];
    });
    expect(look).toEqual(['rgba(0, 0, 0, 0)', 'dotted']);
    await page.hover('#post >> mark[data-amps-term="crps"]');
    expect((await openTooltip(page))?.text).toContain('Complex regional pain syndrome');
  });

  it('follows changes inside a shadow root, and new shadow hosts', async () => {
    const page = await open('/shadow-live.html', SHADOW_PAGE);
    await page.evaluate(() => {
      const root = document.getElementById('post')?.shadowRoot;
      root?.querySelector('p')?.replaceChildren('Edited in the shadow root: causalgia.');
      document.getElementById('late-host')?.append(document.createElement('forum-post'));
    });
    await expect
      .poll(() => markedOccurrences(page))
      .toEqual([
        'rsd: RSD',
        'causalgia: causalgia',
        'fibromyalgia: fibromyalgia',
        'crps: CRPS type 1',
        'fibromyalgia: fibromyalgia',
      ]);
  });

  it('marks same-origin frames; a frame from another origin is not read and stores nothing', async () => {
    server.page('/inner.html', html('<p>Inner page: RSD.</p>'));
    const crossOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const page = await open(
      '/frames.html',
      html(`<p>Top: CRPS.</p>
        <iframe src="/inner.html"></iframe>
        <iframe srcdoc="<p>Srcdoc: fibromyalgia.</p>"></iframe>
        <iframe id="blank"></iframe>
        <iframe src="${crossOrigin}/inner.html"></iframe>
        <script>
          document.getElementById('blank').contentDocument.body.innerHTML = '<p>Written by the parent: causalgia.</p>';
        </script>`),
    );
    const frames = page.frames();
    expect(frames).toHaveLength(5);
    await Promise.all(frames.map((frame) => frame.waitForLoadState()));
    const found = async () =>
      Promise.all(frames.map(async (frame) => (await markedOccurrences(frame)).join(', ')));
    await expect
      .poll(found)
      .toEqual([
        'crps: CRPS',
        'rsd: RSD',
        'fibromyalgia: fibromyalgia',
        'causalgia: causalgia',
        '',
      ]);
    // It decided not to run (it would learn the embedding site's settings), rather than lagging.
    expect((await waitForScan(page, 0, frames[4].url())).off).toBe('other-origin-frame');
    expect(await frames[4].evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
  });
});
