/**
 * `npm run bench`: AMPS Lens on the outside check's pages, measured the way it measures
 * (bench/shared/README.md), in headless Chromium with the `AMPS_LENS_MEASURE=1` build.
 *
 * - scan: the sum of one load's `amps-lens:scan` and `amps-lens:scan-incremental` measures,
 *   collected until none has appeared for 1 s; floor: bench/shared/floor.js as an inline page
 *   script right after load, without the extension; medians over BENCH_RUNS loads.
 * - longest task during the scan, and the main-thread time a load with the extension adds
 *   (CDP `Performance.getMetrics` TaskDuration, against loads without it).
 * - incremental: forum-1k, the batch of 200 posts appended in one go, until its 40 terms are marked.
 * - crafted text: repeated look-alike-heavy snippets against ordinary forum prose, per MB, in the
 *   page (whole scan, and its find step) and in the command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  FixtureServer,
  ROOT,
  launchWithExtension,
} from '../tests/e2e/support/extension-browser';
import { genForum, genIncrementBatch, genPosts } from './shared/gen-forum.js';
import { Rng } from './shared/prng.js';
import { COMBINED_FLAGS, COMBINED_SOURCE, TERM_IDS } from './shared/terms.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Size of each crafted text, and of the prose it is compared with. */
const CRAFTED_KB = Number(process.env.BENCH_CRAFTED_KB ?? 50);
const CLI_MB = Number(process.env.BENCH_CLI_MB ?? 1);
const EXTENSION = join(ROOT, 'bench-output/extension/chrome-mv3');
const OUT = join(ROOT, 'bench-output');
const CRAFTED = ['RSD ache ', 'RSD RSD arm ', 'RSD.', 'AMPS.', 'causalgia-a.', 'fibromyalgia.'];
const VIEWPORT = { width: 1100, height: 800 };

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values: number[], digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Watches long tasks from the start of the load; measures are read from the timeline. */
const OBSERVE = `
  window.ampsBench = { longTasks: [], count: 0, changedAt: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.ampsBench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

const floorSource = readFileSync(join(ROOT, 'bench/shared/floor.js'), 'utf8');
/** The page with the floor as an inline script that runs right after load. */
function withFloor(html: string): string {
  const script =
    `<script>var module = { exports: {} };\n${floorSource}\n` +
    `addEventListener('load', () => { window.floorResult = floorScan(${JSON.stringify({ src: COMBINED_SOURCE, flags: COMBINED_FLAGS })}); });</script>`;
  return html.replace('</body>', `${script}</body>`);
}

interface ScanLoad {
  scan: number;
  scans: number;
  longest: number;
  taskMs: number;
  parts: { read: number; find: number; mark: number };
  marks: Record<string, number>;
}

/** Waits until no scan measure has appeared for 1 s; returns their sum and the longest task during them. */
async function scansOf(page: Page): Promise<Omit<ScanLoad, 'taskMs' | 'marks'>> {
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { ampsBench: { count: number; changedAt: number } })
        .ampsBench;
      const count = performance
        .getEntriesByType('measure')
        .filter(
          (e) => e.name === 'amps-lens:scan' || e.name === 'amps-lens:scan-incremental',
        ).length;
      if (count !== bench.count) {
        bench.count = count;
        bench.changedAt = performance.now();
      }
      return count > 0 && performance.now() - bench.changedAt > 1000;
    },
    null,
    { polling: 100, timeout: 300_000 },
  );
  return page.evaluate(() => {
    const measures = performance
      .getEntriesByType('measure')
      .filter((e) => e.name === 'amps-lens:scan' || e.name === 'amps-lens:scan-incremental');
    const from = Math.min(...measures.map((m) => m.startTime));
    const to = Math.max(...measures.map((m) => m.startTime + m.duration));
    const tasks = (window as unknown as { ampsBench: { longTasks: [number, number][] } }).ampsBench
      .longTasks;
    const during = tasks.filter(([start, duration]) => start < to && start + duration > from);
    return {
      scan: measures.reduce((sum, m) => sum + m.duration, 0),
      scans: measures.length,
      longest: Math.max(0, ...during.map(([, duration]) => duration)),
      parts: Object.fromEntries(
        ['read', 'find', 'mark'].map((name) => [
          name,
          performance
            .getEntriesByName(`amps-lens:scan:${name}`)
            .reduce((sum, entry) => sum + entry.duration, 0),
        ]),
      ) as { read: number; find: number; mark: number },
    };
  });
}

function marksOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const seen = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-amps-term]')) {
      const term = mark.dataset.ampsTerm ?? '';
      if (ids.includes(term)) seen.set(mark.dataset.ampsOccurrence ?? '', term);
    }
    const byTerm: Record<string, number> = {};
    for (const term of seen.values()) byTerm[term] = (byTerm[term] ?? 0) + 1;
    return byTerm;
  }, TERM_IDS as string[]);
}

async function taskDuration(context: BrowserContext, page: Page): Promise<() => Promise<number>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

async function loadWithExtension(context: BrowserContext, url: string): Promise<ScanLoad> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const tasks = await taskDuration(context, page);
  await page.goto(url, { timeout: 300_000 });
  const scans = await scansOf(page);
  const taskMs = await tasks();
  const marks = await marksOf(page);
  await page.close();
  return { ...scans, taskMs, marks };
}

async function floorLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 300_000 });
  await page.waitForFunction(
    () => (window as { floorResult?: unknown }).floorResult !== undefined,
    null,
    {
      timeout: 300_000,
    },
  );
  const ms = await page.evaluate(
    () => (window as unknown as { floorResult: { ms: number } }).floorResult.ms,
  );
  await page.close();
  return ms;
}

/** Main-thread time of a load without the extension, taken as long after load as a scan would end. */
async function bareLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const tasks = await taskDuration(context, page);
  await page.goto(url, { timeout: 300_000 });
  await page.waitForTimeout(2000);
  const ms = await tasks();
  await page.close();
  return ms;
}

interface PageResult {
  loads: ScanLoad[];
  floors: number[];
  bare: number[];
}

async function measurePage(
  ext: BrowserContext,
  plain: BrowserContext,
  url: string,
  floorUrl: string,
): Promise<PageResult> {
  const result: PageResult = { loads: [], floors: [], bare: [] };
  for (let run = 0; run < RUNS; run++) {
    result.loads.push(await loadWithExtension(ext, url));
    result.floors.push(await floorLoad(plain, floorUrl));
    result.bare.push(await bareLoad(plain, url));
  }
  return result;
}

/** forum-1k, then the batch appended in one go: ms until all its term spans hold a mark. */
async function incremental(ext: BrowserContext, url: string, batch: string) {
  const page = await ext.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url, { timeout: 300_000 });
  await scansOf(page);
  const result = await page.evaluate(
    (html) =>
      new Promise<{ ms: number; marked: number; total: number }>((resolve) => {
        const thread = document.getElementById('thread') as HTMLElement;
        const started = performance.now();
        thread.insertAdjacentHTML('beforeend', html);
        const spans = [...document.querySelectorAll('[data-incr-term]')];
        const marked = () => spans.filter((s) => s.querySelector('mark[data-amps-term]')).length;
        const done = (ms: number) => {
          observer.disconnect();
          resolve({ ms, marked: marked(), total: spans.length });
        };
        const observer = new MutationObserver(() => {
          if (marked() === spans.length) done(performance.now() - started);
        });
        observer.observe(thread, { childList: true, subtree: true });
        setTimeout(() => done(Number.POSITIVE_INFINITY), 5000);
      }),
    batch,
  );
  const after = await scansOf(page);
  await page.close();
  return { ...result, longest: after.longest };
}

/** Ordinary forum prose (terms at forum-big's rate), about `bytes` long. */
function prose(bytes: number): string {
  const posts = Math.ceil(bytes / 150);
  const termPosts = new Set<number>();
  for (let i = 0; i < posts; i += 51) termPosts.add(i);
  const text = genPosts(new Rng(31), posts, { termPosts }).text.trim();
  return text.slice(0, bytes);
}

const repeatTo = (unit: string, bytes: number) =>
  unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

const onePostPage = (text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crafted</title></head>` +
  `<body><div id="thread"><div class="post"><div class="pb"><p>${escapeHtml(text)}</p></div></div></div></body></html>`;

