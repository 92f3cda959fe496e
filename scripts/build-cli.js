// Bundles the command line (src/cli/main.ts) into dist/cli.js, which bin/amps-lens.js runs.
// htmlparser2 is bundled in, so the command line does not depend on node_modules at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
