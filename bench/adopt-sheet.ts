/**
 * What adopting the marks' style sheet costs on the 128,000-text-node forum page (issue 13: the
 * sheet is adopted only once there is something to mark, and must not make the browser restyle
 * the whole document). Measured with CDP `Performance.getMetrics` (RecalcStyleDuration) around:
 *   - adopting the sheet, with the page's 428 term occurrences already wrapped in <mark>s;
 *   - for scale, a change that does restyle every element (an inherited colour on <body>).
 * Run from the project folder: npm run bench:adopt (plain Chromium, no extension needed).
 * Measured 2026-12-04 on this 2-core machine (busy with other work), medians of 5: adopting
 * 105-123 ms, a one-rule sheet 141 ms, removing 337-363 ms, a whole-document restyle 362-824 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { genForum } from './shared/gen-forum.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const css = ['marks.css', 'marks-background.css'].map((file) =>
  readFileSync(join(process.cwd(), 'src/page', file), 'utf8'),
);
const { html } = genForum({ seed: 20240917, posts: 20000, termPosts: 390, lookPosts: 360 });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent(html);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const recalc = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { ms: get('RecalcStyleDuration') * 1000, count: get('RecalcStyleCount') };
};

/** Runs `change` in the page and forces the style recalculation it causes. */
async function styleCost(change: string): Promise<number> {
  const before = await recalc();
  await page.evaluate((code) => {
    new Function('css', code)((globalThis as unknown as { markCss: string[] }).markCss);
    void document.body.offsetHeight;
  }, change);
  const after = await recalc();
  return after.ms - before.ms;
}

await page.evaluate((sheets) => {
  (globalThis as unknown as { markCss: string[] }).markCss = sheets;
  // Wrap each term occurrence as the lens does (the generator marks none itself).
  const terms = /\b(RSD|CRPS|fibromyalgia|causalgia|algodystrophy)\b/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  while (walker.nextNode())
    if (terms.test((walker.currentNode as Text).data)) hits.push(walker.currentNode as Text);
  let n = 0;
  for (const node of hits) {
    const match = terms.exec(node.data)!;
    const term = node.splitText(match.index);
    term.splitText(match[0].length);
    const mark = document.createElement('mark');
    mark.dataset.ampsTerm = 'rsd';
    mark.dataset.ampsOccurrence = String(++n);
    term.replaceWith(mark);
    mark.append(term);
  }
  void document.body.offsetHeight;
}, css);

const nodes = await page.evaluate(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count++;
  return {
    text: count,
    elements: document.getElementsByTagName('*').length,
    marks: document.querySelectorAll('mark').length,
  };
});
const results: Record<string, number[]> = {
  adopt: [],
  remove: [],
  adoptOneRule: [],
  adoptWithoutKeyframes: [],
  wholeDocument: [],
};
for (let round = 0; round < 5; round++) {
  results.adopt.push(
    await styleCost(
      `const s = new CSSStyleSheet(); s.replaceSync(css[0] + css[1]); document.adoptedStyleSheets = [s];`,
    ),
  );
  results.remove.push(await styleCost(`document.adoptedStyleSheets = [];`));
  results.adoptOneRule.push(
    await styleCost(
      `const s = new CSSStyleSheet(); s.replaceSync('mark[data-amps-term][data-amps-occurrence] { text-decoration: underline dotted; }'); document.adoptedStyleSheets = [s];`,
    ),
  );
  await styleCost(`document.adoptedStyleSheets = [];`);
  results.adoptWithoutKeyframes.push(
    await styleCost(
      `const s = new CSSStyleSheet(); s.replaceSync(css[0].replace(/@keyframes[^}]*}[^}]*}[^}]*}/, '').replace(/@media[^}]*}[^}]*}[^}]*}/, '')); document.adoptedStyleSheets = [s];`,
    ),
  );
  await styleCost(`document.adoptedStyleSheets = [];`);
  results.wholeDocument.push(
    await styleCost(`document.body.style.color = document.body.style.color ? '' : 'rgb(1, 2, 3)';`),
  );
}
const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  JSON.stringify({
    nodes,
    medianMs: Object.fromEntries(
      Object.entries(results).map(([k, v]) => [k, +median(v).toFixed(2)]),
    ),
    runs: results,
  }),
);
await browser.close();
