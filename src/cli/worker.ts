// A worker thread of the command line (dist/cli-worker.js): reads and scans the files it is sent.
import { parentPort } from 'node:worker_threads';
import { findTerms } from '../matching/find-terms';
import type { ScanReadOptions } from './file-scan';
import type { InputTask } from './inputs';
import { scanTask } from './scan-files';

const noStdin: AsyncIterable<Uint8Array> = (async function* () {})();

interface Job {
  id: number;
  task: InputTask;
  options: ScanReadOptions;
}

parentPort?.on('message', async ({ id, task, options }: Job) => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
  parentPort?.postMessage({ id, result: await scanTask(task, findTerms, noStdin, options) });
});
