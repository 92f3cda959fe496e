import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = vi.hoisted(() => ({
  query: vi.fn(async () => [{ id: 7 }]),
  sendMessage: vi.fn(async () => true),
}));
const runtime = vi.hoisted(() => ({ sendMessage: vi.fn(async () => undefined) }));
vi.mock('wxt/browser', () => ({ browser: { tabs, runtime } }));

const { runCommand } = await import('./commands');

beforeEach(() => {
  tabs.query.mockClear();
  tabs.sendMessage.mockClear();
  runtime.sendMessage.mockClear();
});

describe('keyboard shortcuts', () => {
  it('sends the active tab’s top frame the step the end-to-end tests send', async () => {
    await runCommand('next-term');
    await runCommand('previous-term');
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tabs.sendMessage.mock.calls).toEqual([
      [7, { type: 'amps-lens:step', direction: 'next' }, { frameId: 0 }],
      [7, { type: 'amps-lens:step', direction: 'previous' }, { frameId: 0 }],
    ]);
    // The reader page (an extension page) hears it as a runtime message.
    expect(runtime.sendMessage.mock.calls).toEqual([
      [{ type: 'amps-lens:reader-step', tabId: 7, direction: 'next' }],
      [{ type: 'amps-lens:reader-step', tabId: 7, direction: 'previous' }],
    ]);
  });

  it('ignores unknown commands, and a tab without a content script', async () => {
    await runCommand('_execute_action');
    expect(tabs.sendMessage).not.toHaveBeenCalled();
    tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await expect(runCommand('next-term')).resolves.toBeUndefined();
  });
});
