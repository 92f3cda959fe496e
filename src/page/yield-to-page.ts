/**
 * Lets the page handle input between chunks of work. A MessageChannel message runs soon even in
 * background tabs, where timers are throttled and animation frames never come.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener(
      'message',
      () => {
        channel.port1.close();
        resolve();
      },
      { once: true },
    );
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

/**
 * Work for about this long before yielding, so no task blocks the page for long: well under the
 * 50 ms of a long task, since one step more and the microtasks after it still belong to the task.
 */
export const CHUNK_MS = 30;

/**
 * The time one task of a scan has used. Reading, finding and marking share it, so a scan whose
 * work fits in one chunk runs in one task (and the page is laid out again once, not once per part).
 */
export class Chunk {
  private start = performance.now();

  constructor(private readonly isCancelled: () => boolean) {}

  /** Whether this task has run its time. */
  get due(): boolean {
    return performance.now() - this.start > CHUNK_MS;
  }

  /** Yields to the page and starts a new chunk; false when the scan was cancelled meanwhile. */
  async next(): Promise<boolean> {
    await yieldToPage();
    this.start = performance.now();
    return !this.isCancelled();
  }

  /** Runs steps, yielding to the page whenever the chunk is due; null when cancelled. */
  async run<Result>(steps: Generator<void, Result>): Promise<Result | null> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (this.due && !(await this.next())) return null;
    }
  }
}

/**
 * Waits until the browser has a quiet moment (first layout and paint of a big page done), so the
 * first scan does not compete with them. The timeout keeps background tabs from waiting long.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