/** One run of the command line over `path`: wall-clock ms. */
function cliRun(path: string): number {
  const started = performance.now();
  const done = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/amps-lens.js'), 'scan', '--json', path],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (done.status !== 0 && done.status !== 1) throw new Error(`amps-lens failed on ${path}`);
  return performance.now() - started;
}

/** The command line over a .txt file: wall-clock ms, less its start-up on an empty file. */
function cliMs(file: string): number {
  const empty = join(OUT, 'crafted/empty.txt');
  writeFileSync(empty, '');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(cliRun(file) - cliRun(empty));
  return median(times);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const mb = (html: string) => (Buffer.byteLength(html) / 1e6).toFixed(1);

/** Prints rows of the table as each part is measured, so a long run shows its progress. */
function print(...rows: [string, string][]): void {
  for (const [label, value] of rows) console.log(`${label.padEnd(76)}  ${value}`);
}

async function main(): Promise<void> {
  const loadAtStart = load();
  console.log(`AMPS Lens benchmark, ${new Date().toISOString()}, ${RUNS} loads per page`);
  const forumBig = genForum({ seed: 20240917, posts: 20000, termPosts: 390, lookPosts: 360 });
  const plainBig = genForum({ seed: 99, posts: 20000, termPosts: 0, lookPosts: 0 });
  const forum1k = genForum({ seed: 4242, posts: 1000, termPosts: 20, lookPosts: 18 });
  const batch = genIncrementBatch({ seed: 777, posts: 200, terms: 40 });

  const server = new FixtureServer();
  await server.start();
  const url = (name: string, html: string) => server.page(`/${name}.html`, html);
  const ext = await launchWithExtension({ extensionDir: EXTENSION, viewport: VIEWPORT });
  const plainBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const plain = await plainBrowser.newContext({ viewport: VIEWPORT });

  const pages: Record<string, PageResult> = {};
  for (const [name, page] of [
    ['forum-big', forumBig],
    ['plain-big', plainBig],
  ] as const) {
    pages[name] = await measurePage(
      ext.context,
      plain,
      url(name, page.html),
      url(`${name}-floor`, withFloor(page.html)),
    );
  }

  for (const [name, page, target] of [
    ['forum-big', forumBig, 1.6],
    ['plain-big', plainBig, 1.3],
  ] as const) {
    const r = pages[name];
    const scan = median(r.loads.map((l) => l.scan));
    const floor = median(r.floors);
    const marks = r.loads[0].marks;
    const marked = Object.values(marks).reduce((a, b) => a + b, 0);
    const added = r.loads.map((l) => l.taskMs).map((ms) => ms - median(r.bare));
    print(
      [`${name}: page`, `${mb(page.html)} MB, ${page.meta.terms} term occurrences`],
      [`${name}: occurrences marked`, `${marked} (${JSON.stringify(marks)})`],
      [
        `${name}: scan (median ms; range)`,
        `${scan.toFixed(1)} (${range(r.loads.map((l) => l.scan))})`,
      ],
      [`${name}: scans per load`, range(r.loads.map((l) => l.scans))],
      [`${name}: floor (median ms; range)`, `${floor.toFixed(1)} (${range(r.floors)})`],
      [`${name}: scan / floor (target ≤ ${target})`, (scan / floor).toFixed(2)],
      [
        `${name}: read / find / mark (median ms)`,
        (['read', 'find', 'mark'] as const)
          .map((part) => median(r.loads.map((l) => l.parts[part])).toFixed(1))
          .join(' / '),
      ],
      [
        `${name}: longest task during the scan (ms; 0 = none over 50)`,
        `${Math.max(...r.loads.map((l) => l.longest)).toFixed(0)} (per load ${r.loads.map((l) => l.longest.toFixed(0)).join(', ')})`,
      ],
      [
        `${name}: main-thread time added (median ms; range)`,
        `${median(added).toFixed(0)} (${range(added)}; without the extension ${median(r.bare).toFixed(0)})`,
      ],
    );
  }

  const incrementals = [];
  const forum1kUrl = url('forum-1k', forum1k.html);
  for (let run = 0; run < RUNS; run++) {
    incrementals.push(await incremental(ext.context, forum1kUrl, batch.html));
  }

  const inc = incrementals.map((i) => i.ms);
  print(
    [
      'incremental: 40 terms in 200 appended posts marked after (median ms; range)',
      `${median(inc).toFixed(1)} (${range(inc, 1)}), marked ${Math.min(...incrementals.map((i) => i.marked))}/${incrementals[0].total}`,
    ],
    [
      'incremental: longest task during its scans (ms)',
      Math.max(...incrementals.map((i) => i.longest)).toFixed(0),
    ],
  );

  // Crafted text in the page: one post holding CRAFTED_KB of it, against as much prose.
  const bytes = CRAFTED_KB * 1000;
  const pageCosts: { name: string; scan: number; find: number; longest: number }[] = [];
  for (const [name, text] of [
    ['ordinary prose', prose(bytes)],
    ...CRAFTED.map((unit) => [JSON.stringify(unit), repeatTo(unit, bytes)]),
  ]) {
    const crafted = url(`crafted-${pageCosts.length}`, onePostPage(text));
    const loads: ScanLoad[] = [];
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      loads.push(await loadWithExtension(ext.context, crafted));
    }
    pageCosts.push({
      name,
      scan: median(loads.map((l) => l.scan)) / (bytes / 1e6),
      find: median(loads.map((l) => l.parts.find)) / (bytes / 1e6),
      longest: Math.max(...loads.map((l) => l.longest)),
    });
  }
  const prosePage = pageCosts[0];
  for (const cost of pageCosts) {
    print([
      `page, ${cost.name} (${CRAFTED_KB} KB): scan ms/MB, find ms/MB, longest task`,
      `${cost.scan.toFixed(0)} (${(cost.scan / prosePage.scan).toFixed(2)}×), ${cost.find.toFixed(0)} (${(cost.find / prosePage.find).toFixed(2)}×), ${cost.longest.toFixed(0)} ms`,
    ]);
  }
  await ext.close();
  await plainBrowser.close();
  await server.stop();

  // Crafted text in the command line.
  mkdirSync(join(OUT, 'crafted'), { recursive: true });
  const cliBytes = CLI_MB * 1e6;
  const cliCosts: { name: string; msPerMb: number }[] = [];
  for (const [name, text] of [
    ['ordinary prose', prose(cliBytes)],
    ...CRAFTED.map((unit) => [JSON.stringify(unit), repeatTo(unit, cliBytes)]),
  ]) {
    const file = join(OUT, `crafted/${cliCosts.length}.txt`);
    writeFileSync(file, text);
    cliCosts.push({ name, msPerMb: cliMs(file) / CLI_MB });
  }
  const proseCli = cliCosts[0];
  for (const cost of cliCosts) {
    print([
      `command line, ${cost.name} (${CLI_MB} MB): ms/MB`,
      `${cost.msPerMb.toFixed(1)} (${(cost.msPerMb / proseCli.msPerMb).toFixed(2)}×)`,
    ]);
  }

  print(['load average (1/5/15 min) at start / end', `${loadAtStart} / ${load()}`]);
}

await main();
