/**
 * The single source of glossary text: tooltips, the popup glossary and the
 * clinician report all read it from here. Every sentence follows
 * shared/content/BRIEF.md §3 and §5 and cites the brief's sources (sources.ts).
 */
import type { TermId, TermMatch } from '../terms/term-match';

/** Why a term is marked; users can switch each category off in the settings. */
export const CATEGORIES = ['older-name', 'current-term', 'two-meanings', 'chop-umbrella'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'older-name': 'Older name',
  'current-term': 'Current term, often about adults',
  'two-meanings': 'Word with two meanings',
  'chop-umbrella': 'CHOP’s umbrella term',
};

/** One shown sentence and the brief's sources behind it (docs/BRIEF.md §0.5). */
export interface Cited {
  text: string;
  sources: readonly number[];
  /** The "In children, CHOP's pediatric team …" sentence, whose sources a tooltip lists first. */
  pediatric?: true;
}

export const cite = (text: string, ...sources: number[]): Cited => ({ text, sources });
export const inChildren = (text: string, ...sources: number[]): Cited => ({
  text,
  sources,
  pediatric: true,
});
/** Every parent tooltip ends here (docs/BRIEF.md §1); it is the brief's rule, not a claim. */
const ASK = cite("Ask your child's care team.");

export interface GlossaryEntry {
  id: TermId;
  title: string;
  /**
   * English forms a page may show that the matcher counts under this id
   * (tests/fixtures/LABELLING.md rule 1). The glossary search matches them too.
   */
  names: string[];
  /** English names the matcher does not count under this id; for the glossary search only. */
  otherNames: string[];
  /** Shown, never matched: tests/fixtures/LABELLING.md rule 12 keeps Spanish forms ungraded for now. */
  spanishNames: string[];
  category: Category;
  /** Whether CHOP's pediatric team groups the term under AMPS; if not, no cycle diagram goes with it. */
  mapsToAmps: boolean;
  /** At most 40 words: the meaning today, then CHOP's pediatric view, then "Ask your child's care team." */
  parent: readonly Cited[];
  /** At most 60 words. */
  clinician: readonly Cited[];
  /** For writers only: clinician wording, the page report and the command line, never parent tooltips (§0.2). */
  suggestedWording: string;
  whyChildrenDiffer: readonly Cited[];
}

/** A word the glossary explains but pages are not scanned for (docs/BRIEF.md §5). */
export interface SupportingWord {
  id: string;
  title: string;
  spanishNames: string[];
  definition: string;
  sourceIds: number[];
}

export const DISCLAIMER =
  'This is information, not medical advice. AMPS Lens can’t tell what anyone has.';

/**
 * When to get care the same day (docs/BRIEF.md §0.4), from NHS advice on a child's limp [46]. It
 * says "new" because a cold, blue or swollen hand or foot is an expected CRPS sign.
 */
export const SAFETY_LINE: Cited = cite(
  "Call your child's doctor today if your child has a new fever. Call today, too, if a joint is swollen, red or hot, or if your child can't put any weight on a leg.",
  46,
);

/** When the text was last checked against the brief and its sources; no clinician has reviewed it (§0.9). */
export const REVIEW_STATUS =
  'Text last checked against its sources on 4 December 2026. Not yet reviewed by a clinician.';

/** The sentences as one paragraph. */
export const textOf = (sentences: readonly Cited[]): string =>
  sentences.map((sentence) => sentence.text).join(' ');

/** The sources the sentences cite, the pediatric sentence's first, then in reading order, once each. */
export function citedSources(sentences: readonly Cited[]): number[] {
  const ordered = [
    ...sentences.filter((sentence) => sentence.pediatric),
    ...sentences.filter((sentence) => !sentence.pediatric),
  ];
  return [...new Set(ordered.flatMap((sentence) => sentence.sources))];
}

/** Every source an entry's sentences cite, in the brief's order, for the glossary and the report. */
export function entrySources(entry: GlossaryEntry): number[] {
  return [
    ...new Set(
      [...entry.parent, ...entry.clinician, ...entry.whyChildrenDiffer].flatMap((s) => s.sources),
    ),
  ].toSorted((a, b) => a - b);
}

