import { APOSTROPHE, GAP, NOT_A_DURATION, words, type TermForm } from './form-pattern';
import { SPANISH_FORMS } from './forms-es';

export type { TermForm } from './form-pattern';

/**
 * The written forms of each term (tests/fixtures/LABELLING.md, rule 1), as regular-expression
 * sources. Multi-word names allow any whitespace or a single hyphen between words (rule 7),
 * and spelled-out names match in any case while abbreviations keep their capitals (rule 4).
 */
const CRPS_TYPE_2 = `(?:${GAP}type)?${GAP}(?:II|2${NOT_A_DURATION})`;
const CRPS_TYPE_ANY = `(?:${GAP}type)?${GAP}(?:II|I|[12]${NOT_A_DURATION})`;

const ENGLISH_FORMS: readonly TermForm[] = [
  // rsd
  {
    term: 'rsd',
    pattern: words('reflex', 'sympathetic', 'dystrophy') + `(?:${GAP}syndrome)?`,
    caseSensitive: false,
  },
  {
    term: 'rsd',
    pattern: String.raw`R\.S\.D\.|RSDS|RSD(?:${APOSTROPHE}s|s)?`,
    caseSensitive: true,
    sense: 'rsd',
  },

  // crps: type II is explained with the nerve-injury (causalgia) card, never as a form of AMPS.
  {
    term: 'crps',
    pattern: words('complex', 'regional', 'pain', 'syndrome') + `,?${CRPS_TYPE_2}`,
    caseSensitive: false,
    card: 'causalgia',
  },
  {
    term: 'crps',
    pattern: words('complex', 'regional', 'pain', 'syndrome') + `(?:,?${CRPS_TYPE_ANY})?`,
    caseSensitive: false,
  },
  {
    term: 'crps',
    pattern: `CRPS(?:-|\\s*)(?:(?:[Tt]ype|tipo)${GAP})?(?:II|2${NOT_A_DURATION})`,
    caseSensitive: true,
    sense: 'crps',
    card: 'causalgia',
  },
  {
    // "CRPS I" only when the I is not the pronoun ("since CRPS I have been…").
    term: 'crps',
    pattern: `CRPS(?:${APOSTROPHE}s|-(?:I|1)|\\s*(?:[Tt]ype|tipo)${GAP}(?:I|1)|\\s+1${NOT_A_DURATION}|\\s+I(?!\\s+[a-z'’]))?`,
    caseSensitive: true,
    sense: 'crps',
  },

  // fibromyalgia
  {
    term: 'fibromyalgia',
    pattern: `(?:(?:juvenile|childhood)${GAP}(?:primary${GAP})?)?fibromyalgia(?:${GAP}syndrome)?`,
    caseSensitive: false,
  },
  { term: 'fibromyalgia', pattern: `J?FMS(?:${APOSTROPHE}s)?`, caseSensitive: true, sense: 'fms' },
  { term: 'fibromyalgia', pattern: 'fibro', caseSensitive: false, sense: 'fibro' },

  // sympathetic (the nervous-system sense only)
  {
    term: 'sympathetic',
    pattern: 'sympathetic(?:ally)?',
    caseSensitive: false,
    sense: 'sympathetic',
  },

  // rnd
  { term: 'rnd', pattern: words('reflex', 'neurovascular', 'dystrophy'), caseSensitive: false },
  { term: 'rnd', pattern: `RND(?:${APOSTROPHE}s|s)?`, caseSensitive: true, sense: 'rnd' },

  // causalgia
  { term: 'causalgia', pattern: 'causalgia', caseSensitive: false },

  // algodystrophy and its older European names
  { term: 'algodystrophy', pattern: 'algo(?:neuro)?dystrophy', caseSensitive: false },
  {
    term: 'algodystrophy',
    pattern: `sudeck(?:${APOSTROPHE}s)?${GAP}(?:atrophy|dystrophy)`,
    caseSensitive: false,
  },
  { term: 'algodystrophy', pattern: words('post', 'traumatic', 'dystrophy'), caseSensitive: false },
  { term: 'algodystrophy', pattern: words('shoulder', 'hand', 'syndrome'), caseSensitive: false },

  // amps
  {
    term: 'amps',
    pattern: words('amplified', 'musculoskeletal', 'pain') + `(?:${GAP}syndrome)?`,
    caseSensitive: false,
  },
  {
    term: 'amps',
    pattern: words('amplified', 'pain') + `(?:${GAP}syndrome)?`,
    caseSensitive: false,
  },
  {
    term: 'amps',
    pattern: words('pain', 'amplification', 'syndrome'),
    caseSensitive: false,
  },
  { term: 'amps', pattern: `AMPS(?:${APOSTROPHE}s)?`, caseSensitive: true, sense: 'amps' },
];

/** English forms count in Spanish text too, and Spanish ones in English text. */
export const TERM_FORMS: readonly TermForm[] = [...ENGLISH_FORMS, ...SPANISH_FORMS];
