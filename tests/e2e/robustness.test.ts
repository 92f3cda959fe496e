import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForScan } from './support/extension-browser';
import { useErrorFreePages, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, openTooltip, storeSettings, textNodes } from './support/page-checks';
import { REACT_LIKE_APP } from './support/react-like-app';

const setup = useExtensionBrowser();
const { server } = setup;
// Every page in this file must run without a single error, ours or the page's.
const watch = useErrorFreePages();

/** Opens a page registered with the fixture server and waits for the first scan. */
async function open(path: string, html: string, headers: Record<string, string> = {}) {
  const page = await setup.browser.context.newPage();
  watch(page);
  await page.goto(server.page(path, html, headers));
  await waitForScan(page);
  return page;
}

const html = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Test page</title>${head}</head><body>${body}</body></html>`;

/** Marked occurrences under one element. */
function marksIn(scope: Page | Frame, selector: string): Promise<string[]> {
  return scope.evaluate((query) => {
    const byOccurrence = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>(`${query} mark[data-amps-term]`)) {
      const id = mark.dataset.ampsOccurrence ?? '';
      byOccurrence.set(
        id,
        (byOccurrence.get(id) ?? `${mark.dataset.ampsTerm}: `) + mark.textContent,
      );
    }
    return [...byOccurrence.values()];
  }, selector);
}

/** How a mark looks next to the text around it. */
function lookOf(page: Page, selector: string) {
  return page.evaluate((query) => {
    const element = document.querySelector(query) as HTMLElement;
    const style = getComputedStyle(element);
    const parent = getComputedStyle(element.parentElement as HTMLElement);
    return {
      background: style.backgroundColor,
      line: style.textDecorationLine,
      dotted: style.textDecorationStyle,
      sameWeight: style.fontWeight === parent.fontWeight,
      sameColour: style.color === parent.color,
      padding: style.padding,
    };
  }, selector);
}

/** Whether the text nodes the page's script kept (window.ownText) are all in the page, with their own text. */
function ownTextIntact(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { ownText: [Text, string][] }).ownText.every(
      ([node, data]) => node.isConnected && node.data === data,
    ),
  );
}

describe('pages whose scripts re-render marked text', () => {
  it('a React-style app keeps showing its own text as it re-renders, and new text is marked', async () => {
    const page = await open('/react-like.html', REACT_LIKE_APP);
    const appText = () => page.evaluate(() => document.getElementById('app')?.textContent);
    const expectedText = () =>
      page.evaluate(() => (window as unknown as { expectedText(): string }).expectedText());
    expect(await marksIn(page, '#status')).toEqual(['rsd: RSD']);
    expect(await marksIn(page, '#older')).toEqual(['causalgia: causalgia', 'rsd: RSD']);

    for (let click = 1; click <= 6; click++) {
      await page.click('#next');
      // Checked right after the app's update: no stale text beside old marks, not even briefly.
      expect(await appText()).toBe(await expectedText());
    }
    // Day 6 shows the first note again, and the older notes again.
    await expect.poll(() => marksIn(page, '#status')).toEqual(['rsd: RSD']);
    await expect.poll(() => marksIn(page, '#older')).toEqual(['causalgia: causalgia', 'rsd: RSD']);
    await expect
      .poll(() => marksIn(page, '#posts'))
      .toEqual(['crps: CRPS type 2', 'crps: CRPS type 2', 'crps: CRPS type 2']);
    expect(await marksIn(page, '#single')).toEqual(['crps: CRPS type 1']);

    await page.click('#note');
    await page.keyboard.type('Her RSD is calmer', { delay: 15 });
    expect(await page.inputValue('#note')).toBe('Her RSD is calmer');
    expect(await appText()).toBe(await expectedText());
    await expect.poll(() => marksIn(page, '#preview')).toEqual(['rsd: RSD']);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('r, after CRPS care');
    expect(await page.inputValue('#note')).toBe('Her RSD is calmer, after CRPS care');
    await expect.poll(() => marksIn(page, '#preview')).toEqual(['rsd: RSD', 'crps: CRPS']);
    expect(await appText()).toBe(await expectedText());
  });

  it('a page that replaces the innerHTML of a marked region gets the new text marked', async () => {
    const page = await open(
      '/inner-html.html',
      html(`<section id="feed"><p>Old post: RSD since March.</p></section>
        <p id="other">Unrelated CRPS note.</p>
        <button id="load" onclick="document.getElementById('feed').innerHTML =
          '<article><p>New post: fibromyalgia and causalgia.</p></article>'">Load</button>`),
    );
    expect(await marksIn(page, '#feed')).toEqual(['rsd: RSD']);
    await page.click('#load');
    expect(await page.textContent('#feed')).toBe('New post: fibromyalgia and causalgia.');
    await expect
      .poll(() => marksIn(page, '#feed'))
      .toEqual(['fibromyalgia: fibromyalgia', 'causalgia: causalgia']);
    expect(await marksIn(page, '#other')).toEqual(['crps: CRPS']);
  });

  it('a page that inserts before the DOM node after its own text still reads in order', async () => {
    // Vue and others take the DOM's nextSibling of their text node as the place to insert
    // the next node; with the text split by a mark, that place is our mark.
    const page = await open(
      '/next-sibling.html',
      html(`<p id="line">Diagnosis: RSD</p>
        <script>
          window.addNote = () => {
            const text = document.getElementById('line').firstChild;
            text.parentNode.insertBefore(document.createTextNode(' (now called CRPS)'), text.nextSibling);
          };
        </script>`),
    );
    expect(await marksIn(page, '#line')).toEqual(['rsd: RSD']);
    await page.evaluate(() => (window as unknown as { addNote(): void }).addNote());
    expect(await page.textContent('#line')).toBe('Diagnosis: RSD (now called CRPS)');
    await expect.poll(() => marksIn(page, '#line')).toEqual(['rsd: RSD', 'crps: CRPS']);
  });
});

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
    await page.waitForTimeout(1500);
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

  it('marks same-origin frames, and a cross-origin frame does no harm', async () => {
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
        'rsd: RSD',
      ]);
  });
});

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
    const tip = await page.evaluate(() => {
      const box = document
        .querySelector('amps-lens-ui')
        ?.shadowRoot?.querySelector('.tooltip') as HTMLElement;
      const style = getComputedStyle(box);
      return [style.backgroundColor, style.fontSize, style.position, style.textTransform];
    });
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
    const direction = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('amps-lens-ui')!.shadowRoot!.querySelector('.tooltip')!,
        ).direction,
    );
    expect(direction).toBe('ltr');
  });
});

