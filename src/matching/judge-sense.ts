import { DECISIVE, SENSE_RULES } from './senses';
import type { CueWords, Sense, SenseRule, SenseRuleId } from './senses';

/** Letters, digits and underscores glue words together (LABELLING.md rule 6). */
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}_])`;

/** How far each level of context reaches, in UTF-16 units each side. */
const SENTENCE_REACH = 400;
const PARAGRAPH_REACH = 2000;
const SURROUNDINGS_REACH = 3000;
/** The text touching the occurrence that adjacent cues look at. */
const ADJACENT_REACH = 60;

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;
const PARAGRAPH_BREAK = /\n[ \t\u00A0\r]*\n/g;
/** A turn inside a sentence that often brings in the other sense ("…, but the RSD in…"). */
const CLAUSE_TURN = /[;:—–]|\s-\s|\b(?:but|whereas)\b/i;

interface CompiledCues {
  cue: CueWords;
  pattern: RegExp;
}

function cuePattern(words: readonly string[], caseSensitive: boolean): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = words.map((word) =>
    word
      .replace(/^=/, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*$/, String.raw`[\p{L}\p{N}_]*`)
      .replace(/\s+/g, String.raw`\s+`),
  );
  return new RegExp(
    `${NOT_AFTER_WORD}(?:${alternatives.join('|')})${NOT_BEFORE_WORD}`,
    caseSensitive ? 'gu' : 'giu',
  );
}

function compileCues(rule: SenseRule): CompiledCues[] {
  return rule.cues.flatMap((cue) => {
    const sensitive = cue.words.filter((word) => word.startsWith('='));
    const insensitive = cue.words.filter((word) => !word.startsWith('='));
    return [cuePattern(sensitive, true), cuePattern(insensitive, false)]
      .filter((pattern): pattern is RegExp => pattern !== null)
      .map((pattern) => ({ cue, pattern }));
  });
}

const COMPILED = new Map<SenseRuleId, CompiledCues[]>(
  (Object.keys(SENSE_RULES) as SenseRuleId[]).map((id) => [id, compileCues(SENSE_RULES[id])]),
);

const signOf = (sense: Sense) => (sense === 'medical' ? 1 : -1);

interface Span {
  start: number;
  end: number;
}

/** Every match of a global `pattern` inside `text[from, to)`, with positions in `text`. Never reads past `to`. */
function* hitsIn(pattern: RegExp, text: string, from: number, to: number): Generator<Span> {
  const part = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(part); hit; hit = pattern.exec(part)) {
    yield { start: from + hit.index, end: from + hit.index + hit[0].length };
    if (hit[0] === '') pattern.lastIndex++;
  }
}

const WORD = /\S+/g;

function wordsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (const _ of hitsIn(WORD, text, from, to)) count++;
  return count;
}

/** End of the last `boundary` before `position`, looking back at most `reach`. */
function lastBoundaryEnd(text: string, boundary: RegExp, position: number, reach: number): number {
  let end = Math.max(0, position - reach);
  for (const hit of hitsIn(boundary, text, end, position)) end = hit.end;
  return end;
}

/** Start of the first `boundary` after `position`, looking ahead at most `reach`. */
function nextBoundaryStart(
  text: string,
  boundary: RegExp,
  position: number,
  reach: number,
): number {
  const limit = Math.min(text.length, position + reach);
  for (const hit of hitsIn(boundary, text, position, limit)) return hit.start;
  return limit;
}

/** Nearer cues weigh more: a cue three words away counts half. */
const nearness = (words: number) => 1 / (1 + words / 3);

/** The same word elsewhere in `area`: "the AMPS (Assessment of Motor…) … diagnosed with AMPS". */
const sameWordPatterns = new Map<string, RegExp>();

function otherOccurrences(text: string, occurrence: Span, area: Span): Span[] {
  const word = text.slice(occurrence.start, occurrence.end).replace(/(?:['’]?s)$/, '');
  let same = sameWordPatterns.get(word);
  if (!same) {
    same = new RegExp(
      `${NOT_AFTER_WORD}${word.replace(/[.]/g, '\\.')}(?:['’]?s)?${NOT_BEFORE_WORD}`,
      /\p{Ll}/u.test(word) ? 'giu' : 'gu',
    );
    // Bounded: only a handful of spellings of the ambiguous forms exist.
    if (sameWordPatterns.size < 64) sameWordPatterns.set(word, same);
  }
  return [...hitsIn(same, text, area.start, area.end)].filter(
    (hit) => hit.start !== occurrence.start,
  );
}

