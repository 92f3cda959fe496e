import { describe, expect, it } from 'vitest';
import { useErrorFreeTabs, useExtensionBrowser } from './support/extension-test';
import { html, marksIn } from './support/test-pages';
import { REACT_LIKE_APP } from './support/react-like-app';

const setup = useExtensionBrowser();
// Every page in this file must run without a single error, ours or the page's.
const { open } = useErrorFreeTabs(setup);

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
