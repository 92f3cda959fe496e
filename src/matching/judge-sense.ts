import { DECISIVE, SENSE_RULES } from './senses';
import type { CueWords, Sense, SenseRule, SenseRuleId } from './senses';
import { Pieces, Spans, Words, type MatchingCost } from './text-spans';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './word-boundary';

/** How far each level of context reaches, in UTF-16 units each side. */
const SENTENCE_REACH = 400;
const PARAGRAPH_REACH = 2000;
const SURROUNDINGS_REACH = 3000;
/** The text touching the occurrence that adjacent cues look at. */
const ADJACENT_REACH = 60;

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;
const PARAGRAPH_BREAK = /\n[ \t\u00A0\r]*\n/g;
/** A turn inside a sentence that often brings in the other sense ("…, but the RSD in…"). */
const CLAUSE_TURN = /[;:—–]|\s-\s|\b(?:but|whereas)\b/gi;
/** Cue words of each kind weighed by nearness on each side of an occurrence: the nearest, which weigh most. */
const CUES_PER_SIDE = 8;

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

/** Nearer cues weigh more: a cue three words away counts half. */
const nearness = (words: number) => 1 / (1 + words / 3);

/** The same word elsewhere: "the AMPS (Assessment of Motor…) … diagnosed with AMPS". Few spellings exist. */
const sameWordPatterns = new Map<string, RegExp>();

function sameWordPattern(word: string): { key: string; pattern: RegExp } {
  const anyCase = /\p{Ll}/u.test(word);
  const key = anyCase ? `i:${word.toLowerCase()}` : `s:${word}`;
  let pattern = sameWordPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(
      `${NOT_AFTER_WORD}${word.replace(/[.]/g, '\\.')}(?:['’]?s)?${NOT_BEFORE_WORD}`,
      anyCase ? 'giu' : 'gu',
    );
    // Bounded: only a handful of spellings of the ambiguous forms exist.
    if (sameWordPatterns.size < 64) sameWordPatterns.set(key, pattern);
  }
  return { key, pattern };
}

/**
 * Judges the ambiguous forms found in one text. Everything it learns about the text (where the
 * sentences end, where each cue word is, where the words are) is kept for the next occurrence, so
 * judging costs about the same per occurrence however many crowd together: each cue pattern runs
 * over each part of the text once, only the CUES_PER_SIDE nearest cues of each kind on each side
 * are weighed by nearness, and only the nearest other use of the same word on each side is looked at.
 */
export class SenseJudge {
  private readonly pieces: Pieces;
  private readonly words: Words;
  private readonly sentenceEnds: Spans;
  private readonly paragraphBreaks: Spans;
  private readonly turns: Spans;
  private readonly cueSpans = new Map<RegExp, Spans>();
  private readonly sameWords = new Map<string, Spans>();

  constructor(
    private readonly text: string,
    private readonly cost?: MatchingCost,
  ) {
    this.pieces = new Pieces(text, cost);
    this.words = new Words(this.pieces);
    this.sentenceEnds = new Spans(this.pieces, SENTENCE_END);
    this.paragraphBreaks = new Spans(this.pieces, PARAGRAPH_BREAK);
    this.turns = new Spans(this.pieces, CLAUSE_TURN);
  }

  /** Decides whether an ambiguous form at `text[start, end)` is meant in its pain sense. */
  isMedical(ruleId: SenseRuleId, start: number, end: number): boolean {
    const text = this.text;
    if (this.cost) this.cost.judged++;
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
      start: this.lastEnd(this.sentenceEnds, start, SENTENCE_REACH),
      end: this.nextStart(this.sentenceEnds, end, SENTENCE_REACH),
    };
    const inSentence = adjacent + this.nearCues(cues, occurrence, sentence, null);
    if (Math.abs(inSentence) > 0.05) return inSentence > 0;
    if (rule.reach === 'sentence') return rule.fallback === 'medical';

    const paragraph = {
      start: Math.min(sentence.start, this.lastEnd(this.paragraphBreaks, start, PARAGRAPH_REACH)),
      end: Math.max(sentence.end, this.nextStart(this.paragraphBreaks, end, PARAGRAPH_REACH)),
    };

