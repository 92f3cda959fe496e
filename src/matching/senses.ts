/**
 * Context cues that tell the pain sense of an ambiguous form from its look-alikes
 * (LABELLING.md rule 5; BRIEF.md section 4). Data only: `judge-sense.ts` reads it.
 *
 * Each occurrence is judged on its own context. What touches the word decides first
 * (a number before "AMPS" means amperes), then cue words in the same sentence, the
 * nearest weighing most, then the paragraph, then the text around it.
 * Cues that rule a sense out are preferred: many true mentions carry no pain word at all.
 */

export type Sense = 'medical' | 'other';
export type SenseRuleId = 'rsd' | 'crps' | 'amps' | 'fms' | 'fibro' | 'rnd' | 'sympathetic';

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

/** Words of pain, bodies and care that point to the medical sense of any abbreviation. */
const PAIN_WORDS: CueWords = {
  sense: 'medical',
  weight: 1,
  words: [
    'pain*',
    'hurt*',
    'ache*',
    'aching',
    'limb*',
    'foot',
    'feet',
    'leg',
    'legs',
    'arm',
    'arms',
    'hand',
    'hands',
    'wrist*',
    'ankle*',
    'knee*',
    'toe*',
    'finger*',
    'shoulder*',
    'swelling',
    'swollen',
    'burning',
    'sweat*',
    'purple',
    'blotchy',
    'skin',
    'allodynia',
    'hyperalgesia',
    'physio*',
    'physical therap*',
    '=PT',
    'rheumatolog*',
    'diagnos*',
    'dx',
    'injur*',
    'sprain*',
    'fractur*',
    'surger*',
    'surgeon*',
    'bunion*',
    'cast',
    'dystrophy',
    'neurovascular',
    'complex regional',
    'fibromyalgia',
    'causalgia',
    'amplified',
    'desensiti*',
    'symptom*',
    'chronic',
    'pre-existing',
    'crutches',
    'wheelchair',
    'orthopedi*',
    'orthopaedi*',
    'neurolog*',
    'chart',
    'doctor*',
    'clinic',
    'hospital*',
    'nerve*',
    'flare*',
    'spoonie*',
    '=CRPS',
  ],
};

function withoutWords(cues: CueWords, left: readonly string[]): CueWords {
  return { ...cues, words: cues.words.filter((word) => !left.includes(word)) };
}

