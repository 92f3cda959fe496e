/**
 * The sources of every sentence AMPS Lens shows, numbered as in
 * shared/content/BRIEF.md §6 so a reviewer can check text against the brief.
 * Only the sources the glossary, the cycle or the tooltips cite are listed (46–48 come from
 * the brief's December 2026 corrections); the look-alike sources (§6, 36–45) back the
 * matcher, not shown text.
 */
export interface Source {
  id: number;
  title: string;
  /**
   * A journal paper links to its journal or PubMed record. Where the brief gives only an
   * unofficial copy, there is no link: the title cites the paper instead (docs/BRIEF.md §0.5).
   */
  url?: string;
  /** A treatment program's page is background, never a tooltip's source (docs/BRIEF.md §0.5). */
  treatment?: true;
}

export const SOURCES: readonly Source[] = [
  {
    id: 1,
    title: 'CHOP, “About Amplified Musculoskeletal Pain Syndrome”',
    url: 'https://www.chop.edu/service/amplified-musculoskeletal-pain-syndrome/about-amps/',
  },
  {
    id: 2,
    title: 'CHOP, “Managing complex pain in children: Information for referring physicians”',
    url: 'https://chop.edu/centers-programs/center-amplified-musculoskeletal-pain-syndrome/referral-process',
  },
  {
    id: 3,
    title: 'CHOP, “Fighting Through the Pain”',
    url: 'https://www.chop.edu/stories/fighting-through-pain',
  },
  {
    id: 4,
    title: 'CHOP, “Therapeutic Hospital Treatment Program for AMPS”',
    url: 'https://www.chop.edu/services/therapeutic-hospital-treatment-program-amps',
    treatment: true,
  },
  {
    id: 5,
    title: 'CHOP, “Amplified Musculoskeletal Pain Syndrome: Nina’s Story”',
    url: 'https://chop.edu/centers-programs/center-amplified-musculoskeletal-pain-syndrome/amplified-musculoskeletal-pain',
  },
  {
    id: 6,
    title: 'CHOP, “Towel Rub Desensitization for Amplified Musculoskeletal Pain” (video)',
    url: 'https://www.chop.edu/video/towel-rub-desensitization-amplified-musculoskeletal-pain',
    treatment: true,
  },
  {
    id: 7,
    title:
      'Stop Childhood Pain (Sherry), “Why are there so many different names for amplified musculoskeletal pain syndromes?”',
    url: 'https://www.stopchildhoodpain.org/faqs/why-are-there-so-many-different-names-for-amplified-musculoskeletal-pain-syndromes/',
  },
  {
    id: 8,
    title: 'Stop Childhood Pain, “Juvenile Fibromyalgia”',
    url: 'https://www.stopchildhoodpain.org/juvenile-fibromyalgia/',
  },
  {
    id: 9,
    title: 'Stop Childhood Pain, “Fibromyalgia”',
    url: 'https://www.stopchildhoodpain.org/fibromyalgia/',
  },
  {
    id: 10,
    title:
      'Sherry DD et al., “Short- and long-term outcomes of children with complex regional pain syndrome type I treated with exercise therapy.” Clin J Pain 1999',
    url: 'https://pubmed.ncbi.nlm.nih.gov/10524475/',
  },
  {
    // The brief has only an unofficial copy: cited without a link.
    id: 11,
    title:
      'Sherry DD, “An Overview of Amplified Musculoskeletal Pain Syndromes.” J Rheumatol Suppl 2000;58',
  },
  {
    id: 12,
    title:
      '“The spectrum of pediatric amplified musculoskeletal pain syndrome.” Pediatr Rheumatol 2020',
    url: 'https://ped-rheum.biomedcentral.com/articles/10.1186/s12969-020-00473-2',
  },
  {
    id: 13,
    title: 'American College of Rheumatology, “Amplified Musculoskeletal Pain Syndrome (AMPS)”',
    url: 'https://www.rheumatology.org/I-Am-A/Patient-Caregiver/Diseases-Conditions/Amplified-Musculoskeletal-Pain-Syndrome-AMPS',
  },
  {
    id: 14,
    title:
      'American College of Rheumatology, “Síndrome de Dolor Musculoesquelético Amplificado (AMPS)”',
    url: 'https://rheumatology.org/patients/sindrome-de-dolor-musculoesqueletico-amplificado-amps',
  },
  {
    // The brief has only an unofficial copy: cited without a link.
    id: 15,
    title:
      'Wilder RT, “Management of Pediatric Patients With Complex Regional Pain Syndrome.” Clin J Pain 2006;22(5):443–448',
  },
  {
    id: 16,
    title: 'Wheeless’ Textbook of Orthopaedics, “Reflex Sympathetic Dystrophy”',
    url: 'https://www.wheelessonline.com/nerves/reflex-sympathetic-dystrophy/',
  },
  {
    id: 17,
    title: 'Schott GD, “Reflex sympathetic dystrophy.” J Neurol Neurosurg Psychiatry 2001',
    url: 'https://jnnp.bmj.com/content/71/3/291.abstract',
  },
  {
    id: 18,
    title: 'IASP, “IASP Pain Terminology” (1994, archived)',
    url: 'https://web.archive.org/web/20080512061229/http%3A/www.iasp-pain.org/AM/Template.cfm%3FSection%3DGeneral_Resource_Links%26Template%3D/CM/HTMLDisplay.cfm%26ContentID%3D3058',
  },
  {
    id: 19,
    title:
      'Harden RN et al., “Proposed new diagnostic criteria for complex regional pain syndrome.” Pain Med 2007',
    url: 'https://onlinelibrary.wiley.com/doi/10.1111/j.1526-4637.2006.00169.x',
  },
  {
    // The brief has only an unofficial copy: cited without a link.
    id: 20,
    title:
      'Harden RN et al., “Validation of proposed diagnostic criteria (the ‘Budapest Criteria’) for Complex Regional Pain Syndrome.” Pain 2010;150(2):268–274',
  },
  {
    id: 21,
    title:
      'Iolascon G et al., “Complex regional pain syndrome (CRPS) type I: historical perspective and critical issues”',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4832406',
  },
  {
    id: 22,
    title: 'Pain Research Forum, “What’s in a Name for Chronic Pain?”',
    url: 'https://www.painresearchforum.org/news/92059-whats-name-chronic-pain',
  },
  {
    id: 23,
    title: 'Cohen M, “What is nociplastic pain?” 2021',
    url: 'https://painmanagement.medicinetoday.com.au/pmt/2021/july/regular-series/what-nociplastic-pain',
  },
  {
    id: 24,
    title: 'StatPearls, “Central Pain Syndrome”',
    url: 'https://statpearls.com/point-of-care/19133',
  },
  {
    id: 25,
    title:
      'Weisman et al., “Amplified Pain Syndrome—An Insupportable Assumption.” JAMA Pediatr 2021',
    url: 'https://jamanetwork.com/journals/jamapediatrics/article-abstract/2776978',
  },
  {
    id: 26,
    title: '“Supporting the Imperfect Use of Amplified Pain Syndrome.” JAMA Pediatr 2021',
    url: 'https://jamanetwork.com/journals/jamapediatrics/article-abstract/2780515',
  },
  {
    id: 27,
    title: '“Pain Terminology” (letter, CHOP). JAMA Pediatr 2014',
    url: 'https://jamanetwork.com/journals/jamapediatrics/article-abstract/1937446',
  },
  {
    id: 28,
    title: 'UCSF Health, “Nerve Blocks”',
    url: 'https://www.ucsfhealth.org/treatments/nerve-blocks',
  },
  {
    id: 29,
    title: 'Anesthesiology 2022;136(2):261, editorial on sympathetic blockade in CRPS',
    url: 'https://pubs.asahq.org/anesthesiology/article-abstract/136/2/261/118217/Prolonging-Sympathetic-Blockade-for-Complex',
  },
  {
    id: 30,
    title: 'RSDSA, “Your Child is Diagnosed with CRPS”',
    url: 'https://rsds.org/4/youth/your_child_is_diagnosed.html',
  },
  {
    id: 31,
    title: 'Children’s Wisconsin, “Desensitization (1031)”',
    url: 'https://childrenswi.org/publications/teaching-sheet/pt-ot/1031-desensitization',
    treatment: true,
  },
  {
    id: 32,
    title: 'Centro Médico ABC, “Síndrome de dolor regional complejo”',
    url: 'https://centromedicoabc.com/padecimientos/sindrome-de-dolor-regional-complejo',
  },
  {
    id: 33,
    title:
      'Rodríguez RF, Ángel Isaza AM, “Síndrome doloroso regional complejo.” Rev Col Anest 2011',
    url: 'https://www.scielo.org.co/scielo.php?lng=en&nrm=iso&pid=S0120-33472011000100006&script=sci_arttext&tlng=es',
  },
  {
    id: 34,
    title:
      'López Robledillo JC, “Fibromialgia juvenil y amplificación del dolor musculoesquelético.” Pediatr Integral 2022',
    url: 'https://www.pediatriaintegral.es/publicacion-2022-05/fibromialgia-juvenil-y-amplificacion-del-dolor-musculoesqueletico/',
  },
  {
    id: 35,
    title: 'Clínica Universidad de Navarra, “Alodinia”',
    url: 'https://www.cun.es/diccionario-medico/terminos/alodinia',
  },
  {
    id: 46,
    title: 'NHS Frimley Healthier Together, “Limp” (advice for parents and carers)',
    url: 'https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp',
  },
  {
    id: 47,
    title:
      'Tham et al., protocol on diagnostic criteria for complex regional pain syndrome in children. BMJ Open 2025',
    url: 'https://pubmed.ncbi.nlm.nih.gov/40379330/',
  },
  {
    id: 48,
    title: 'CARRA Legacy Registry, juvenile fibromyalgia outcomes. Pediatr Rheumatol 2019',
    url: 'https://ped-rheum.biomedcentral.com/articles/10.1186/s12969-019-0356-z',
  },
];

const SOURCES_BY_ID = new Map(SOURCES.map((source) => [source.id, source]));

/** The source with this brief number; throws because an unknown id is a data bug the tests catch. */
export function sourceById(id: number): Source {
  const source = SOURCES_BY_ID.get(id);
  if (!source) throw new Error(`Unknown source id ${id}`);
  return source;
}