/**
 * "CRPS type II" forms. tests/fixtures/LABELLING.md rule 1 counts them under `crps`, but they
 * name pain after a nerve injury, so they are explained by the causalgia card
 * and never called "one form of AMPS" (docs/BRIEF.md §0.1). The matcher says so in
 * `TermMatch.card`; the glossary search finds causalgia by these names.
 */
export const CRPS_TYPE_2_NAMES = ['CRPS type II', 'CRPS type 2', 'CRPS II', 'CRPS-II', 'CRPS 2'];

/** CHOP's name for CRPS type I (ACR [13]), for the writers' suggestions. */
const LOCALIZED = 'in CHOP’s terms, “localized AMPS with autonomic changes”';
const BUDAPEST = cite(
  'The Budapest criteria (adult-derived, not validated in children) are commonly applied.',
  20,
  47,
);

export const GLOSSARY: Readonly<Record<TermId, GlossaryEntry>> = {
  rsd: {
    id: 'rsd',
    title: 'Reflex sympathetic dystrophy (RSD)',
    names: [
      'reflex sympathetic dystrophy',
      'reflex sympathetic dystrophy syndrome',
      'RSD',
      'RSDS',
      'R.S.D.',
    ],
    otherNames: [],
    spanishNames: ['distrofia simpática refleja'],
    category: 'older-name',
    mapsToAmps: true,
    parent: [
      cite('RSD is an older name for CRPS type I, a pain condition.', 18, 19),
      inChildren(
        "In children, CHOP's pediatric team counts it as one form of AMPS: the nervous system turns pain signals up.",
        7,
        13,
      ),
      cite('The pain is real.', 5),
      ASK,
    ],
    clinician: [
      cite('Replaced by CRPS type I (IASP 1994).', 18, 19),
      BUDAPEST,
      inChildren('CHOP classes pediatric CRPS I as localized AMPS with autonomic changes.', 7, 13),
      cite(
        'Sherry et al. 1999 (one Seattle center, uncontrolled): 92% of 103 children became symptom-free; 31% of the 49 followed up had a recurrence.',
        10,
      ),
      cite('The AMPS construct is contested (JAMA Pediatr 2021).', 25),
    ],
    suggestedWording: `“CRPS type I”; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      inChildren(
        'CHOP counts it as the localized form of AMPS, with changes in color, warmth or sweating.',
        7,
        13,
      ),
      cite('In children it mostly affects the legs.', 1, 15),
      cite('It tends to go better for children than for adults, but experts debate this.', 15, 16),
    ],
  },
  crps: {
    id: 'crps',
    title: 'Complex regional pain syndrome (CRPS)',
    names: [
      'complex regional pain syndrome',
      'complex regional pain syndrome type I',
      'CRPS',
      'CRPS I',
      'CRPS-I',
      'CRPS 1',
      'CRPS-1',
      'CRPS type I',
      'CRPS type 1',
    ],
    otherNames: [],
    spanishNames: [
      'síndrome de dolor regional complejo',
      'síndrome doloroso regional complejo (SDRC)',
    ],
    category: 'current-term',
    mapsToAmps: true,
    // A bare "CRPS" has no type: this text holds for type I and type II alike (docs/BRIEF.md §0.1).
    parent: [
      cite(
        'CRPS is lasting pain, often in a hand or foot, with changes in color, warmth or swelling.',
        7,
        13,
      ),
      inChildren(
        "In children, CHOP's pediatric team counts CRPS type I, without a nerve injury, as one form of AMPS.",
        7,
        13,
        18,
      ),
      ASK,
    ],
    clinician: [
      cite(
        'Untyped: type I has no identifiable nerve lesion; type II (nerve lesion) has its own card.',
        18,
        32,
      ),
      inChildren(
        'CHOP counts pediatric CRPS I as localized AMPS, treated without pain medicines.',
        3,
        13,
      ),
      cite(
        'Wilder 2006 review: legs 5:1 over arms; other programs add medicines or blocks selectively; recurrence is more common than in adults.',
        15,
      ),
      BUDAPEST,
    ],
    suggestedWording:
      'Give the type when known (CRPS type I or type II); in CHOP’s terms, CRPS type I is “localized AMPS with autonomic changes”.',
    whyChildrenDiffer: [
      inChildren('In CHOP’s pediatric view, CRPS type I is the most visible form of AMPS.', 7),
      cite(
        'In children it affects the legs about five times as often as the arms (a 2006 review).',
        15,
      ),
      cite('Type II, after a nerve injury, is not part of AMPS.', 2, 23),
    ],
  },
  causalgia: {
    id: 'causalgia',
    title: 'Causalgia and CRPS type II',
    names: ['causalgia'],
    otherNames: CRPS_TYPE_2_NAMES,
    spanishNames: ['causalgia'],
    category: 'older-name',
    mapsToAmps: false,
    // Also the card for every "CRPS type II" wording, so it must read right for both names.
    parent: [
      cite(
        'CRPS type II, once called causalgia, is burning pain after an injury to a nerve.',
        17,
        18,
        32,
      ),
      inChildren("In children, CHOP's pediatric team does not count it as AMPS.", 2, 23),
      ASK,
    ],
    clinician: [
      cite('Causalgia was renamed CRPS type II in 1994 (IASP).', 18),
      cite(
        'Do not equate with AMPS: a documented nerve lesion implies a neuropathic mechanism, which the IASP definition of nociplastic pain excludes.',
        2,
        23,
      ),
      inChildren(
        'In children, CRPS II occurs about equally in boys and girls and has been reported from age 3 (Wilder 2006).',
        15,
      ),
    ],
    suggestedWording:
      'Call it “CRPS type II” (older name: causalgia), with “after a nerve injury” where readers may not know. Never “AMPS”.',
    whyChildrenDiffer: [
      inChildren('It is not part of AMPS.', 2, 23),
      cite(
        'CHOP says AMPS pain has no nerve damage to explain it. This pain comes from a hurt nerve.',
        2,
        23,
      ),
      cite('In children it affects boys and girls about equally (a 2006 review).', 15),
    ],
  },
  fibromyalgia: {
    id: 'fibromyalgia',
    title: 'Fibromyalgia and juvenile fibromyalgia',
    names: [
      'fibromyalgia',
      'fibromyalgia syndrome',
      'juvenile fibromyalgia',
      'juvenile primary fibromyalgia syndrome',
      'childhood fibromyalgia',
      'FMS',
      'JFMS',
      'fibro',
    ],
    otherNames: ['FM', 'JFM'],
    spanishNames: ['fibromialgia juvenil', 'síndrome de fibromialgia juvenil'],
    category: 'current-term',
    mapsToAmps: true,
    parent: [
      cite('Fibromyalgia means long-lasting pain in many parts of the body.', 8),
      cite('Most of what you read online about it is about adults.', 8, 9),
      inChildren("In children, CHOP's pediatric team calls this “diffuse AMPS”.", 7),
      ASK,
    ],
    clinician: [
      cite(
        'Only some children with diffuse amplified pain meet fibromyalgia criteria: 58% in a 2020 registry of 636 children at one pediatric rheumatology pain clinic (2015–2019; CRPS excluded).',
        12,
      ),
      cite(
        'Outcomes differ between studies; in the CARRA registry (2019), function often stayed the same or worsened.',
        11,
        48,
      ),
      inChildren('Where JFM criteria are met, keep the diagnosis and add the AMPS context.', 2, 7),
    ],
    suggestedWording:
      'Keep “juvenile fibromyalgia” where its criteria are met; in CHOP’s terms, widespread pain in children is “diffuse AMPS”.',
    whyChildrenDiffer: [
      inChildren('CHOP treats widespread pain in a child as diffuse AMPS.', 7),
      cite('Only some of these children meet the rules for fibromyalgia.', 12),
      cite('Sherry finds the label unhelpful for children.', 8),
      cite('Studies differ on how children do over time.', 11, 48),
    ],
  },
  sympathetic: {
    id: 'sympathetic',
    title: '“Sympathetic” in pain terms',
    names: ['sympathetic', 'sympathetically'],
    otherNames: [],
    spanishNames: [],
    category: 'two-meanings',
    mapsToAmps: false,
    parent: [
      cite(
        'Here “sympathetic” names nerves that run “fight or flight” reactions, such as narrowing blood vessels.',
        28,
      ),
      cite('It has nothing to do with sympathy.', 1, 28),
      inChildren(
        "In children, CHOP's pediatric team warns it can be misread as wanting sympathy.",
        1,
      ),
      ASK,
    ],
    clinician: [
      cite(
        'Evidence for sympathetic drive is inconsistent: only about 30% of people labelled RSD had sympathetically maintained pain (Anesthesiology 2022 editorial), one reason for the renaming to CRPS.',
        18,
        29,
      ),
      inChildren(
        'CHOP’s autonomic vasoconstriction cycle is an explanatory model, not a tested mechanism; present it as such.',
        1,
        25,
      ),
    ],
    suggestedWording:
      'Nothing to replace: “sympathetic nervous system” and “sympathetic nerve block” are correct medical terms.',
    whyChildrenDiffer: [
      inChildren('CHOP’s explanation uses nerves that narrow blood vessels.', 1),
      cite(
        'CHOP warns that the word can be misread as saying children with AMPS only want sympathy.',
        1,
      ),
    ],
  },
  algodystrophy: {
    id: 'algodystrophy',
    title: 'Algodystrophy, Sudeck’s atrophy, shoulder-hand syndrome',
    names: [
      'algodystrophy',
      'algoneurodystrophy',
      "Sudeck's atrophy",
      'Sudeck atrophy',
      "Sudeck's dystrophy",
      'post-traumatic dystrophy',
      'shoulder-hand syndrome',
    ],
    otherNames: [],
    spanishNames: ['atrofia de Sudeck', 'síndrome hombro-mano'],
    category: 'older-name',
    mapsToAmps: true,
    parent: [
      cite('These are old names for CRPS type I, a pain condition.', 7, 17),
      cite('They are used mostly for adults.', 17, 32),
      inChildren(
        "In children, CHOP's pediatric team treats CRPS type I as one form of AMPS.",
        7,
        13,
      ),
      ASK,
    ],
    clinician: [
      cite('Historical synonyms for CRPS I.', 7, 17),
      cite('“Sudeck” originally described post-traumatic bone atrophy seen on X-ray.', 17, 21),
      inChildren(
        'These labels usually appear in adult contexts (fracture, stroke, cardiac events); in children, CHOP counts CRPS I as localized AMPS.',
        7,
        32,
      ),
    ],
    suggestedWording: `“CRPS type I”; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      inChildren('Sherry lists them as old names for CRPS type I, one form of AMPS.', 7),
      cite(
        'They mostly appear in adult medicine. There, CRPS may follow a broken bone, a stroke or a heart attack.',
        32,
      ),
    ],
  },
  rnd: {
    id: 'rnd',
    title: 'Reflex neurovascular dystrophy (RND)',
    names: ['reflex neurovascular dystrophy', 'RND'],
    otherNames: [],
    spanishNames: ['distrofia neurovascular refleja'],
    category: 'older-name',
    mapsToAmps: true,
    parent: [
      cite('RND is an older name for CRPS type I, used mostly for children.', 11, 13, 16),
      inChildren(
        "In children, CHOP's pediatric team counts it under AMPS, where pain signals get turned up.",
        13,
        27,
      ),
      cite('The pain is real.', 5),
      ASK,
    ],
    clinician: [
      cite(
        'A pediatric synonym for RSD/CRPS I, found in ACR patient material and Sherry’s 2000 overview.',
        11,
        13,
      ),
      inChildren('In CHOP’s terms: localized AMPS with autonomic changes.', 13),
      BUDAPEST,
    ],
    suggestedWording: `“CRPS type I”; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      cite('It was mostly a name for RSD in children.', 11, 16),
      inChildren(
        'Its middle word means nerves and blood vessels. CHOP’s explanation links the two.',
        1,
      ),
      cite('The American College of Rheumatology lists RND as another name for AMPS.', 13),
    ],
  },
  amps: {
    id: 'amps',
    title: 'Amplified musculoskeletal pain syndrome (AMPS)',
    names: [
      'amplified musculoskeletal pain syndrome',
      'amplified musculoskeletal pain',
      'amplified pain syndrome',
      'pain amplification syndrome',
      'amplified pain',
      'AMPS',
    ],
    otherNames: [],
    spanishNames: [
      'síndrome de dolor musculoesquelético amplificado',
      'síndromes de amplificación del dolor',
    ],
    category: 'chop-umbrella',
    mapsToAmps: true,
    parent: [
      inChildren(
        "AMPS is the name CHOP's pediatric team uses when a child's nervous system turns pain signals up, so ordinary signals hurt a lot.",
        2,
        27,
      ),
      cite('The pain is real.', 5),
      cite('Not every expert uses this name.', 25),
      ASK,
    ],
    clinician: [
      inChildren(
        'CHOP’s umbrella term (also in ACR patient material) covering pediatric CRPS I, diffuse idiopathic pain and juvenile fibromyalgia presentations.',
        2,
        13,
      ),
      cite(
        'Contested: a 2021 JAMA Pediatrics Viewpoint cites no agreement on cause, mechanism or diagnostic criteria; a reply defends it, “while not perfect”, as a way to validate the pain.',
        25,
        26,
      ),
      cite(
        'Other teams say “primary pain disorder”; use AMPS alongside standard diagnostic criteria.',
        25,
        27,
      ),
    ],
    suggestedWording:
      'Nothing to replace: AMPS is CHOP’s umbrella term. Not every team uses it; some say “primary pain disorder”.',
    whyChildrenDiffer: [
      inChildren(
        'It is CHOP’s umbrella term for long-lasting muscle, bone and joint pain without swelling from inflammation, in one place or all over.',
        2,
        13,
      ),
      cite('Not every expert accepts it.', 25),
      cite(
        'A 2021 paper called it a flawed idea. It said experts do not agree on its cause or how to diagnose it.',
        25,
      ),
      cite(
        'A reply said the name, while not perfect, helps doctors tell families the pain is real.',
        26,
      ),
    ],
  },
};

export const SUPPORTING_WORDS: readonly SupportingWord[] = [
  {
    id: 'allodynia',
    title: 'Allodynia',
    spanishNames: ['alodinia'],
    definition: 'Pain from something that should not hurt, like clothing brushing the skin.',
    sourceIds: [24, 35],
  },
  {
    id: 'hyperalgesia',
    title: 'Hyperalgesia',
    spanishNames: ['hiperalgesia'],
    definition: 'A lot of pain from something that should hurt only a little.',
    sourceIds: [24, 35],
  },
  {
    id: 'autonomic',
    title: 'Autonomic nervous system',
    spanishNames: [],
    definition:
      'The automatic part of the nervous system. It runs body functions you don’t think about. Its sympathetic part runs “fight or flight” reactions.',
    sourceIds: [28],
  },
  {
    id: 'nociplastic-pain',
    title: 'Nociplastic pain',
    spanishNames: [],
    definition:
      'The IASP’s 2017 term for pain from changed pain processing, with no clear tissue damage or nerve disease to explain it. CHOP now also describes AMPS this way.',
    sourceIds: [2, 22, 23],
  },
  {
    id: 'central-sensitization',
    title: 'Central sensitization',
    spanishNames: ['sensibilización central'],
    definition:
      'The brain and spinal cord start to overreact and turn pain signals up. It is a way pain works, not a diagnosis. It is not the same as nociplastic pain.',
    sourceIds: [23, 24, 35],
  },
  {
    id: 'desensitization',
    title: 'Desensitization',
    spanishNames: [],
    definition:
      'Therapy that slowly gets sensitive skin used to touch again, for example with towel rubs. It is done as part of a plan from your child’s care team.',
    sourceIds: [6, 31],
  },
];

/** The entry whose text explains this occurrence: the matcher's `card`, so "CRPS type II" gets causalgia's. */
export function cardFor(match: TermMatch): GlossaryEntry {
  return GLOSSARY[match.card];
}