/** A person's own condition: "my daughter's AMPS", "has CRPS", "diagnosed with AMPS". */
const HAS_CONDITION: AdjacentCue = {
  sense: 'medical',
  weight: 1.5,
  before:
    /(?:\b(?:my|his|her|their)(?:\s+own)?|\w['’]s|\b(?:has|have|had|having|with|of|dx:?))\s*$/i,
};

/** A quantity right before an abbreviation, on the same line: "30 AMPS", "2,490 RSD", "%RSD". */
const AFTER_A_NUMBER: AdjacentCue = {
  sense: 'other',
  weight: DECISIVE,
  // A year is not a quantity: "2010 RSD, 2014 CRPS".
  before:
    /(?:(?<![\d.,])(?!(?:19|20)\d\d[ \t\u00A0]*$)\d[\d.,]*[ \t\u00A0]*-?[ \t\u00A0]*|%[ \t\u00A0]*)$/,
};

export const SENSE_RULES: Record<SenseRuleId, SenseRule> = {
  rsd: {
    fallback: 'medical',
    reach: 'surroundings',
    adjacent: [
      // "2,490 RSD" is a price; "14 RSDs" counts cases.
      { ...AFTER_A_NUMBER, form: /^(?:RSD|R\.S\.D\.)$/ },
      // A school district number or year ("RSD 13", "RSD 2024–25"), or a unit ("RSD (%)").
      { sense: 'other', weight: DECISIVE, after: /^[ \t\u00A0]*(?:\d|\(%\)|%)/ },
      // A percentage right after, even in the next table cell: a relative standard deviation.
      { sense: 'other', weight: DECISIVE, after: /^\s*\d[\d.,]*\s*%/ },
      {
        sense: 'other',
        weight: 3,
        after:
          /^\s*(?:schools?|teachers?|students?|campus(?:es)?|board|district|superintendent|charter|enrol(?:l?ment)?|devices?|units?|boxes?|values?|column)\b/i,
      },
      { sense: 'medical', weight: 2, after: /^\s*(?:foot|feet|legs?|arms?|hands?)\b/i },
      // Rejection sensitivity is rarely "diagnosed"; the pain condition is.
      { sense: 'medical', weight: 2, before: /\bdiagnosed\s+(?:with|as)\s*$/i },
    ],
    cues: [
      // People with ADHD also speak of an RSD "diagnosis" and RSD "flares".
      withoutWords(PAIN_WORDS, ['diagnos*', 'dx', 'flare*']),
      {
        sense: 'other',
        weight: 3,
        words: [
          '=ADHD*',
          'dysphoria',
          'rejection',
          'school district',
          'recovery school',
          'rapid shutdown*',
          'standard deviation',
          'dinar*',
          'neurodivergent',
        ],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          'critici*',
          'people-pleas*',
          'mad at',
          'reassurance',
          'vinyl',
          'record store*',
          'reissue*',
          'album*',
          'turntable*',
          '=LP',
          '=LPs',
          'shame',
          'ashamed',
          'oversensitive',
          'too sensitive',
          'spiral*',
          'tone',
          'feelings',
          'friend',
          'friends',
          'friend’s',
          "friend's",
          'ghosted',
          'left on read',
          'hates me',
          'hate me',
          'mad at me',
          'not mad',
          'upset with me',
          'annoyed with me',
          'disappointed in me',
          'boss',
          'coworker*',
          'co-worker*',
          'colleague*',
          'fired',
          'gut-punch',
          'gut punch',
          'report card*',
          'slammed',
          'outburst*',
          'tantrum*',
          'corrective',
          'school psychologist',
          'peers',
          'vial*',
          'dissolution',
          '=OOS',
          'analyst*',
          'retest*',
          'triplicate',
          'readings',
          'tolerance',
          '=QA',
          '=QC',
          'load-cell',
          'measurements',
          'write-up',
          'the mean',
          'repeatability',
          'reproducibility',
          // The social moments rejection sensitivity is about: school, work, friends.
          'teacher',
          'classmate*',
          'manager',
          'email',
          'in trouble',
          'see me',
          'correcting',
          'corrections',
          'corrected',
          'homework',
          'worksheet',
          'saved him a seat',
          'saved her a seat',
          'replaying',
          'curt',
          'clonidine',
          'atomoxetine',
          'methylphenidate',
          'psychiatrist',
          'nobody likes',
          'likes me',
          'likes her',
          'likes him',
          'done with me',
          'turned on her',
          'turned on him',
          'turned on me',
          'left out',
          'ignored',
          'excluded',
          'socially',
          'sleepover*',
          'didn’t reply',
          "didn't reply",
          'neurospicy',
          'neurotypical',
          'autis*',
          '=AuDHD',
          'self-esteem',
          'self-worth',
          'overreact*',
          'embarrass*',
          'humiliat*',
          'teasing',
          'perceived',
          'neurodiverg*',
          'executive function*',
          'stimulant*',
          'dopamine',
          'schools',
          'lottery',
          'campus*',
          'takeover',
          'breaker*',
          'combiner*',
          'task',
          'tasks',
          'kitchen-task',
          'observation*',
          'volt*',
          '=PV',
          'photovoltaic',
          'microinverter*',
          'optimizer*',
          'emotional*',
          'meltdown*',
          'feedback',
          'guanfacine',
          'rejected',
          'New Orleans',
          'Orleans',
          'parish',
          'Louisiana',
          'Katrina',
          'charter',
          'board of education',
          'superintendent',
          'district',
          'solar',
          'rooftop',
          'roof',
          'panel',
          'panels',
          'array*',
          'inverter*',
          'installer*',
          'electrician*',
          '=NEC',
          'module',
          'modules',
          '=HPLC',
          'assay*',
          'replicate*',
          'analyte*',
          'precision',
          'chromatogra*',
          'retention time*',
          'system suitability',
          'linearity',
          '=LOQ',
          '=LOD',
          '=EUR',
          '=USD',
          'price*',
          'exchange rate',
          'Belgrade',
          'Serbia*',
          'kiosk',
          'spreadsheet',
        ],
      },
    ],
  },

  crps: {
    fallback: 'medical',
    reach: 'surroundings',
    adjacent: [
      HAS_CONDITION,
      // Only the condition has types: "CRPS type 1", "CRPS-II".
      { sense: 'medical', weight: DECISIVE, form: /(?:type|[-\s])\s*(?:I{1,2}|[12])$/i },
      {
        sense: 'medical',
        weight: 2,
        after:
          /^[\s-]*(?:flares?|pain\w*|foot|feet|legs?|arms?|hands?|symptoms?|diagnos\w*|patients?)\b/i,
      },
      {
        sense: 'other',
        weight: 3,
        after:
          /^[\s-]*(?:credentials?|certifications?|certificates?|exams?|supervisors?|supervision|positions?|jobs?|roles?|renewal|CEUs?|applicants?|candidates?|trainees?)\b/i,
      },
      // "the CRPS runs the group", "a CRPS can lead": a person, not a condition.
      {
        sense: 'other',
        weight: 3,
        after:
          /^\s*(?:(?:can|will|may|must|should|could|would)\s+)?(?:run|runs|lead|leads|facilitate|facilitates|supervise|supervises|mentor|mentors|coordinate|coordinates|co-?leads?|works|worked)\b/i,
      },
      // "a CRPS", "as a CRPS": a person holding the credential, not a condition.
      {
        sense: 'other',
        weight: 2,
        before: /\b(?:an?|another|newest)\s*$/i,
        after: /^\s*(?:$|[,.;:!?)]|(?:who|on|at|in|for|and|with|since)\b)/i,
      },
    ],
    cues: [
      withoutWords(PAIN_WORDS, ['=CRPS']),
      {
        sense: 'other',
        weight: 3,
        words: [
          'peer specialist*',
          'recovery peer*',
          'peer recovery',
          'certified peer*',
          'credential*',
          'substance use',
          'substance abuse',
          'addiction*',
        ],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          'peer',
          'peers',
          'renew*',
          'relapse*',
          '=CEU',
          '=CEUs',
          'continuing education',
          'ethics',
          'exam',
          'certified',
          'certification*',
          'certificate*',
          'mentor*',
          'hiring',
          'workforce',
          'supervision',
          '=CPRS',
          'job',
          'jobs',
          'applicant*',
          'sobriety',
          'counselor*',
        ],
      },
    ],
  },

  amps: {
    fallback: 'medical',
    reach: 'surroundings',
    adjacent: [
      AFTER_A_NUMBER,
      // "MAX AMPS: 20", "AMPS rating", "AMPS draw": electric current.
      {
        sense: 'other',
        weight: DECISIVE,
        after:
          /^[ \t\u00A0]*(?:[:=][ \t\u00A0]*)?\d[\d.,]*(?:[ \t\u00A0]*(?:A|amps?|max)\b|[ \t\u00A0]*(?:$|[\n,;)/@]))|^[\s-]*(?:ratings?|rated|draw|max(?:imum)?|continuous|peak|per\s+(?:phase|circuit|leg))\b/i,
      },
      HAS_CONDITION,
      {
        sense: 'medical',
        weight: 2,
        after:
          /^[\s-]*(?:(?:day|inpatient|outpatient|intensive|rehab|treatment)\s+)?(?:program|programme|clinic|team|diagnosis|warrior|flare|pain|recovery|rehab|center|centre|patients?|symptoms?|focused|survivors?|awareness|fighters?|community|support|moms?|mums?|dads?|parents?|famil(?:y|ies)|journey)\b/i,
      },
      {
        sense: 'other',
        weight: 3,
        before: /\b(?:tube|guitar|bass|car|stereo|vintage|analog|analogue|1G|the OT'?s?)\s*$/i,
      },
      // "an AMPS": one test or one amplifier; nobody has "an" amplified pain syndrome.
      { sense: 'other', weight: 2, before: /\ban\s*$/i },
      {
        sense: 'other',
        weight: 3,
        after:
          /^[\s-]*(?:cell|cellular|towers?|networks?|phones?|(?:car|bag|mobile)\s+phones?|band|standard|handsets?|carriers?|amplifiers?|heads?|cabinets?|cabs?|pedals?|assessments?|scores?|scoring|raters?|calibration|training|certification|reports?|results?|testing|tests?|evaluations?)\b/i,
      },
    ],
    cues: [
      PAIN_WORDS,
      // Physical and occupational therapy together are AMPS treatment, not the OT test.
      {
        sense: 'medical',
        weight: 3,
        words: [
          'physical and occupational therap*',
          'physiotherapy and occupational therap*',
          '=PT and OT',
          '=PT/OT',
          '=OT/PT',
        ],
      },
      {
        sense: 'other',
        weight: 3,
        words: [
          'assessment of motor',
          'process skills',
          'motor skills',
          '=OT',
          '=OTs',
          'occupational therap*',
          'peptide*',
          'antimicrobial*',
          'cellular',
          'analog',
          'analogue',
          '=1G',
        ],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          'volt*',
          'watt*',
          '=V',
          '=Hz',
          'circuit*',
          'breaker*',
          'fuse*',
          'charger*',
          'electrician*',
          'wire',
          'wiring',
          'battery',
          'inverter*',
          'subpanel*',
          'outlet*',
          'amplifier*',
          'guitar*',
          'bass',
          'speaker*',
          'audio',
          'combo*',
          'stereo',
          'subwoofer*',
          'vintage',
          'drum*',
          'band',
          'gear',
          'gig',
          'gigs',
          'tube',
          'tubes',
          'valve*',
          'pedal*',
          'output',
          'cell',
          'tower*',
          '=MHz',
          '=CDMA',
          '=GSM',
          '=TDMA',
          'spectrum',
          'handset*',
          'carrier*',
          'phone*',
          'mobile',
          'wireless',
          'assessment*',
          'motor',
          'process',
          'skills',
          'test',
          'logits',
          'scoring',
          'calibrat*',
          'scored',
          'scores',
          '=ADL',
          '=ADLs',
          'handwriting',
          'training course',
          'antibiotic*',
          'bacteri*',
          'immune',
        ],
      },
    ],
  },

  fms: {
    fallback: 'other',
    reach: 'surroundings',
    adjacent: [
      HAS_CONDITION,
      {
        sense: 'other',
        weight: 3,
        after:
          /^\s*(?:scores?|screen\w*|tests?|dashboard|login|update|software|database|data|units?|computers?|page|alerts?|issues?|articles?|editors?|subscriptions?)\b/i,
      },
      {
        sense: 'medical',
        weight: 3,
        after: /^\s*(?:patients?|cohorts?|groups?|symptoms?|diagnosis|flares?|pain|fog|fatigue)\b/i,
      },
    ],
    cues: [
      PAIN_WORDS,
      { sense: 'medical', weight: 2, words: ['fibro', 'fatigue', 'widespread', 'tender points'] },
      {
        sense: 'other',
        weight: 3,
        words: [
          'functional movement',
          'movement screen',
          'facilities',
          'flight management',
          'feline',
          'journal',
        ],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          'flight*',
          'reprogram*',
          'cruise',
          'mid-cruise',
          'altitude',
          'flight deck',
          'waypoint*',
          'ticket*',
          'work order*',
          '=HVAC',
          'maintenance',
          'office',
          'squat*',
          'trainer*',
          'score',
          'scores',
          'hurdle*',
          'lunge*',
          'coach*',
          'athlete*',
          'dorsiflexion',
          'mobility',
          'flies',
          'flying',
          'airline*',
          'avionics',
          'software',
          'captain',
          'descent',
          'aircraft',
          'pilot*',
          'cockpit',
          'autopilot',
          'screen*',
          'building',
          'thermostat*',
          'dashboard',
          'login',
          'log in',
          'password*',
          '=IT',
          'conference room',
          'cat',
          'cats',
          'veterinar*',
          'vet',
          'vets',
          'subscription*',
          'case reports',
          'published',
          'hyperthyroidism',
          'season',
        ],
      },
    ],
  },

  fibro: {
    fallback: 'medical',
    reach: 'paragraph',
    adjacent: [
      {
        sense: 'medical',
        weight: DECISIVE,
        after:
          /^[\s-]*(?:fog|flares?|flaring|flare-ups?|pain|warriors?|life|days?|symptoms?|brain)\b/i,
      },
      {
        sense: 'other',
        weight: DECISIVE,
        after:
          /^[\s-]*(?:houses?|housing|homes?|buildings?|construction|materials?|sheds?|sheets?|sheeting|cement|garages?|roofs?|roofing|eaves?|walls?|lining|cladding|fences?|fencing|boards?|panels?|shacks?|cottages?|extensions?|bungalows?|huts?|outhouses?|sleepouts?|laundry|bathroom|offcuts?|off-cuts?|scraps?|waste|dust|pieces?|debris|removal|replacement|asbestos)\b/i,
      },
      { sense: 'medical', weight: 2, before: /\b(?:my|his|her|their|with|have|has|had)\s*$/i },
      // "the old fibro": the sheeting.
      { sense: 'other', weight: 1.5, before: /\bold\s*$/i },
    ],
    cues: [
      PAIN_WORDS,
      { sense: 'medical', weight: 2, words: ['fog', 'fatigue', 'tired', 'exhausted'] },
      {
        sense: 'other',
        weight: 3,
        words: ['asbestos', 'cement', 'sheeting', 'eaves', 'cladding'],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          'house*',
          'shed',
          'sheds',
          'roof*',
          'garage',
          'paint*',
          'sealer',
          'contractor*',
          'renovat*',
          'builder*',
          'built',
          'suburban',
          'blocks',
          'weatherboard',
          'brick',
          'drill*',
          'demolition',
          'wall',
          'walls',
          'laundry',
          'bathroom',
          'removalist*',
          'reno',
          'renos',
          'villaboard',
          'plasterboard',
          'gyprock',
        ],
      },
    ],
  },

  rnd: {
    fallback: 'other',
    reach: 'surroundings',
    adjacent: [
      // Tournament rounds and code: "RND 3", "RND * 6", "INT(RND", "8 in. RND duct".
      { sense: 'other', weight: DECISIVE, after: /^(?:\s*[\d*<>=+/-]|\()/ },
      // Not "/" or "-": "RSD/CRPS/RND" lists its names.
      { sense: 'other', weight: DECISIVE, before: /(?:[=*+<>]|\w\(|\d\s*(?:in\.|"|mm|cm)?)\s*$/ },
      { sense: 'other', weight: DECISIVE, after: /^\s*(?:duct|neck|pipe|tube|bar)\b/i },
    ],
    cues: [
      PAIN_WORDS,
      // Other names of the same pain nearby, and the papers it is written in.
      {
        sense: 'medical',
        weight: 1.5,
        words: ['=AMPS', '=RSD', 'notes', 'records', 'letter', 'letters', 'referral*'],
      },
      {
        sense: 'other',
        weight: 3,
        words: [
          'random',
          'randomize',
          '=BASIC',
          'QBasic',
          'duct*',
          'diffuser*',
          'tournament*',
          'pairings',
        ],
      },
      {
        sense: 'other',
        weight: 1.5,
        words: [
          '=INT',
          '=PRINT',
          '=THEN',
          'dice',
          'roll*',
          'rounded',
          'round',
          'galvani*',
          'ceiling',
          'vent',
          'vents',
          'grille*',
          'flange*',
          'fitting*',
          'steel',
          'aluminum',
          'aluminium',
          'order sheet',
          'spec*',
          'sleeve*',
          'cotton',
          'column*',
          'boards',
          'code',
          'function',
          'returns',
        ],
      },
    ],
  },

  sympathetic: {
    fallback: 'other',
    reach: 'sentence',
    adjacent: [
      {
        // "sympathetic nervous system", "sympathetic (fight-or-flight) nerves", "sympathetic and parasympathetic".
        sense: 'medical',
        weight: DECISIVE,
        after:
          /^\)?(?:\s*\([^)]{0,40}\))?[\s-]+(?:(?:and|or|\/)\s+)?(?:parasympathetic|nervous|nerves?|block(?:s|ade|ades)?|ganglia|ganglion|chain|trunk|over-?activity|hyper-?activity|activity|activation|tone|outflow|fib(?:re|er)s?|innervation|dys-?function|maintained|mediated|independent|vasomotor|sudomotor|skin|sweat\w*|vasoconstrict\w*|overdrive|surges?|discharges?|output|dominance|stimulation|reflex(?:es)?|signs?|changes|storm|branch(?:es)?|system|systems|division|arousal|drive|dysregulation|symptoms?|supply|side|component|neurons?|pathways?|responses?\s+(?:to\s+)?(?:pain|stress|cold|heat|touch|injury))\b/i,
      },
      {
        sense: 'medical',
        weight: DECISIVE,
        before:
          /(?:\b(?:lumbar|stellate|thoracic|cervical|paravertebral|splanchnic)|\bparasympathetic\s+(?:and|or|\/)|fight[\s-]+or[\s-]+flight\s*\(?|(?:autonomic|ganglion|nerve)\s*\()\s*$/i,
      },
      {
        // "was sympathetic", "be very sympathetic to": the everyday sense.
        sense: 'other',
        weight: DECISIVE,
        before:
          /\b(?:is|was|were|are|be|been|being|seemed|seems|felt|feel|sounded|looked|stayed|remained|so|very|most|more|less|quite|really|incredibly|extremely|genuinely|surprisingly|deeply|not)\s*$/i,
      },
    ],
    cues: [
      {
        sense: 'medical',
        weight: 1,
        words: ['fight-or-flight', 'fight or flight', 'autonomic', 'parasympathetic'],
      },
    ],
  },
};
