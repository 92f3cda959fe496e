import { DECISIVE } from './sense-rule';
import type {
  AddedCues,
  AdjacentCue,
  CueWords,
  EnglishSenseRuleId,
  SenseRule,
  SpanishSenseRuleId,
} from './sense-rule';

/**
 * Spanish context cues (tests/fixtures/LABELLING.md rule 12): the rules of the Spanish abbreviations DSR and
 * SDRC and of "simpático", and the Spanish words added to the rules of English forms that Spanish
 * text quotes ("CRPS", "AMPS", "RSD", "fibro"). Data only, like `senses.ts`.
 */

/** Accents are often left out in typed Spanish: each word also counts without them. */
function withPlainSpelling(words: readonly string[]): string[] {
  const plain = words.map((word) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  return [...new Set([...words, ...plain])];
}

const cues = (sense: CueWords['sense'], weight: number, words: readonly string[]): CueWords => ({
  sense,
  weight,
  words: withPlainSpelling(words),
});

/** Words of pain, bodies and care in Spanish (none the English rules already hold: no word counts twice). */
const PAIN_WORDS_ES = [
  'dolor*',
  'duele*',
  'doler',
  'dolía',
  'pierna*',
  'mano',
  'manos',
  'brazo*',
  'muñeca*',
  'tobillo*',
  'rodilla*',
  'hombro*',
  'dedo*',
  'hinchazón',
  'hinchad*',
  'edema',
  'quemante',
  'ardor',
  'sudor*',
  'morad*',
  'piel',
  'alodinia',
  'hiperalgesia',
  'fisio',
  'fisioterap*',
  'reumat*',
  'lesión',
  'esguince*',
  'fractura*',
  'cirugía*',
  'operaron',
  'operarme',
  'escayola',
  'yeso',
  'muletas',
  'silla de ruedas',
  'traumatólog*',
  'síntoma*',
  'crónic*',
  'distrofia',
  'simpática refleja',
  'fibromialgia',
  'amplificado',
  'unidad del dolor',
  'unidad de dolor',
];

/** For the Spanish rules only: "pie" is also an English word, and the English rules hold the others. */
const MORE_PAIN_WORDS_ES = ['pie', 'pies', 'causalgia', 'neurólog*', 'médic*', 'hospital*'];
/** Not for DSR: rejection sensitivity gets "diagnosed" too. */
const DIAGNOSIS_WORDS_ES = ['diagnós*', 'diagnos*'];

/** Someone's own condition: "tiene SDRC", "mi AMPS", "le diagnosticaron AMPS". */
const HAS_CONDITION_ES: AdjacentCue = {
  sense: 'medical',
  weight: 1.5,
  before:
    /(?:^|[^\p{L}])(?:tiene|tengo|tenía|tenia|tuvo|tienen|padece|padezco|sufre|sufro|con|mi|mis|su|sus|diagnosticaron|diagn[oó]stico\s+de|sospecha)\s*$/iu,
};

/** Rejection sensitivity in ADHD text, which Spanish pages shorten both as DSR and RSD. */
const REJECTION_WORDS_ES = cues('other', 3, [
  '=TDAH',
  'disforia*',
  'rechazo',
  'sensible al rechazo',
  'sensibilidad al rechazo',
  'neurodivergente*',
]);

const SOCIAL_WORDS_ES = cues('other', 1.5, [
  'crítica*',
  'critican',
  'corrección',
  'corrige',
  'corregir',
  'comentario*',
  'compañero*',
  'compañera*',
  'amigo*',
  'amiga*',
  'profesor*',
  'jefe*',
  'trabajo',
  'contesta',
  'odia',
  'llora',
  'llore',
  'emocional*',
  'autoestima',
  'psiquiatra*',
  'psicólog*',
  'guanfacina',
  'metilfenidato',
  'atomoxetina',
  'estimulante*',
]);

/** Prices in Serbian dinars. */
const DINAR_WORDS_ES = cues('other', 1.5, [
  'dinar*',
  'Belgrado',
  'Serbia',
  'Novi Sad',
  'precio*',
  'tienda',
]);

const ELECTRICAL_WORDS_ES = cues('other', 1.5, [
  'amperio*',
  'voltio*',
  'vatio*',
  'cargador*',
  'enchuf*',
  'regleta*',
  'interruptor*',
  'cable*',
  'circuito*',
  'batería*',
  'electricista*',
  'tensión',
  'corriente',
  'potencia',
  'fusible*',
  'aparato*',
  'conect*',
  'guitarra*',
  'amplificador*',
  'ampli',
  'amplis',
  'altavoz*',
  'altavoces',
  'válvula*',
  'bajo',
  'telefonía',
  'teléfono*',
  'celular*',
  'móvil*',
  'analógic*',
  'prueba',
  'evaluación',
  'puntuación',
  'péptido*',
  'antimicrobian*',
]);

const GRAPHICS_WORDS_ES = cues('other', 3, [
  '=NVIDIA',
  'tarjeta gráfica',
  'gráfica*',
  'resolución',
  'monitor*',
  '=FPS',
  '=4K',
  '1080p',
  '1440p',
  '=GTX',
  '=RTX',
  '=DLDSR',
  'panel de control',
  'calidad de imagen',
  'juego*',
  'jugar',
  'píxel*',
]);

const DATA_RIGHTS_WORDS_ES = cues('other', 3, [
  '=RGPD',
  '=GDPR',
  'data subject',
  'protección de datos',
  'datos personales',
  'privacidad',
  'solicitud*',
  'legal',
  'clientes',
]);

/** Other Spanish SDRCs: the San Diego Regional Center, the CAD company. */
const SDRC_OTHER_WORDS_ES = cues('other', 3, [
  'San Diego',
  'Regional Center',
  'centro regional',
  'discapacidades del desarrollo',
  'discapacidad del desarrollo',
  'I-DEAS',
  '=CAD',
  'software',
  'empresa',
  'compañía',
  'terapia ABA',
]);

export const SPANISH_SENSE_RULES: Record<SpanishSenseRuleId, SenseRule> = {
  // DSR counts only next to its full name or in clear pain context (rule 12).
  dsr: {
    fallback: 'other',
    reach: 'surroundings',
    adjacent: [
      // "distrofia simpática refleja (DSR)", "DSR (distrofia simpática refleja)", "DSR, distrofia…".
      {
        sense: 'medical',
        weight: DECISIVE,
        before: /(?:refleja|dystrophy)["”’»]?\s*[(,:–—-]\s*$/i,
      },
      {
        sense: 'medical',
        weight: DECISIVE,
        after: /^\s*[(,:–—-]\s*(?:distrofia|reflex\s+sympathetic)/i,
      },
      // A graphics factor ("DSR 2,25x", "DSR 4x") or a mode, not a condition.
      { sense: 'other', weight: DECISIVE, after: /^[ \t\u00A0]*\d/ },
      { sense: 'other', weight: 3, before: /\b(?:modo|activa|activar|usar|solicitud(?:es)?)\s*$/i },
      {
        sense: 'medical',
        weight: 2,
        after:
          /^\s+(?:en\s+(?:el|la|los|las)\s+)?(?:pie|pies|pierna|piernas|mano|manos|brazo|brazos|rodilla|tobillo)\b/i,
      },
    ],
    cues: [
      cues('medical', 1, [...PAIN_WORDS_ES, ...MORE_PAIN_WORDS_ES]),
      cues('medical', 3, [
        'distrofia simpática refleja',
        'reflex sympathetic dystrophy',
        '=SDRC',
        '=CRPS',
      ]),
      REJECTION_WORDS_ES,
      SOCIAL_WORDS_ES,
      cues('other', 1.5, ['autismo', 'autista*']),
      GRAPHICS_WORDS_ES,
      DATA_RIGHTS_WORDS_ES,
    ],
  },

  sdrc: {
    fallback: 'medical',
    reach: 'surroundings',
    adjacent: [
      HAS_CONDITION_ES,
      // Only the condition has types: "SDRC tipo 1", "SDRC II".
      { sense: 'medical', weight: DECISIVE, form: /(?:tipo|[-\s])\s*(?:I{1,2}|[12])$/ },
      // "San Diego Regional Center (SDRC)", "el SDRC de San Diego", "la empresa SDRC".
      { sense: 'other', weight: DECISIVE, before: /\b(?:Center|Centre)\s*\(\s*$/ },
      { sense: 'other', weight: DECISIVE, after: /^\s+de\s+San\s+Diego\b/ },
      {
        sense: 'other',
        weight: 3,
        before: /\b(?:empresa|compañía|compania|firma|corporación)\s*$/i,
      },
    ],
    cues: [
      cues('medical', 1, [...PAIN_WORDS_ES, ...MORE_PAIN_WORDS_ES, ...DIAGNOSIS_WORDS_ES]),
      SDRC_OTHER_WORDS_ES,
      cues('other', 1.5, ['autismo', 'autista*', 'programa', 'comprada', 'servicios']),
    ],
  },

  // "Simpático" in everyday Spanish means nice: count only the nervous system (rule 12).
  simpatico: {
    fallback: 'other',
    reach: 'sentence',
    adjacent: [
      // The Spanish adjective follows its noun: "sistema (nervioso) simpático", "bloqueo simpático".
      {
        sense: 'medical',
        weight: DECISIVE,
        before:
          /(?:^|[^\p{L}])(?:sistemas?|nervios[oa]?s?|nervio|aut[oó]nomo|bloqueos?|ganglios?|cadenas?|troncos?|actividad|hiperactividad|hiper-actividad|tono|distrofia|activaci[oó]n|estimulaci[oó]n|inervaci[oó]n|fibras?|v[ií]as?|descargas?|respuestas?|reflejos?|disfunci[oó]n|componente|divisi[oó]n|rama|ramas|neuronas?|hiperactivaci[oó]n|sobreactivaci[oó]n)\s+$/iu,
      },
      // "el simpático y el parasimpático", "mantenido por el simpático": the nervous system as a noun.
      {
        sense: 'medical',
        weight: DECISIVE,
        before: /(?:^|[^\p{L}])(?:el|del|al)\s+$/iu,
        after:
          /^(?:\s*(?:$|[,.;:!?)\]])|\s+(?:y|e|o|es|se|que|hace|controla|acelera|estrecha|act[uú]a|libera|produce|provoca|aumenta|puede|prepara)(?![\p{L}]))/iu,
      },
      // Beside "parasimpático": "simpático y parasimpático", "no es parasimpático, es simpático".
      {
        sense: 'medical',
        weight: DECISIVE,
        after: /^\s+(?:y|e|o|ni|\/)\s+(?:el\s+|del\s+)?parasimp[aá]tic/i,
      },
      {
        sense: 'medical',
        weight: DECISIVE,
        before: /parasimp[aá]tic[oa]s?[\s,;]*(?:(?:y|e|o|ni|es|no|sino|el|del)\s+)*$/i,
      },
      // The everyday sense: "muy simpática", "fue simpático", "la enfermera, simpática…".
      {
        sense: 'other',
        weight: DECISIVE,
        before:
          /(?:^|[^\p{L}])(?:muy|tan|m[aá]s|menos|s[uú]per|bastante|poco|nada|siempre|bien|fue|era|eran|fueron|estuvo|estaba|parece|parec[ií]a|result[oó]|caer|cae|cay[oó]|caes|caen|me|te|nos|les|lo|la|los|las|qu[eé])\s+$/iu,
      },
      {
        sense: 'other',
        weight: 3,
        before: /(?:^|[^\p{L}])(?:es|son|sea|ser|eres|soy|somos)\s+$/iu,
      },
      {
        sense: 'other',
        weight: DECISIVE,
        before:
          /(?:^|[^\p{L}])(?:enfermer[oa]s?|m[eé]dic[oa]s?|doctor(?:a|es|as)?|profesor(?:a|es|as)?|maestr[oa]s?|vecin[oa]s?|chic[oa]s?|niñ[oa]s?|señor(?:a|es|as)?|hombres?|mujer(?:es)?|gente|personas?|camarer[oa]s?|amig[oa]s?|terapeutas?|fisioterapeutas?|neur[oó]log[oa]s?|anestesistas?|pediatras?|actor(?:es)?|actriz|presidente|chaval(?:es)?|perr[oa]s?|gat[oa]s?|tip[oa]s?|cara|detalle|gesto|ambiente|pueblo|lugar)\s*,?\s+$/iu,
      },
      // Music and physics, ink and magic: "cuerdas simpáticas", "resonancia simpática", "tinta simpática".
      {
        sense: 'other',
        weight: DECISIVE,
        before:
          /(?:^|[^\p{L}])(?:cuerdas?|resonancias?|vibraci[oó]n(?:es)?|armónicos?|tinta|magia|huelga|detonaci[oó]n)\s+$/iu,
      },
    ],
    cues: [
      cues('medical', 1, [
        'nervioso',
        'nervios',
        'parasimpático',
        'autónomo',
        'lucha o huida',
        'lucha y huida',
        'vasos',
        'vasoconstricción',
        'sudoración',
        'ganglio*',
        'bloqueo*',
        'noradrenalina',
        'adrenalina',
        'corazón',
      ]),
      cues('other', 1, [
        'cuerdas',
        'sitar',
        'resonancia',
        'vibración',
        'amable*',
        'sonríe',
        'cariños*',
      ]),
    ],
  },
};

/** Spanish words for the rules of English forms that Spanish text quotes. */
export const SPANISH_CUES: Partial<Record<EnglishSenseRuleId, AddedCues>> = {
  rsd: {
    cues: [cues('medical', 1, PAIN_WORDS_ES), REJECTION_WORDS_ES, SOCIAL_WORDS_ES, DINAR_WORDS_ES],
  },
  crps: { adjacent: [HAS_CONDITION_ES], cues: [cues('medical', 1, PAIN_WORDS_ES)] },
  amps: {
    adjacent: [
      HAS_CONDITION_ES,
      { sense: 'medical', weight: DECISIVE, before: /amplificado\s*\(\s*$/i },
      {
        sense: 'medical',
        weight: 2,
        before: /\b(?:programa|diagnosticaron|unidad|cl[ií]nica)\s*$/i,
      },
      { sense: 'medical', weight: 2, after: /^\s*(?:difuso|localizado)\b/i },
      {
        sense: 'other',
        weight: 3,
        before:
          /(?:^|[^\p{L}])(?:prueba|evaluaci[oó]n|test|escala|anal[oó]gica|telefon[ií]a|celular|amplis?|amplificador(?:es)?)\s+$/iu,
      },
      { sense: 'other', weight: 3, after: /^\s+de\s+(?:guitarra|bajo|audio|coche|v[aá]lvulas)\b/i },
      // A test someone is assessed with: "la evaluó con AMPS", "lo valoraron con el AMPS".
      {
        sense: 'other',
        weight: 3,
        before:
          /\b(?:evalu|valor|midi|midieron|puntu)[\p{L}]*\b[^.!?\n]{0,40}\bcon(?:\s+(?:el|la))?\s+$/iu,
      },
    ],
    cues: [
      cues('medical', 1, PAIN_WORDS_ES),
      cues('other', 3, [
        'terapia ocupacional',
        'terapeuta ocupacional',
        'habilidades motoras',
        'procesamiento',
      ]),
      ELECTRICAL_WORDS_ES,
    ],
  },
  fibro: {
    adjacent: [
      { sense: 'other', weight: DECISIVE, after: /^[\s-]*(?:cemento|uralita|amianto)/i },
      {
        sense: 'medical',
        weight: 2,
        before: /(?:^|[^\p{L}])(?:la|mi|tu|su|con|tengo|tiene|brote\s+de|crisis\s+de)\s+$/iu,
      },
    ],
    cues: [
      cues('medical', 2, ['brote*', 'cansancio', 'fatiga', 'niebla mental']),
      cues('other', 1.5, [
        'fibrocemento',
        'tejado*',
        'placa*',
        'cobertizo',
        'amianto',
        'uralita',
        'caseta',
      ]),
    ],
  },
};
