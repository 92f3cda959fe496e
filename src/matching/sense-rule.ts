/** The shape of the sense rules in `senses.ts` and `senses-es.ts`. */

export type Sense = 'medical' | 'other';
export type EnglishSenseRuleId = 'rsd' | 'crps' | 'amps' | 'fms' | 'fibro' | 'rnd' | 'sympathetic';
/** DSR and SDRC are Spanish abbreviations; "simpático" is the Spanish "sympathetic". */
export type SpanishSenseRuleId = 'dsr' | 'sdrc' | 'simpatico';
export type SenseRuleId = EnglishSenseRuleId | SpanishSenseRuleId;

/** Spanish cues added to a rule that English forms use: "CRPS" and "AMPS" appear in Spanish text too. */
export interface AddedCues {
  adjacent?: readonly AdjacentCue[];
  cues?: readonly CueWords[];
}

/**
 * Patterns right against the occurrence: `before` is tested on the text just before it, `after`
 * on the text just after, `form` on the occurrence itself. All that are given must fit.
 */
export interface AdjacentCue {
  sense: Sense;
  weight: number;
  before?: RegExp;
  after?: RegExp;
  form?: RegExp;
}

/**
 * Words that point to one sense when they are nearby. Plain entries match whole words in any
 * case; a trailing `*` matches any ending; a leading `=` keeps the case as written ("=ADHD", "=OT").
 */
export interface CueWords {
  sense: Sense;
  weight: number;
  words: readonly string[];
}

export interface SenseRule {
  /** The sense when nothing around the occurrence points either way. */
  fallback: Sense;
  /** How far to look when the sentence has no cue. */
  reach: 'sentence' | 'paragraph' | 'surroundings';
  adjacent: readonly AdjacentCue[];
  cues: readonly CueWords[];
}

/** Above this weight an adjacent cue settles the sense on its own. */
export const DECISIVE = 10;
