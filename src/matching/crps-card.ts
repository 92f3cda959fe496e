import type { TermId } from '../terms/term-match';

/**
 * Which card explains a CRPS mention (docs/BRIEF.md §0.1). Type II, pain after a nerve injury, is
 * never "one form of AMPS", so every wording of it gets the causalgia card, wherever the page
 * puts the type: inside the name ("CRPS-II", a form of its own), before it ("type-2 CRPS",
 * "type II/2 complex regional pain syndrome") or just after it ("CRPS (type II)", "CRPS, type 2").
 * Spanish says "tipo" ("SDRC (tipo II)"). A mention of both types ("CRPS types I and II", "type I/II CRPS") keeps the CRPS card, whose
 * text holds for any type. The matched id stays `crps` (tests/fixtures/LABELLING.md): only the card changes.
 */
const TYPE_2 = String.raw`(?:II|2)(?![\p{L}\p{N}])`;
/** "type II", "type 2", "type II/2": the last word before the name, not "type I/II" or "types". */
const TYPE_2_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/])(?:type|tipo)[\s-]*${TYPE_2}(?:\s*\/\s*${TYPE_2})?[\s-]+$`,
  'iu',
);
/** ", type II", " (type 2)", " – type II" right after the name; never "type 2 diabetes". */
const TYPE_2_AFTER = new RegExp(
  String.raw`^\s*[,(–—-]?\s*(?:type|tipo)[\s-]*${TYPE_2}(?!\s*(?:\/|and\b|or\b|y\b|o\b|diabet))`,
  'iu',
);
/** How far around the name the type is looked for: enough for "type II/2 ", linear and small. */
const REACH = 16;

export function crpsCard(text: string, start: number, end: number): TermId {
  const before = text.slice(Math.max(0, start - REACH), start);
  const after = text.slice(end, end + REACH);
  return TYPE_2_BEFORE.test(before) || TYPE_2_AFTER.test(after) ? 'causalgia' : 'crps';
}
