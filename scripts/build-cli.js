// Bundles the command line (src/cli/main.ts, which also exports the Node API) into dist/cli.js,
// which bin/amps-lens.js runs, and its worker thread into dist/cli-worker.js. Every package it
// uses is bundled in, so the installed package has no dependencies to fetch. With --types it
// also writes the API's type declarations to dist/types (for `npm pack`).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

if (process.argv.includes('--types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
