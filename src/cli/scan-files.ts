import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileScan, FindTerms, ScanReadOptions } from './file-scan';
import { scanRead } from './file-scan';
import { readFileInput, readStdin, readUrlInput, type Input, type InputTask } from './inputs';
import type { Web } from './web';

export type ScanResult = FileScan | { file: string; error: string };

/** Reads one input and finds its terms: the work a worker thread does for each file. */
export async function scanTask(
  task: InputTask,
  find: FindTerms,
  stdin: AsyncIterable<Uint8Array>,
  options: ScanReadOptions = {},
  web?: Web,
): Promise<ScanResult> {
  if ('error' in task) return task;
  let input: Input;
  if ('stdin' in task) input = await readStdin(stdin);
  else if ('url' in task) {
    input =
      web === undefined
        ? { file: task.file, error: 'addresses are read by the command line only' }
        : await readUrlInput(web, task.file);
  } else input = await readFileInput(task.file, task.kind);
  if ('error' in input) return input;
  const scan = scanRead(input, find, options);
  return input.redirects === undefined ? scan : { ...scan, redirects: input.redirects };
}

/** Inputs read at once in this thread: live pages wait on the network, four at a time. */
const IN_THREAD_WINDOW = 4;

async function* scanInThread(
  tasks: AsyncIterable<InputTask>,
  find: FindTerms,
  stdin: AsyncIterable<Uint8Array>,
  options: ScanReadOptions,
  web: Web | undefined,
): AsyncGenerator<ScanResult> {
  const inFlight: Promise<ScanResult>[] = [];
  for await (const task of tasks) {
    inFlight.push(scanTask(task, find, stdin, options, web));
    if (inFlight.length >= IN_THREAD_WINDOW) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/** The worker bundle beside the command line's bundle; absent when running from source. */
const WORKER = new URL('./cli-worker.js', import.meta.url);

/** Fewer files are scanned in this thread: starting workers would cost more than it saves. */
const FILES_FOR_WORKERS = 64;

/** Files sent ahead to each worker. */
const JOBS_PER_WORKER = 4;

/**
 * Scans on `jobs` worker threads, yielding results in input order as soon as each one and all
 * before it are done, so output streams while later files are still being read.
 */
async function* scanOnWorkers(
  tasks: AsyncIterable<InputTask>,
  jobs: number,
  find: FindTerms,
  stdin: AsyncIterable<Uint8Array>,
  options: ScanReadOptions,
  web: Web | undefined,
): AsyncGenerator<ScanResult> {
  const waiting = new Map<number, (result: ScanResult) => void>();
  const queue: { id: number; task: InputTask }[] = [];
  // The jobs each worker has: a few each, so none waits for the next one between files.
  const jobsOf = new Map<Worker, Map<number, InputTask>>();
  const settle = (id: number, result: ScanResult) => {
    waiting.get(id)?.(result);
    waiting.delete(id);
  };
  const dispatch = () => {
    for (const [worker, assigned] of jobsOf) {
      while (assigned.size < JOBS_PER_WORKER && queue.length > 0) {
        const job = queue.shift()!;
        assigned.set(job.id, job.task);
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
        worker.postMessage({ ...job, options });
      }
    }
  };
  const start = () => {
    const worker = new Worker(WORKER);
    const assigned = new Map<number, InputTask>();
    jobsOf.set(worker, assigned);
    worker.on('message', ({ id, result }: { id: number; result: ScanResult }) => {
      assigned.delete(id);
      settle(id, result);
      dispatch();
    });
    // A worker that dies fails only the files it had, and is replaced.
    worker.on('error', (error) => {
      jobsOf.delete(worker);
      for (const [id, task] of assigned)
        settle(id, { file: task.file, error: `internal error: ${error.message}` });
      start();
      dispatch();
    });
  };
  for (let i = 0; i < jobs; i++) start();
  // Enough ahead to keep every worker busy, few enough that memory stays flat on any site.
  const limit = jobs * 8;
  const inFlight: Promise<ScanResult>[] = [];
  let id = 0;
  try {
    for await (const task of tasks) {
      if ('error' in task || 'stdin' in task || 'url' in task) {
        inFlight.push(scanTask(task, find, stdin, options, web));
      } else {
        const job = { id: id++, task };
        inFlight.push(new Promise((resolve) => waiting.set(job.id, resolve)));
        queue.push(job);
        dispatch();
      }
      if (inFlight.length >= limit) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await Promise.all([...jobsOf.keys()].map((worker) => worker.terminate()));
  }
}

/**
 * Scans the inputs in order: on worker threads, one per core, when there are many files and
 * the worker bundle is there (or `jobs` asks for them), else in this thread.
 */
export async function* scanInputs(
  tasks: AsyncIterable<InputTask>,
  options: {
    find: FindTerms;
    defaultFind: FindTerms;
    jobs?: number;
    stdin: AsyncIterable<Uint8Array>;
    read: ScanReadOptions;
    web?: Web;
  },
): AsyncGenerator<ScanResult> {
  const { find, stdin } = options;
  const canUseWorkers = find === options.defaultFind && existsSync(fileURLToPath(WORKER));
  if (!canUseWorkers || options.jobs === 1) {
    yield* scanInThread(tasks, find, stdin, options.read, options.web);
    return;
  }
  let jobs = options.jobs;
  let all: AsyncIterable<InputTask> = tasks;
  if (jobs === undefined) {
    // Look ahead: a handful of files is done sooner in this thread.
    const iterator = tasks[Symbol.asyncIterator]();
    const first: InputTask[] = [];
    let done = false;
    while (first.length <= FILES_FOR_WORKERS) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      first.push(next.value);
    }
    all = (async function* () {
      yield* first;
      if (!done) yield* { [Symbol.asyncIterator]: () => iterator };
    })();
    if (done) {
      yield* scanInThread(all, find, stdin, options.read, options.web);
      return;
    }
    jobs = availableParallelism();
  }
  yield* scanOnWorkers(all, jobs, find, stdin, options.read, options.web);
}
