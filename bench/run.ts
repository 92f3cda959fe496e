/**
 * `npm run bench`: AMPS Lens against the bare-scan floor (CONTRACTS.md) on big generated forum
 * pages, in real Chromium with the built extension, plus the pure matcher's speed in Node.
 */
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { findTerms } from '../src/matching/find-terms';
import { TERM_FORMS } from '../src/matching/forms';
import { htmlToText } from '../src/cli/html-text';
import { FixtureServer, launchWithExtension } from '../tests/e2e/support/extension-browser';
import { forumPage, forumPost } from './forum-page';

const POSTS = Number(process.env.BENCH_POSTS ?? 13_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHURN_POSTS = Number(process.env.BENCH_CHURN ?? 50_000);
const require = createRequire(import.meta.url);

/** The floor's phrases: each form's simplest spelling, one combined case-insensitive expression. */
const FLOOR_PHRASES = [
  'reflex sympathetic dystrophy',
  'RSD',
  'complex regional pain syndrome',
  'CRPS',
  'fibromyalgia',
  'fibro',
  'FMS',
  'sympathetic',
  'reflex neurovascular dystrophy',
  'RND',
  'causalgia',
  'algodystrophy',
  "Sudeck's atrophy",
  'post-traumatic dystrophy',
  'shoulder-hand syndrome',
  'amplified musculoskeletal pain syndrome',
  'amplified pain',
  'pain amplification syndrome',
  'AMPS',
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function bareScan(page: Page): Promise<number> {
  return page.evaluate((phrases) => {
    const pattern = new RegExp(
      phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
      'gi',
    );
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentNode?.nodeName;
        return parent === 'SCRIPT' || parent === 'STYLE' || parent === 'TEXTAREA'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      },
    });
    let found = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pattern.lastIndex = 0;
      while (pattern.exec((node as Text).data)) found++;
    }
    (window as unknown as { found: number }).found = found;
    return performance.now() - started;
  }, FLOOR_PHRASES);
}

async function scanTime(page: Page): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('amps-lens:scan').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  return page.evaluate(() => performance.getEntriesByName('amps-lens:scan')[0].duration);
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/** The longest task (over 50 ms, as the browser reports them) that ran during the scan; 0 if none. */
function longestTaskDuringScan(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scan = performance.getEntriesByName('amps-lens:scan')[0];
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const during = tasks.filter(
      ([start, duration]) =>
        start < scan.startTime + scan.duration && start + duration > scan.startTime,
    );
    return Math.max(0, ...during.map(([, duration]) => duration));
  });
}

