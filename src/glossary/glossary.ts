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

export interface GlossaryEntry {
  id: TermId;
  title: string;
  /**
   * English forms a page may show that the matcher counts under this id
   * (LABELLING.md rule 1). The glossary search matches them too.
   */
  names: string[];
  /** English names the matcher does not count under this id; for the glossary search only. */
  otherNames: string[];
  /** Shown, never matched: LABELLING.md rule 12 keeps Spanish forms ungraded for now. */
  spanishNames: string[];
  category: Category;
  /** Whether CHOP's pediatric team groups the term under AMPS; if not, no cycle diagram goes with it. */
  mapsToAmps: boolean;
  /** At most 40 words: the meaning today, then CHOP's pediatric view, then "Ask your child's care team." */
  parentText: string;
  /** At most 60 words. */
  clinicianNote: string;
  sayInstead: string;
  whyChildrenDiffer: string;
  sourceIds: number[];
}

/** A word the glossary explains but pages are not scanned for (BRIEF.md §5). */
export interface SupportingWord {
  id: string;
  title: string;
  spanishNames: string[];
  definition: string;
  sourceIds: number[];
}

export const DISCLAIMER = 'Information, not medical advice. AMPS Lens cannot tell what anyone has.';

/**
 * "CRPS type II" forms. LABELLING.md rule 1 counts them under `crps`, but they
 * name pain after a nerve injury, so they are explained by the causalgia card
 * and never called "one form of AMPS" (BRIEF.md §3.3). The matcher says so in
 * `TermMatch.card`; the glossary search finds causalgia by these names.
 */
