// npm run bench:cli — the command line on a generated 10,000-page site: files and megabytes per
// second, on worker threads (one per core, the default) and in one thread (--jobs 1).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { genForum } = require('../bench/shared/gen-forum.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'bench-output', 'cli-site');
const PAGES = Number(process.env.AMPS_LENS_BENCH_PAGES ?? 10_000);

rmSync(site, { recursive: true, force: true });
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  // A forum page of 20 posts (about 6 KB), one with a term in about a third of them.
  const { html } = genForum({
    seed: i + 1,
    posts: 20,
    termPosts: i % 3 === 0 ? 1 : 0,
    lookPosts: 1,
  });
  const folder = join(site, `section-${String(Math.floor(i / 500)).padStart(2, '0')}`);
  if (i % 500 === 0) mkdirSync(folder, { recursive: true });
  const path = join(folder, `page-${String(i).padStart(5, '0')}.html`);
  writeFileSync(path, html);
  bytes += statSync(path).size;
}

/** Runs the built command on the site; resolves to seconds taken and the lines written. */
function scan(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ['bin/amps-lens.js', 'scan', '--json', '--fail-on', 'none', ...args, site],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let lines = 0;
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`scan exited with ${code}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, lines });
    });
  });
}

const megabytes = bytes / 1024 / 1024;
console.log(`site: ${PAGES} pages, ${megabytes.toFixed(1)} MB, ${availableParallelism()} cores`);
for (const [label, args] of [
  ['worker threads', []],
  ['one thread (--jobs 1)', ['--jobs', '1']],
]) {
  const { seconds, lines } = await scan(args);
  if (lines !== PAGES) throw new Error(`expected ${PAGES} lines of output, got ${lines}`);
  console.log(
    `${label}: ${seconds.toFixed(2)} s, ${(PAGES / seconds).toFixed(0)} files/s, ${(megabytes / seconds).toFixed(1)} MB/s`,
  );
}