describe('unusual documents', () => {
  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const page = await open('/csp.html', html('<p>She has RSD and CRPS.</p>'), {
      'content-security-policy':
        "default-src 'none'; style-src 'none'; script-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    });
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD', 'crps: CRPS']);
    await page.hover('mark[data-amps-term="rsd"]');
    const tip = await openTooltip(page);
    expect(tip?.text).toContain('Reflex sympathetic dystrophy');
    expect(tip!.right - tip!.left).toBeGreaterThan(200);
  });

  it('leaves XML documents alone', async () => {
    const xml =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>RSD news</title><entry><title>CRPS</title></entry></feed>';
    const page = await setup.browser.context.newPage();
    watch(page);
    await page.goto(server.page('/feed.xml', xml, { 'content-type': 'application/xml' }));
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('mark, amps-lens-ui').length)).toBe(
      0,
    );
  });

  it('marks a plain-text document without changing its text', async () => {
    const text =
      'My daughter has RSD.\r\nSince 2020 it is called CRPS type 1.\n\n<b>not a tag</b>\n';
    const page = await open('/notes.txt', text, { 'content-type': 'text/plain; charset=utf-8' });
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD', 'crps: CRPS type 1']);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('keeps the page own <mark> elements and their look', async () => {
    const page = await open(
      '/own-marks.html',
      html(
        '<p id="p">Search: <mark>RSD</mark> support group, <mark data-markjs="true">CRPS</mark> too.</p>',
        '<style>mark { background: yellow; }</style>',
      ),
    );
    expect(await markedOccurrences(page)).toEqual(['rsd: RSD', 'crps: CRPS']);
    // Theirs hold ours, and keep their own attributes and look.
    const theirs = await page.evaluate(() =>
      [...document.querySelectorAll('#p > mark')].map((mark) => [
        [...mark.attributes].map((attribute) => attribute.name).join(),
        mark.firstElementChild?.getAttribute('data-amps-term'),
        getComputedStyle(mark).backgroundColor,
      ]),
    );
    expect(theirs).toEqual([
      ['', 'rsd', 'rgb(255, 255, 0)'],
      ['data-markjs', 'crps', 'rgb(255, 255, 0)'],
    ]);
  });

  it('marks a single 2 MB text node and keeps its text', async () => {
    // About 2,000 terms in one text node: wrapping them must not rebuild the node's text each time.
    const chunk = 'Words of a long diary entry. '.repeat(35) + 'The clinic said RSD today. ';
    const body = chunk.repeat(Math.ceil(2_000_000 / chunk.length));
    const page = await open('/big-node.html', html(`<pre id="big">${body}</pre>`));
    const occurrences = await markedOccurrences(page);
    expect(occurrences).toHaveLength(Math.ceil(2_000_000 / chunk.length));
    expect(new Set(occurrences)).toEqual(new Set(['rsd: RSD']));
    expect(await page.evaluate(() => document.getElementById('big')?.textContent)).toBe(body);
  });

  it('copes with a page that removes and rewrites nodes while it is being scanned', async () => {
    const page = await open(
      '/churn.html',
      html(`<main id="thread"></main>
        <script>
          const thread = document.getElementById('thread');
          for (let i = 0; i < 4000; i++) {
            const p = document.createElement('p');
            p.textContent = 'Post ' + i + ': my RSD and CRPS story, ' + 'words '.repeat(20);
            thread.append(p);
          }
          // As soon as the first mark shows, the page starts rewriting itself for a while.
          let round = 0;
          new MutationObserver((records, observer) => {
            observer.disconnect();
            const churn = () => {
              const posts = thread.children;
              for (let i = round % 3; i < posts.length; i += 7) {
                if (i % 2) posts[i].remove();
                else posts[i].firstChild.data = 'Rewritten ' + round + ': fibromyalgia, not RSD.';
              }
              if (++round < 40) setTimeout(churn, 5);
              else window.churnDone = true;
            };
            churn();
          }).observe(thread, { childList: true, subtree: true });
        </script>`),
    );
    await page.waitForFunction(() => (window as unknown as { churnDone: boolean }).churnDone);
    // Once the page is quiet, every post is marked exactly by what it says now.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('#thread p')].every((post) => {
            const marks = [...post.querySelectorAll('mark[data-amps-term]')].map(
              (mark) => mark.textContent,
            );
            const text = post.textContent ?? '';
            return text.startsWith('Rewritten')
              ? marks.join() === 'fibromyalgia,RSD'
              : marks.join() === 'RSD,CRPS';
          }),
        ),
      )
      .toBe(true);
  });
});

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
      await page.waitForTimeout(1000);
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
    expect(
      await page.evaluate(
        () => document.querySelector<HTMLElement>('mark[data-amps-term]')?.dataset.ampsStyle,
      ),
    ).toBe('underline');
    await page.hover('mark[data-amps-term="rsd"]');
    expect((await openTooltip(page))?.text).toContain("Ask your child's care team.");

    const popup = await setup.browser.context.newPage();
    watch(popup);
    await popup.goto(`chrome-extension://${setup.browser.extensionId}/popup.html#settings`);
    await expect.poll(() => popup.getByLabel('Dotted underline').isChecked()).toBe(true);
    await storeSettings(setup.browser, {});
  });
});
