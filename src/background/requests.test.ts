import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../settings/settings';
import { handleBackgroundRequest, parseBackgroundRequest, type Sender } from './requests';

const TOP: Sender = { tab: { id: 3, url: 'https://forum.example.org/t/1?token=x#y' }, frameId: 0 };

function deps() {
  let stored = defaultSettings();
  return {
    stored: () => stored,
    openGlossaryEntry: vi.fn(async () => {}),
    addQuestion: vi.fn(async () => {}),
    updateSettings: vi.fn(async (change: (settings: Settings) => Settings) => {
      stored = change(stored);
    }),
  };
}

describe('requests from content scripts', () => {
  it('hides a term on the site of the sender’s tab, from its top frame', async () => {
    const background = deps();
    const done = await handleBackgroundRequest(
      { type: 'amps-lens:hide-term', term: 'rsd' },
      TOP,
      background,
    );
    expect(done).toBe(true);
    expect(background.stored().hiddenTerms).toEqual({ 'forum.example.org': ['rsd'] });
  });

  it('refuses frames, senders without a tab, unknown terms and any other shape', async () => {
    const background = deps();
    const refused: [unknown, Sender][] = [
      [
        { type: 'amps-lens:hide-term', term: 'rsd' },
        { ...TOP, frameId: 4 },
      ],
      [{ type: 'amps-lens:hide-term', term: 'rsd' }, { frameId: 0 }],
      [
        { type: 'amps-lens:hide-term', term: 'rsd' },
        { tab: { id: 3, url: 'file:///x' }, frameId: 0 },
      ],
      [{ type: 'amps-lens:hide-term', term: 'constructor' }, TOP],
      [{ type: 'amps-lens:hide-term', term: 'rsd', site: 'other.example' }, TOP],
      [{ type: 'amps-lens:open-glossary', card: '__proto__' }, TOP],
      [{ type: 'amps-lens:add-question', card: 'constructor' }, TOP],
      [{ type: 'amps-lens:add-question', card: 'rsd', url: 'https://x.example/' }, TOP],
      [
        { type: 'amps-lens:add-question', card: 'rsd' },
        { ...TOP, frameId: 2 },
      ],
      [{ type: 'amps-lens:set-settings', settings: {} }, TOP],
      ['amps-lens:hide-term', TOP],
      [null, TOP],
    ];
    for (const [message, sender] of refused) {
      expect(
        await handleBackgroundRequest(message, sender, background),
        JSON.stringify(message),
      ).toBe(false);
    }
    expect(background.updateSettings).not.toHaveBeenCalled();
    expect(background.openGlossaryEntry).not.toHaveBeenCalled();
    expect(background.addQuestion).not.toHaveBeenCalled();
  });

  it('adds a card to the questions for the next visit, and nothing about the page', async () => {
    const background = deps();
    const done = await handleBackgroundRequest(
      { type: 'amps-lens:add-question', card: 'causalgia' },
      TOP,
      background,
    );
    expect(done).toBe(true);
    expect(background.addQuestion).toHaveBeenCalledWith('causalgia');
  });

  it('keeps a site named like an Object property ("constructor") as a plain key', async () => {
    const background = deps();
    const sender = { tab: { id: 1, url: 'http://constructor/' }, frameId: 0 };
    await handleBackgroundRequest({ type: 'amps-lens:hide-term', term: 'rsd' }, sender, background);
    await handleBackgroundRequest(
      { type: 'amps-lens:hide-term', term: 'crps' },
      sender,
      background,
    );
    expect(background.stored().hiddenTerms).toEqual({ constructor: ['rsd', 'crps'] });
  });

  it('opens the glossary entry asked for', async () => {
    const background = deps();
    await handleBackgroundRequest(
      { type: 'amps-lens:open-glossary', card: 'crps' },
      TOP,
      background,
    );
    expect(background.openGlossaryEntry).toHaveBeenCalledWith('crps');
    expect(parseBackgroundRequest({ type: 'amps-lens:open-glossary', card: 'crps' })).toEqual({
      type: 'amps-lens:open-glossary',
      card: 'crps',
    });
  });
});
