// `npm run bench`: builds the extension when needed, bundles bench/run.ts and runs it.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
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
