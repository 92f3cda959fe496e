import type { FileScan, FindTerms } from './file-scan';
import { scanRead } from './file-scan';
import { readFileInput, readStdin, type Input, type InputTask } from './inputs';

export type ScanResult = FileScan | { file: string; error: string };

/** Reads one input and finds its terms: the work a worker thread does for each file. */
export async function scanTask(
  task: InputTask,
  find: FindTerms,
  stdin: AsyncIterable<Uint8Array>,
): Promise<ScanResult> {
  if ('error' in task) return task;
  const input: Input =
    'stdin' in task ? await readStdin(stdin) : await readFileInput(task.file, task.kind);
  return 'error' in input ? input : scanRead(input, find);
}

/** Scans the inputs one after another, in this thread. */
export async function* scanInThread(
  tasks: AsyncIterable<InputTask>,
  find: FindTerms,
  stdin: AsyncIterable<Uint8Array>,
): AsyncGenerator<ScanResult> {
  for await (const task of tasks) yield await scanTask(task, find, stdin);
}