async function main(): Promise<void> {
  const server = new FixtureServer();
  await server.start();
  const withTerms = forumPage({ posts: POSTS, withTerms: true });
  const noTerms = forumPage({ posts: POSTS, withTerms: false });
  const withUrl = server.page('/with-terms.html', withTerms);
  const noUrl = server.page('/no-terms.html', noTerms);
  const rows: [string, string][] = [];
  const mb = (text: string) => (Buffer.byteLength(text) / 1e6).toFixed(1);

  const browser = await launchWithExtension();
  const results: Record<
    string,
    {
      scan: number[];
      floor: number[];
      longest: number[];
      marks: number;
      parts: Record<string, number[]>;
    }
  > = {};
  for (const [name, url] of [
    ['with terms', withUrl],
    ['no terms', noUrl],
  ] as const) {
    results[name] = {
      scan: [],
      floor: [],
      longest: [],
      marks: 0,
      parts: { read: [], find: [], mark: [] },
    };
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(url, { timeout: 120_000 });
      results[name].scan.push(await scanTime(page));
      await page.waitForTimeout(200);
      results[name].longest.push(await longestTaskDuringScan(page));
      for (const part of ['read', 'find', 'mark']) {
        results[name].parts[part].push(
          await page.evaluate(
            (entry) => performance.getEntriesByName(entry)[0].duration,
            `amps-lens:scan:${part}`,
          ),
        );
      }
      results[name].floor.push(await bareScan(page));
      results[name].marks = await page.evaluate(
        () =>
          new Set(
            [...document.querySelectorAll<HTMLElement>('mark[data-amps-term]')].map(
              (m) => m.dataset.ampsOccurrence,
            ),
          ).size,
      );
      await page.close();
    }
  }

  // Living page: one new post, then a long infinite scroll of added and removed posts.
  const page = await browser.context.newPage();
  await page.goto(withUrl, { timeout: 120_000 });
  await scanTime(page);
  const latency = await page.evaluate(
    (html) =>
      new Promise<number>((resolve) => {
        const holder = document.createElement('div');
        holder.innerHTML = html;
        const post = holder.firstElementChild as HTMLElement;
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (post.querySelector('mark[data-amps-term]')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(post, { childList: true, subtree: true });
        document.querySelector('main')?.append(post);
      }),
    '<article class="post"><p>New reply: the pain clinic said CRPS type 1 today.</p></article>',
  );
  const cdp = await browser.context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();
  const random = (() => {
    let seed = 7;
    return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  })();
  const BATCH = 500;
  for (let done = 0; done < CHURN_POSTS; done += BATCH) {
    const html = Array.from({ length: BATCH }, (_, index) =>
      forumPost(done + index, random, true),
    ).join('');
    await page.evaluate((batch) => {
      const main = document.querySelector('main') as HTMLElement;
      const box = document.createElement('section');
      box.className = 'churn';
      box.innerHTML = batch;
      main.append(box);
      for (const old of [...main.querySelectorAll('section.churn')].slice(0, -1)) old.remove();
    }, html);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() =>
    document.querySelectorAll('section.churn').forEach((box) => box.remove()),
  );
  await page.waitForTimeout(300);
  const heapAfter = await heap();
  await browser.close();

  // mark.js over the whole body, without the extension.
  const plain = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const markJsTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const markPage = await plain.newPage();
    await markPage.goto(withUrl, { timeout: 120_000 });
    await markPage.addScriptTag({ path: require.resolve('mark.js/dist/mark.min.js') });
    markJsTimes.push(
      await markPage.evaluate(
        (phrases) =>
          new Promise<number>((resolve) => {
            const pattern = new RegExp(
              phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
              'gi',
            );
            const started = performance.now();
            const Mark = (
              window as unknown as {
                Mark: new (context: Element) => { markRegExp(r: RegExp, o: object): void };
              }
            ).Mark;
            new Mark(document.body).markRegExp(pattern, {
              done: () => resolve(performance.now() - started),
            });
          }),
        FLOOR_PHRASES,
      ),
    );
    await markPage.close();
  }
  await plain.close();
  await server.stop();

  // The pure matcher in Node.
  const text = htmlToText(withTerms);
  const matcherTimes: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    found = findTerms(text).length;
    matcherTimes.push(performance.now() - started);
  }

  const w = results['with terms'];
  const n = results['no terms'];
  rows.push(
    [
      'page size (with terms / no terms)',
      `${mb(withTerms)} MB / ${mb(noTerms)} MB, ${POSTS} posts`,
    ],
    ['occurrences marked', String(w.marks)],
    ['extension scan, with terms (median ms)', median(w.scan).toFixed(1)],
    ['bare-scan floor, with terms (median ms)', median(w.floor).toFixed(1)],
    ['ratio, with terms (target ≤ 2)', (median(w.scan) / median(w.floor)).toFixed(2)],
    ['extension scan, no terms (median ms)', median(n.scan).toFixed(1)],
    ['bare-scan floor, no terms (median ms)', median(n.floor).toFixed(1)],
    ['ratio, no terms (target ≤ 1.5)', (median(n.scan) / median(n.floor)).toFixed(2)],
    ['mark.js markRegExp over body (median ms)', median(markJsTimes).toFixed(1)],
    [
      'longest task during a scan (ms; 0 = none over 50)',
      Math.max(...w.longest, ...n.longest).toFixed(1),
    ],
    [
      'scan parts, with terms (read / find / mark, ms)',
      ['read', 'find', 'mark'].map((part) => median(w.parts[part]).toFixed(1)).join(' / '),
    ],
    ['incremental: new post marked after (ms)', latency.toFixed(1)],
    [
      `heap after ${CHURN_POSTS} posts added and removed`,
      `${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB (${(((heapAfter - heapBefore) / heapBefore) * 100).toFixed(1)}%)`,
    ],
    [
      'matcher in Node (median)',
      `${median(matcherTimes).toFixed(1)} ms for ${(text.length / 1e6).toFixed(2)} M chars = ${(text.length / 1e6 / (median(matcherTimes) / 1000)).toFixed(1)} M chars/s, ${found} matches`,
    ],
  );
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`AMPS Lens benchmark, ${new Date().toISOString().slice(0, 10)}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

await main();
