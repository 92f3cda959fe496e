import {
  APOSTROPHE,
  GAP,
  NOT_A_DURATION,
  accentsOptional,
  spanishWords,
  type TermForm,
} from './form-pattern';

/**
 * The Spanish forms of tests/fixtures/LABELLING.md rule 12, written without accents: every vowel may carry
 * one ("sindrome" = "síndrome", "Südeck" = "Sudeck"). Names match in any case; the
 * abbreviations SDRC and DSR only in capitals, like the English ones (rules 4–7).
 */

/** "síndrome de" / "síndrome del" before a name. */
const SYNDROME_OF = (article: string) => spanishWords('sindrome', article);
/** A type after the name or SDRC belongs to the match (rule 3): "tipo 1", "tipo II", "SDRC II". */
const TYPE_2 = `(?:${GAP}(?:de${GAP})?tipo)?${GAP}(?:II|2${NOT_A_DURATION})`;
const TYPE_ANY = `(?:${GAP}(?:de${GAP})?tipo)?${GAP}(?:II|I|[12]${NOT_A_DURATION})`;
/** Only "tipo" may introduce a type after a spelled-out name ("… complejo en la mano I…" is not one). */
const NAMED_TYPE_2 = `,?${GAP}(?:de${GAP})?tipo${GAP}(?:II|2)`;
const NAMED_TYPE_ANY = `,?${GAP}(?:de${GAP})?tipo${GAP}(?:II|I|[12])`;

const CRPS_NAMES = [
  `${SYNDROME_OF('del?')}${GAP}${spanishWords('dolor', 'regional', 'complejo')}`,
  spanishWords('sindrome', 'doloroso', 'regional', 'complejo'),
].join('|');

const FORMS: readonly Omit<TermForm, 'language'>[] = [
  // rsd: "simpático" may disagree with "distrofia" ("distrofia simpático-refleja").
  {
    term: 'rsd',
    pattern: `(?:${SYNDROME_OF('de')}${GAP})?${spanishWords('distrofia', 'simpatic(?:o|a)', 'refleja')}`,
    caseSensitive: false,
  },
  { term: 'rsd', pattern: `DSR(?:${APOSTROPHE}s|s)?`, caseSensitive: true, sense: 'dsr' },

  // crps: type II is explained with the nerve-injury (causalgia) card (BRIEF 0.1).
  {
    term: 'crps',
    pattern: `(?:${CRPS_NAMES})${NAMED_TYPE_2}`,
    caseSensitive: false,
    card: 'causalgia',
  },
  { term: 'crps', pattern: `(?:${CRPS_NAMES})(?:${NAMED_TYPE_ANY})?`, caseSensitive: false },
  { term: 'crps', pattern: `SDRC${TYPE_2}`, caseSensitive: true, sense: 'sdrc', card: 'causalgia' },
  {
    term: 'crps',
    pattern: `SDRC(?:${APOSTROPHE}s|s|${TYPE_ANY})?`,
    caseSensitive: true,
    sense: 'sdrc',
  },

  // fibromyalgia
  {
    term: 'fibromyalgia',
    pattern: `(?:${SYNDROME_OF('de')}${GAP})?${accentsOptional('fibromialgia')}(?:${GAP}${accentsOptional('juvenil')})?`,
    caseSensitive: false,
  },

  // algodystrophy
  {
    term: 'algodystrophy',
    pattern: accentsOptional('algo(?:neuro)?distrofia'),
    caseSensitive: false,
  },
  {
    term: 'algodystrophy',
    pattern: `(?:${accentsOptional('atrofia|sindrome|distrofia|enfermedad')})${GAP}de${GAP}${accentsOptional('sudeck')}`,
    caseSensitive: false,
  },
  {
    term: 'algodystrophy',
    pattern: `${accentsOptional('sindrome')}${GAP}(?:de${GAP})?${spanishWords('hombro', 'mano')}`,
    caseSensitive: false,
  },

  // rnd
  {
    term: 'rnd',
    pattern: spanishWords('distrofia', 'neurovascular', 'refleja'),
    caseSensitive: false,
  },

  // amps
  {
    term: 'amps',
    pattern: spanishWords('sindrome', 'de', 'dolor', 'musculoesqueletico', 'amplificado'),
    caseSensitive: false,
  },
  {
    term: 'amps',
    pattern: spanishWords('sindrome', 'de', 'amplificacion', 'del', 'dolor'),
    caseSensitive: false,
  },

  // sympathetic: the nervous-system sense only, never "una enfermera muy simpática".
  {
    term: 'sympathetic',
    pattern: accentsOptional('simpatic(?:o|a|os|as)'),
    caseSensitive: false,
    sense: 'simpatico',
  },
];

export const SPANISH_FORMS: readonly TermForm[] = FORMS.map((form) => ({
  ...form,
  language: 'es',
}));