function wordDistance(text: string, a: Span, b: Span): number {
  return a.end <= b.start ? wordsBetween(text, a.end, b.start) : wordsBetween(text, b.end, a.start);
}

/**
 * Sums the cues in `area` (minus `inner`), signed by sense and weighed by nearness to the
 * occurrence. Cues beyond a turn in the sentence count half; cues nearer to another use of
 * the same word mostly speak about that one.
 */
function scoreCues(
  text: string,
  cues: readonly CompiledCues[],
  occurrence: Span,
  area: Span,
  inner: Span | null,
  sameSentence: boolean,
  byNearness = true,
): number {
  const others = byNearness ? otherOccurrences(text, occurrence, area) : [];
  let score = 0;
  for (const { cue, pattern } of cues) {
    for (const hit of hitsIn(pattern, text, area.start, area.end)) {
      const overlapsOccurrence = hit.start < occurrence.end && hit.end > occurrence.start;
      const insideInner = inner !== null && hit.start >= inner.start && hit.end <= inner.end;
      if (overlapsOccurrence || insideInner) continue;
      if (!byNearness) {
        score += signOf(cue.sense) * cue.weight;
        continue;
      }
      const distance = wordDistance(text, hit, occurrence);
      const [gapStart, gapEnd] =
        hit.end <= occurrence.start ? [hit.end, occurrence.start] : [occurrence.end, hit.start];
      const turn = sameSentence && CLAUSE_TURN.test(text.slice(gapStart, gapEnd)) ? 0.5 : 1;
      const elsewhere = others.some((other) => wordDistance(text, hit, other) < distance)
        ? 0.25
        : 1;
      score += signOf(cue.sense) * cue.weight * turn * elsewhere * nearness(distance);
    }
  }
  return score;
}

/** Decides whether an ambiguous form at `text[start, end)` is meant in its pain sense. */
export function isMedicalSense(
  ruleId: SenseRuleId,
  text: string,
  start: number,
  end: number,
): boolean {
  const rule = SENSE_RULES[ruleId];
  const cues = COMPILED.get(ruleId) ?? [];
  const occurrence = { start, end };

  const before = text.slice(Math.max(0, start - ADJACENT_REACH), start);
  const after = text.slice(end, end + ADJACENT_REACH);
  let adjacent = 0;
  for (const cue of rule.adjacent) {
    const fits =
      (!cue.before || cue.before.test(before)) &&
      (!cue.after || cue.after.test(after)) &&
      (!cue.form || cue.form.test(text.slice(start, end)));
    if (fits) {
      adjacent += signOf(cue.sense) * cue.weight;
    }
  }
  if (Math.abs(adjacent) >= DECISIVE) return adjacent > 0;

  // A sentence never crosses a paragraph break: the break's line ends end it.
  const sentence = {
    start: lastBoundaryEnd(text, SENTENCE_END, start, SENTENCE_REACH),
    end: nextBoundaryStart(text, SENTENCE_END, end, SENTENCE_REACH),
  };
  const inSentence = adjacent + scoreCues(text, cues, occurrence, sentence, null, true);
  if (Math.abs(inSentence) > 0.05) return inSentence > 0;
  if (rule.reach === 'sentence') return rule.fallback === 'medical';

  const paragraph = {
    start: Math.min(sentence.start, lastBoundaryEnd(text, PARAGRAPH_BREAK, start, PARAGRAPH_REACH)),
    end: Math.max(sentence.end, nextBoundaryStart(text, PARAGRAPH_BREAK, end, PARAGRAPH_REACH)),
  };

  const inParagraph = scoreCues(text, cues, occurrence, paragraph, sentence, false);
  if (inParagraph !== 0) return inParagraph > 0;
  if (rule.reach === 'surroundings') {
    const surroundings = {
      start: Math.max(0, start - SURROUNDINGS_REACH),
      end: Math.min(text.length, end + SURROUNDINGS_REACH),
    };
    // Far from the occurrence, what the text is mostly about counts, not which cue is nearest.
    const around = scoreCues(text, cues, occurrence, surroundings, paragraph, false, false);
    if (around !== 0) return around > 0;
  }
  return rule.fallback === 'medical';
}
