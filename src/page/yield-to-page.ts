/**
 * Lets the page handle input between chunks of work. A MessageChannel message runs soon even in
 * background tabs, where timers are throttled and animation frames never come.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work for about this long before yielding, so no task blocks the page for long. */
export const CHUNK_MS = 12;
