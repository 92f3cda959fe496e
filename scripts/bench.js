// `npm run bench`: builds the measuring extension (AMPS_LENS_MEASURE=1, docs/CONTRACTS.md "Timing")
// into bench-output/extension, so the tests' default build in .output stays as it is, builds the
// command line, bundles bench/run.ts and runs it.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
execSync('npx wxt build && node scripts/build-cli.js', {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, AMPS_LENS_MEASURE: '1', AMPS_LENS_OUT_DIR: 'bench-output/extension' },
});
const outfile = join(root, 'bench-output/run.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['bench/run.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['playwright-core'],
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
