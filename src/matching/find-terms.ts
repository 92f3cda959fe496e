import { TERM_FORMS } from './forms';
import type { TermForm } from './forms';
import { SenseJudge } from './judge-sense';
import { Addresses } from './addresses';
import type { TermMatch } from '../terms/term-match';
import { crpsCard } from './crps-card';
import { finish } from '../lib/steps';
import type { MatchingCost } from './text-spans';
import { languageJudge } from '../lib/text-language';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './word-boundary';

interface CompiledForm {
  form: TermForm;
  /** Anchored at `lastIndex`, with the form's own case rule. */
  at: RegExp;
}

const FORMS: readonly CompiledForm[] = TERM_FORMS.map((form) => ({
  form,
  at: new RegExp(
    `${NOT_AFTER_WORD}(?:${form.pattern})${NOT_BEFORE_WORD}`,
    form.caseSensitive ? 'uy' : 'iuy',
  ),
}));

/**
 * One pass over the text finds every place where some form may start. Every form starts with
 * an ASCII letter, so the plain `\b` never misses a real start; `FORMS` then checks the
 * Unicode-aware boundaries and the case. (Plain `\b` keeps this pass about twice as fast.)
 */
const ANY_FORM = new RegExp(`\\b(?:${TERM_FORMS.map((form) => form.pattern).join('|')})`, 'gi');

/** Soft hyphens and zero-width characters are ignored inside words (tests/fixtures/LABELLING.md rule 7). */
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

interface ReadableText {
  text: string;
  /** Position in the original text of each position in `text`, when they differ. */
  original: Int32Array | null;
}

function withoutIgnorables(text: string): ReadableText {
  IGNORABLE.lastIndex = 0;
  if (!IGNORABLE.test(text)) return { text, original: null };
  const original = new Int32Array(text.length + 1);
  let kept = '';
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (IGNORABLE.test(char)) {
      IGNORABLE.lastIndex = 0;
      continue;
    }
    original[length++] = index;
    kept += char;
  }
  original[length] = text.length;
  return { text: kept, original };
}

/** The longest form that really matches at `position` (the scan ignores case; abbreviations don't). */
function longestFormAt(text: string, position: number): { form: TermForm; end: number } | null {
  let best: { form: TermForm; end: number } | null = null;
  for (const { form, at } of FORMS) {
    at.lastIndex = position;
    const hit = at.exec(text);
    if (hit && (!best || position + hit[0].length > best.end)) {
      best = { form, end: position + hit[0].length };
    }
  }
  return best;
}

/**
 * Finds every glossary term in `text`, in reading order, without overlaps
 * (longest match wins), following tests/fixtures/LABELLING.md.
 * Pure and deterministic: no DOM, no I/O.
 */
export function findTerms(source: string, cost?: MatchingCost): TermMatch[] {
  return finish(findTermsInSteps(source, cost));
}

/**
 * `findTerms` in steps: it pauses (yields) after every candidate, so a page can check the clock
 * that often and stay responsive whatever the text. `cost` counts the work done, when given.
 */
export function* findTermsInSteps(
  source: string,
  cost?: MatchingCost,
): Generator<void, TermMatch[]> {
  const { text, original } = withoutIgnorables(source);
  const matches: TermMatch[] = [];
  const languageAt = languageJudge(text);
  // A private copy: steps of two scans may interleave.
  const anyForm = new RegExp(ANY_FORM);
  const judge = new SenseJudge(text, cost);
  const addresses = new Addresses(text, cost);
  // Whether a form found at `text[start, end)` counts: in text of its language (a Spanish form
  // not in English text), not inside an address, and in the pain sense.
  const inItsLanguage = (form: TermForm, start: number) => {
    const around = form.language ? languageAt(start) : null;
    return around === null || around === form.language;
  };
  const isCounted = (form: TermForm, start: number, end: number) =>
    inItsLanguage(form, start) &&
    !addresses.covers(start, end) &&
    (form.sense === undefined || judge.isMedical(form.sense, start, end));
  for (let candidate = anyForm.exec(text); candidate; candidate = anyForm.exec(text)) {
    if (cost) cost.candidates++;
    yield;
    const start = candidate.index;
    const found = longestFormAt(text, start);
    if (!found || !isCounted(found.form, start, found.end)) {
      anyForm.lastIndex = start + 1;
      continue;
    }
    const { form, end } = found;
    anyForm.lastIndex = end;
    const from = original ? original[start] : start;
    const to = original ? original[end - 1] + 1 : end;
    matches.push({
      term: form.term,
      text: source.slice(from, to),
      start: from,
      end: to,
      card: form.card ?? (form.term === 'crps' ? crpsCard(text, start, end) : form.term),
      language: form.language ?? (languageAt(start) === 'es' ? 'es' : 'en'),
    });
  }
  return matches;
}

/**
 * Every ambiguous form alone in its paragraph, so judging it runs every cue pattern once.
 * The browser compiles regular expressions on first use; doing that before the first scan of a
 * big page keeps the scan itself short.
 */
const WARM_UP_TEXT = [
  'RSD',
  'CRPS',
  'AMPS',
  'FMS',
  'RND',
  'fibro',
  'sympathetic',
  'DSR',
  'SDRC',
  'simpático',
].join('.\n\n');

export function warmUpMatcher(): void {
  findTerms(WARM_UP_TEXT);
}