export const CRPS_TYPE_2_NAMES = ['CRPS type II', 'CRPS type 2', 'CRPS II', 'CRPS-II', 'CRPS 2'];

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
    parentText:
      "RSD is an older name for CRPS, a pain condition. In children, CHOP's pediatric team treats it as one form of AMPS, where the nervous system turns pain signals up. The pain is real. Ask your child's care team.",
    clinicianNote:
      "Replaced by CRPS type I (IASP 1994). Diagnose with the Budapest criteria. CHOP classes pediatric CRPS I as localized AMPS with autonomic signs. In Sherry's 103-child cohort, 92% initially became symptom-free; recurrences occurred. The AMPS construct is contested (JAMA Pediatr 2021).",
    sayInstead: '“CRPS type I”; in CHOP’s terms, “localized AMPS with autonomic changes”.',
    whyChildrenDiffer:
      'CHOP counts it as the localized form of AMPS with autonomic changes. In children it mostly affects the legs. Outcomes tend to be better than in adults, though this is debated.',
    sourceIds: [7, 10, 13, 15, 16, 17, 18, 19, 25, 30],
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
    parentText:
      "CRPS means lasting, strong pain, often in one foot or hand, with changes such as color, temperature, swelling or sweating. In children, CHOP's pediatric team treats CRPS type I as one form of AMPS. Ask your child's care team.",
    clinicianNote:
      'Type I only; type II (nerve lesion) has its own card. Pediatric series: about 5:1 leg-to-arm, mostly girls near puberty. CHOP manages it within AMPS with intensive PT/OT and no analgesics. The Budapest criteria remain the diagnostic reference.',
    sayInstead:
      '“CRPS type I” for diagnosis; in CHOP’s terms, “localized AMPS with autonomic changes”.',
    whyChildrenDiffer:
      'In CHOP’s pediatric view it is the most visible form of AMPS, treated in the same program. In children it affects the legs about five times as often as the arms.',
    sourceIds: [3, 4, 7, 15, 18, 20, 21, 32, 33],
  },
  causalgia: {
    id: 'causalgia',
    title: 'Causalgia (CRPS type II)',
    names: ['causalgia'],
    otherNames: CRPS_TYPE_2_NAMES,
    spanishNames: ['causalgia'],
    category: 'older-name',
    mapsToAmps: false,
    parentText:
      "Causalgia is an old name for CRPS type II: burning pain after a confirmed injury to a nerve. It is different from AMPS, CHOP's pediatric term. Ask your child's care team which term fits your child.",
    clinicianNote:
      'Do not equate with AMPS. A documented nerve lesion implies a neuropathic mechanism. In children, CRPS II occurs about equally in boys and girls and has been reported from age 3 (Wilder 2006).',
    sayInstead: '“CRPS type II (with nerve injury)”.',
    whyChildrenDiffer:
      'It is not part of AMPS. CHOP describes AMPS as nociplastic pain, and the IASP definition of nociplastic pain leaves out pain caused by damage to the somatosensory system, the parts of the nervous system that carry touch and pain.',
    sourceIds: [2, 15, 17, 18, 23, 32],
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
    parentText:
      "Fibromyalgia means long-lasting pain in many parts of the body. Much online information about it is about adults. In children, CHOP's pediatric team calls widespread pain “diffuse AMPS” and reports that many improve. Ask your child's care team.",
    clinicianNote:
      'Only some children with diffuse amplified pain meet fibromyalgia criteria (58% of diffuse cases in one 636-child registry). Adult FM prognosis may not transfer, because adults are usually treated differently (Sherry). Where JFM criteria are met, keep the diagnosis and add the AMPS context.',
    sayInstead:
      '“diffuse amplified musculoskeletal pain”, or “juvenile fibromyalgia” when criteria are met.',
    whyChildrenDiffer:
      'CHOP treats widespread pain in a child as diffuse AMPS, and only some of these children meet fibromyalgia criteria. Sherry finds the label unhelpful for children and notes that most online information is about adults.',
    sourceIds: [7, 8, 9, 11, 12, 14, 34],
  },
  sympathetic: {
    id: 'sympathetic',
    title: '“Sympathetic” in pain terms',
    names: ['sympathetic', 'sympathetically'],
    otherNames: [],
    spanishNames: [],
    category: 'two-meanings',
    mapsToAmps: false,
    parentText:
      "Here “sympathetic” names part of the nervous system that runs automatic “fight or flight” reactions, such as narrowing blood vessels. It has nothing to do with wanting sympathy. Ask your child's care team.",
    clinicianNote:
      'Evidence for sympathetic drive is inconsistent. The CRPS renaming partly reflected that only about 30% of people labelled RSD had sympathetically maintained pain. CHOP’s autonomic vasoconstriction cycle is an explanatory model, not a tested mechanism. Present it as such.',
    sayInstead:
      'Nothing to replace: “sympathetic nervous system” and “sympathetic nerve block” are correct medical terms.',
    whyChildrenDiffer:
      'CHOP’s model uses autonomic nerves that narrow blood vessels. CHOP warns that the word can be misread as saying children with AMPS are only looking for sympathy.',
    sourceIds: [1, 28, 29],
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
    parentText:
      "Algodystrophy, Sudeck's atrophy and shoulder-hand syndrome are older names, mostly from adult medicine, for what is now called CRPS. In children, CHOP's pediatric team treats CRPS as one form of AMPS. Ask your child's care team.",
    clinicianNote:
      'Historical synonyms for CRPS I. “Sudeck” originally described post-traumatic bone atrophy seen on X-ray. These labels usually appear in adult contexts (fracture, stroke, cardiac events).',
    sayInstead: '“CRPS type I”.',
    whyChildrenDiffer:
      'Sherry lists them as old terms for CRPS, one form of AMPS. They mostly appear in adult medicine, where CRPS may follow a fracture, a stroke or a heart attack.',
    sourceIds: [7, 17, 21, 32],
  },
  rnd: {
    id: 'rnd',
    title: 'Reflex neurovascular dystrophy (RND)',
    names: ['reflex neurovascular dystrophy', 'RND'],
    otherNames: [],
    spanishNames: ['distrofia neurovascular refleja'],
    category: 'older-name',
    mapsToAmps: true,
    parentText:
      "Reflex neurovascular dystrophy (RND) is an older name for what doctors now call CRPS. In children, CHOP's pediatric team includes it under AMPS, where pain signals get turned up. The pain is real. Ask your child's care team.",
    clinicianNote:
      'A pediatric synonym for RSD/CRPS I, found in ACR patient material and Sherry’s 2000 overview. Map it to localized AMPS with autonomic changes and check the Budapest criteria.',
    sayInstead: '“CRPS type I”, or “localized AMPS with autonomic changes”.',
    whyChildrenDiffer:
      'It was mainly a name for childhood RSD. “Neurovascular” echoes the blood-flow nerves in CHOP’s explanation, and the American College of Rheumatology lists RND as another name for AMPS.',
    sourceIds: [1, 11, 13, 14, 16],
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
    parentText:
      "AMPS is the name CHOP's pediatric team uses when a child's nervous system turns pain signals up, so ordinary signals hurt a lot. The pain is real. Ask your child's care team.",
    clinicianNote:
      'Umbrella term (CHOP, ACR patient material) covering pediatric CRPS I, diffuse idiopathic pain and juvenile fibromyalgia presentations. Contested as a construct (JAMA Pediatr 2021); use alongside, not instead of, standard diagnostic criteria.',
    sayInstead: 'Nothing to replace: AMPS is the term CHOP’s pediatric team uses.',
    whyChildrenDiffer:
      'It is CHOP’s umbrella term for long-lasting muscle, bone and joint pain without inflammation, in one place or all over. Not every expert accepts it: a 2021 JAMA Pediatrics Viewpoint called it a flawed construct, and a reply defended it.',
    sourceIds: [1, 2, 13, 25, 26, 27],
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
    definition: 'More pain than expected from something that normally hurts a little.',
    sourceIds: [24, 35],
  },
  {
    id: 'autonomic',
    title: 'Autonomic nervous system (“fight or flight”)',
    spanishNames: [],
    definition:
      'The automatic part of the nervous system. It runs “fight or flight” reactions and body functions you don’t think about.',
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
      'The brain and spinal cord become over-reactive and turn pain signals up. It is a mechanism, not a diagnosis, and not the same as nociplastic pain.',
    sourceIds: [23, 24, 35],
  },
  {
    id: 'desensitization',
    title: 'Desensitization',
    spanishNames: [],
    definition:
      'Therapy that slowly gets sensitive skin used to touch again, for example towel rubs.',
    sourceIds: [6, 31],
  },
];

/** The entry whose text explains this occurrence: the matcher's `card`, so "CRPS type II" gets causalgia's. */
export function cardFor(match: TermMatch): GlossaryEntry {
  return GLOSSARY[match.card];
}
