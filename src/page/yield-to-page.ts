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

/** Work for about this long before yielding, so no task blocks the page for long. */
export const CHUNK_MS = 40;

/** Runs steps, yielding to the page whenever a chunk has taken CHUNK_MS. */
export async function runInChunks<Result>(
  steps: Generator<void, Result>,
  isCancelled: () => boolean,
): Promise<Result | null> {
  let chunkStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - chunkStart > CHUNK_MS) {
      await yieldToPage();
      if (isCancelled()) return null;
      chunkStart = performance.now();
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