    const inParagraph = this.nearCues(cues, occurrence, paragraph, sentence);
    if (inParagraph !== 0) return inParagraph > 0;
    if (rule.reach === 'surroundings') {
      const surroundings = {
        start: Math.max(0, start - SURROUNDINGS_REACH),
        end: Math.min(text.length, end + SURROUNDINGS_REACH),
      };
      // Far from the occurrence, what the text is mostly about counts, not which cue is nearest.
      const around = this.cuesAround(cues, surroundings, paragraph);
      if (around !== 0) return around > 0;
    }
    return rule.fallback === 'medical';
  }

  private spansOf(pattern: RegExp): Spans {
    let spans = this.cueSpans.get(pattern);
    if (!spans) {
      spans = new Spans(this.pieces, pattern);
      this.cueSpans.set(pattern, spans);
    }
    return spans;
  }

  /** End of the last `boundary` before `position`, looking back at most `reach`. */
  private lastEnd(boundaries: Spans, position: number, reach: number): number {
    let end = Math.max(0, position - reach);
    boundaries.forEachBackwards(end, position, (_, boundaryEnd) => {
      end = boundaryEnd;
      return false;
    });
    return end;
  }

  /** Start of the first `boundary` after `position`, looking ahead at most `reach`. */
  private nextStart(boundaries: Spans, position: number, reach: number): number {
    let start = Math.min(this.text.length, position + reach);
    boundaries.forEach(position, start, (boundaryStart) => {
      start = boundaryStart;
      return false;
    });
    return start;
  }

  /** Words between two spans (in either order). */
  private distance(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
    return aEnd <= bStart ? this.words.between(aEnd, bStart) : this.words.between(bEnd, aStart);
  }

  /** The nearest other uses of the occurrence's word in `area`, one on each side. */
  private nearestOthers(occurrence: Span, area: Span): Span[] {
    const word = this.text.slice(occurrence.start, occurrence.end).replace(/(?:['’]?s)$/, '');
    const { key, pattern } = sameWordPattern(word);
    let spans = this.sameWords.get(key);
    if (!spans) {
      spans = new Spans(this.pieces, pattern);
      if (this.sameWords.size < 64) this.sameWords.set(key, spans);
    }
    const others: Span[] = [];
    spans.forEachBackwards(area.start, occurrence.start, (start, end) => {
      others.push({ start, end });
      return false;
    });
    spans.forEach(occurrence.start + 1, area.end, (start, end) => {
      others.push({ start, end });
      return false;
    });
    return others;
  }

  /**
   * The cues in `area` (minus its `inner` part), signed by sense and weighed by nearness to the
   * occurrence. Cues beyond a turn in the occurrence's own sentence count half; cues nearer to
   * another use of the same word mostly speak about that one.
   */
  private nearCues(
    cues: readonly CompiledCues[],
    occurrence: Span,
    area: Span,
    inner: Span | null,
  ): number {
    const others = this.nearestOthers(occurrence, area);
    const sameSentence = inner === null;
    const leftEnd = inner ? inner.start : occurrence.start;
    const rightStart = inner ? inner.end : occurrence.end;
    let score = 0;
    for (const { cue, pattern } of cues) {
      const sign = signOf(cue.sense) * cue.weight;
      const spans = this.spansOf(pattern);
      let left = 0;
      spans.forEachBackwards(area.start, leftEnd, (start, end) => {
        score += sign * this.weight(start, end, occurrence, others, sameSentence);
        return ++left < CUES_PER_SIDE;
      });
      let right = 0;
      spans.forEach(rightStart, area.end, (start, end) => {
        score += sign * this.weight(start, end, occurrence, others, sameSentence);
        return ++right < CUES_PER_SIDE;
      });
    }
    return score;
  }

  /** How much a cue at `[start, end)` says about the occurrence. */
  private weight(
    start: number,
    end: number,
    occurrence: Span,
    others: readonly Span[],
    sameSentence: boolean,
  ): number {
    if (this.cost) this.cost.cuesWeighed++;
    const distance = this.distance(start, end, occurrence.start, occurrence.end);
    let weight = nearness(distance);
    if (sameSentence) {
      const turn =
        end <= occurrence.start
          ? this.turns.count(end, occurrence.start)
          : this.turns.count(occurrence.end, start);
      if (turn > 0) weight *= 0.5;
    }
    for (const other of others) {
      if (this.distance(start, end, other.start, other.end) < distance) return weight * 0.25;
    }
    return weight;
  }

  /** The cues in `area` but not in `inner`, signed by sense: what the text around is about. */
  private cuesAround(cues: readonly CompiledCues[], area: Span, inner: Span): number {
    let score = 0;
    for (const { cue, pattern } of cues) {
      const spans = this.spansOf(pattern);
      const count = spans.count(area.start, area.end) - spans.count(inner.start, inner.end);
      score += signOf(cue.sense) * cue.weight * count;
    }
    return score;
  }
}
