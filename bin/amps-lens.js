#!/usr/bin/env node
// The amps-lens command: runs the command line that `npm run build` bundles into dist/cli.js.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('amps-lens: the command line is not built yet: run npm run build first.');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
