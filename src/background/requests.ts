import type { BackgroundRequest } from '../messages/messages';
import { hideTerm, siteOf, type Settings } from '../settings/settings';
import { TERM_IDS, type TermId } from '../terms/term-match';

/** Who sent a runtime message, as the browser tells it (runtime.MessageSender). */
export interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface RequestDeps {
  openGlossaryEntry(card: TermId): Promise<void>;
  updateSettings(change: (settings: Settings) => Settings): Promise<unknown>;
  /** "Add to my questions": puts the card on the list for the next visit. */
  addQuestion(card: TermId): Promise<void>;
}

function isTermId(value: unknown): value is TermId {
  return TERM_IDS.includes(value as TermId);
}

/** The request if it has exactly a known shape, else null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const { type, ...rest } = message as Record<string, unknown>;
  const keys = Object.keys(rest);
  if (type === 'amps-lens:open-glossary' && keys.join() === 'card' && isTermId(rest.card)) {
    return { type, card: rest.card };
  }
  if (type === 'amps-lens:hide-term' && keys.join() === 'term' && isTermId(rest.term)) {
    return { type, term: rest.term };
  }
  if (type === 'amps-lens:add-question' && keys.join() === 'card' && isTermId(rest.card)) {
    return { type, card: rest.card };
  }
  return null;
}

/**
 * A content script's request, checked: a known shape and term, sent from a tab's top frame
 * (a frame from another site, an ad say, may not change the settings of the site that shows
 * it), and for the site of that tab's own address. Anything else is refused and changes nothing.
 */
export async function handleBackgroundRequest(
  message: unknown,
  sender: Sender,
  deps: RequestDeps,
): Promise<boolean> {
  const request = parseBackgroundRequest(message);
  if (request === null || sender.tab?.id === undefined || sender.frameId !== 0) return false;
  if (request.type === 'amps-lens:open-glossary') {
    await deps.openGlossaryEntry(request.card);
    return true;
  }
  if (request.type === 'amps-lens:add-question') {
    await deps.addQuestion(request.card);
    return true;
  }
  const site = sender.tab.url ? siteOf(sender.tab.url) : null;
  if (site === null) return false;
  await deps.updateSettings(hideTerm(site, request.term));
  return true;
}
