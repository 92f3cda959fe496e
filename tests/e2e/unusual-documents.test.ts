import { describe, expect, it } from 'vitest';
import { waitForScan } from './support/extension-browser';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { markedOccurrences, openTooltip } from './support/page-checks';
import { html } from './support/test-pages';

const setup = useExtensionBrowser();
const { server } = setup;
// Every page in this file must run without a single error, ours or the page's.
const { watch, open } = useErrorFreeTabs(setup);

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
    expect((await waitForScan(page)).off).toBe('not-readable');
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
