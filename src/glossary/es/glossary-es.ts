/**
 * The glossary in Spanish. Each sentence says what its English counterpart says, checked
 * against the brief's sources, whose numbers it carries: the Spanish-language ones where the
 * brief has them (14 ACR in Spanish, 32 Centro Médico ABC, 33 Rev Col Anest, 34 Pediatría
 * Integral, 35 Clínica Universidad de Navarra), the English ones otherwise. "DSR" is never
 * called an abbreviation: the brief has no source for it (BRIEF.md §3.1).
 * Parent text stays at about grade 7 by Fernández-Huerta (reading-level-es.test.ts).
 */
import { cite, inChildren } from '../glossary';
import type { EntryText, GlossaryText, SupportingWordText } from '../text-shape';
import { CYCLE_ES } from './cycle-es';
import type { TermId } from '../../terms/term-match';

/** Every parent tooltip ends here (BRIEF.md §1). */
const ASK = cite('Pregunte al equipo médico de su hijo.');
const LOCALIZED = 'en términos de CHOP, «AMPS localizado con cambios autonómicos»';
const BUDAPEST = cite(
  'Se suelen aplicar los criterios de Budapest, derivados de adultos y no validados en niños.',
  20,
  47,
);

const ENTRIES: Readonly<Record<TermId, EntryText>> = {
  rsd: {
    title: 'Distrofia simpática refleja (en inglés, RSD)',
    parent: [
      cite('La distrofia simpática refleja es un nombre antiguo del SDRC tipo 1.', 18, 32),
      inChildren(
        'En los niños, el equipo pediátrico de CHOP la cuenta como una forma de AMPS: el sistema nervioso sube el volumen del dolor.',
        7,
        14,
      ),
      cite('El dolor es real.', 5),
      ASK,
    ],
    clinician: [
      cite('Sustituida por SDRC tipo I (IASP, 1994).', 18, 19),
      BUDAPEST,
      inChildren(
        'CHOP clasifica el SDRC I pediátrico como AMPS localizado con cambios autonómicos.',
        7,
        13,
      ),
      cite(
        'Sherry et al. 1999 (un solo centro de Seattle, sin grupo control): el 92 % de 103 niños quedó sin síntomas; el 31 % de los 49 seguidos tuvo una recaída.',
        10,
      ),
      cite('El concepto de AMPS es discutido (JAMA Pediatr 2021).', 25),
    ],
    suggestedWording: `«SDRC tipo I»; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      inChildren(
        'CHOP la cuenta como la forma localizada de AMPS, con cambios de color, calor o sudor.',
        7,
        13,
      ),
      cite('En los niños afecta sobre todo a las piernas.', 1, 15),
      cite(
        'A los niños les suele ir mejor que a los adultos, pero los expertos lo discuten.',
        15,
        16,
      ),
    ],
  },
  crps: {
    title: 'Síndrome de dolor regional complejo (SDRC; en inglés, CRPS)',
    // A bare "SDRC" has no type: this text holds for type 1 and type 2 alike (BRIEF.md §0.1).
    parent: [
      cite(
        'El SDRC es un dolor duradero, a menudo en una mano o un pie, con cambios de color, calor o hinchazón.',
        13,
        33,
      ),
      inChildren(
        'En los niños, el equipo pediátrico de CHOP cuenta el SDRC tipo 1, sin lesión de nervio, como una forma de AMPS.',
        7,
        32,
      ),
      ASK,
    ],
    clinician: [
      cite(
        'Sin tipo indicado: el tipo I no tiene lesión nerviosa identificable; el tipo II (lesión nerviosa) tiene su propia ficha.',
        18,
        32,
      ),
      inChildren(
        'CHOP trata el SDRC I pediátrico como AMPS localizado, sin medicamentos para el dolor.',
        3,
        13,
      ),
      cite(
        'Revisión de Wilder 2006: piernas 5:1 frente a brazos; otros programas añaden medicamentos o bloqueos en casos seleccionados; la recaída es más frecuente que en adultos.',
        15,
      ),
      BUDAPEST,
    ],
    suggestedWording:
      'Indique el tipo cuando se conozca (SDRC tipo I o tipo II); en términos de CHOP, el SDRC tipo I es «AMPS localizado con cambios autonómicos».',
    whyChildrenDiffer: [
      inChildren(
        'En la visión pediátrica de CHOP, el SDRC tipo 1 es la forma más visible de AMPS.',
        7,
      ),
      cite(
        'En los niños afecta a las piernas unas cinco veces más que a los brazos (una revisión de 2006).',
        15,
      ),
      cite('El tipo 2, tras la lesión de un nervio, no forma parte de AMPS.', 2, 23),
    ],
  },
  causalgia: {
    title: 'Causalgia y SDRC tipo 2',
    parent: [
      cite(
        'El SDRC tipo 2, antes llamado causalgia, es un dolor que quema tras la lesión de un nervio.',
        17,
        32,
      ),
      inChildren('En los niños, el equipo pediátrico de CHOP no lo cuenta como AMPS.', 2, 23),
      ASK,
    ],
    clinician: [
      cite('La causalgia pasó a llamarse SDRC tipo II en 1994 (IASP).', 18),
      cite(
        'No equiparar con AMPS: una lesión nerviosa documentada implica un mecanismo neuropático, que la definición de dolor nociplástico de la IASP excluye.',
        2,
        23,
      ),
      inChildren(
        'En la infancia, el SDRC II aparece por igual en niños y niñas y se ha descrito desde los 3 años (Wilder 2006).',
        15,
      ),
    ],
    suggestedWording:
      '«SDRC tipo II» en lugar de «causalgia»; diga «tras una lesión nerviosa» si el lector puede no saberlo. Nunca «AMPS».',
    whyChildrenDiffer: [
      inChildren('No forma parte de AMPS.', 2, 23),
      cite(
        'CHOP dice que el dolor de AMPS no se explica por un daño en los nervios. Este dolor viene de un nervio herido.',
        2,
        23,
      ),
      cite('Afecta por igual a niños y niñas (una revisión de 2006).', 15),
    ],
  },
  fibromyalgia: {
    title: 'Fibromialgia y fibromialgia juvenil',
    parent: [
      cite('La fibromialgia es un dolor que dura mucho tiempo en muchas partes del cuerpo.', 8, 34),
      cite('Casi todo lo que se lee en internet sobre ella trata de adultos.', 8, 9),
      inChildren('En los niños, el equipo pediátrico de CHOP lo llama «AMPS difuso».', 7),
      ASK,
    ],
    clinician: [
      cite(
        'Solo algunos niños con dolor amplificado difuso cumplen criterios de fibromialgia: el 58 % en un registro de 2020 de 636 niños de una consulta de dolor de reumatología pediátrica (2015–2019).',
        12,
      ),
      cite(
        'Los resultados difieren entre estudios; en el registro CARRA (2019), la función a menudo se mantuvo igual o empeoró.',
        11,
        48,
      ),
      inChildren(
        'Si se cumplen los criterios de fibromialgia juvenil, mantenga el diagnóstico y añada el contexto de AMPS.',
        2,
        7,
      ),
    ],
    suggestedWording:
      'Mantenga «fibromialgia juvenil» cuando se cumplan sus criterios; en términos de CHOP, el dolor generalizado en niños es «AMPS difuso».',
    whyChildrenDiffer: [
      inChildren('CHOP trata el dolor en todo el cuerpo de un niño como AMPS difuso.', 7),
      cite('Solo algunos de estos niños cumplen las reglas de la fibromialgia.', 12),
      cite('Sherry cree que este nombre no ayuda a los niños.', 8),
      cite('Los estudios no coinciden en cómo les va a los niños con el tiempo.', 11, 48),
    ],
  },
  sympathetic: {
    title: '«Simpático» en los nombres del dolor (en inglés, sympathetic)',
    parent: [
      cite(
        'Aquí, «simpático» nombra nervios de «lucha o huida», que pueden estrechar los vasos de la sangre.',
        28,
      ),
      cite('No tiene que ver con ser amable ni con pedir compasión.', 1, 28),
      inChildren(
        'En los niños, el equipo pediátrico de CHOP avisa: puede leerse como si buscaran compasión.',
        1,
      ),
      ASK,
    ],
    clinician: [
      cite(
        'La evidencia de un impulso simpático es inconsistente: solo alrededor del 30 % de las personas con diagnóstico de RSD tenían dolor mantenido por el simpático (editorial de Anesthesiology 2022), una de las razones del cambio de nombre a SDRC.',
        18,
        29,
      ),
      inChildren(
        'El ciclo de vasoconstricción autonómica de CHOP es un modelo explicativo, no un mecanismo comprobado; preséntelo como tal.',
        1,
        25,
      ),
    ],
    suggestedWording:
      'Nada que sustituir: «sistema nervioso simpático» y «bloqueo simpático» son términos médicos correctos.',
    whyChildrenDiffer: [
      inChildren(
        'La explicación de CHOP usa nervios que cierran un poco los vasos de la sangre.',
        1,
      ),
      cite(
        'CHOP avisa de que la palabra puede leerse como si los niños con AMPS solo quisieran compasión.',
        1,
      ),
    ],
  },
  algodystrophy: {
    title: 'Algodistrofia, atrofia de Sudeck, síndrome hombro-mano',
    parent: [
      cite('Son nombres antiguos del SDRC tipo 1, un problema de dolor.', 7, 32),
      cite('Se usan sobre todo en adultos.', 17, 32),
      inChildren(
        'En los niños, el equipo pediátrico de CHOP trata el SDRC tipo 1 como una forma de AMPS.',
        7,
        13,
      ),
      ASK,
    ],
    clinician: [
      cite('Sinónimos históricos del SDRC I.', 7, 17, 32),
      cite(
        '«Sudeck» describía al principio la pérdida de hueso tras un traumatismo, vista en la radiografía.',
        17,
        21,
      ),
      inChildren(
        'Estos nombres suelen aparecer en adultos (fracturas, ictus, problemas cardiacos); en niños, CHOP cuenta el SDRC I como AMPS localizado.',
        7,
        32,
      ),
    ],
    suggestedWording: `«SDRC tipo I»; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      inChildren('Sherry los incluye como nombres antiguos del SDRC tipo 1, una forma de AMPS.', 7),
      cite(
        'Aparecen sobre todo en la medicina de adultos. Allí, el SDRC puede venir tras una fractura, un ictus o un ataque al corazón.',
        32,
      ),
    ],
  },
  rnd: {
    title: 'Distrofia neurovascular refleja (en inglés, RND)',
    parent: [
      cite(
        'La distrofia neurovascular refleja es un nombre antiguo del SDRC tipo 1, usado sobre todo en niños.',
        11,
        14,
        16,
      ),
      inChildren(
        'En los niños, el equipo pediátrico de CHOP la incluye en AMPS, donde las señales de dolor suben de volumen.',
        13,
        27,
      ),
      cite('El dolor es real.', 5),
      ASK,
    ],
    clinician: [
      cite(
        'Sinónimo pediátrico de RSD/SDRC I, presente en material para pacientes del ACR y en la revisión de Sherry de 2000.',
        11,
        13,
      ),
      inChildren('En términos de CHOP: AMPS localizado con cambios autonómicos.', 13),
      BUDAPEST,
    ],
    suggestedWording: `«SDRC tipo I»; ${LOCALIZED}.`,
    whyChildrenDiffer: [
      cite('Era sobre todo un nombre de la distrofia simpática refleja en niños.', 11, 16),
      inChildren(
        'La palabra del medio habla de nervios y de vasos de la sangre. La explicación de CHOP une las dos cosas.',
        1,
      ),
      cite(
        'El Colegio Americano de Reumatología pone la distrofia neurovascular refleja como otro nombre de AMPS.',
        14,
      ),
    ],
  },
  amps: {
    title: 'Síndrome de dolor musculoesquelético amplificado (AMPS)',
    parent: [
      inChildren(
        'AMPS es el nombre que usa el equipo pediátrico de CHOP cuando el sistema nervioso de un niño sube el volumen del dolor, y cosas normales duelen mucho.',
        2,
        14,
      ),
      cite('El dolor es real.', 5),
      cite('No todos los expertos usan este nombre.', 25),
      ASK,
    ],
    clinician: [
      inChildren(
        'Término paraguas de CHOP (también en material para pacientes del ACR) que abarca el SDRC I pediátrico, el dolor idiopático difuso y los cuadros de fibromialgia juvenil.',
        2,
        14,
      ),
      cite(
        'Discutido: un Viewpoint de JAMA Pediatrics de 2021 señala que no hay acuerdo sobre causa, mecanismo ni criterios diagnósticos; una réplica lo defiende, aunque no sea perfecto, como forma de validar el dolor.',
        25,
        26,
      ),
      cite(
        'Otros equipos dicen «trastorno de dolor primario»; use AMPS junto a los criterios diagnósticos habituales.',
        25,
        27,
      ),
    ],
    suggestedWording:
      'Nada que sustituir: AMPS es el término paraguas de CHOP. No todos los equipos lo usan; algunos dicen «trastorno de dolor primario».',
    whyChildrenDiffer: [
      inChildren(
        'Es el término paraguas de CHOP para el dolor de músculos, huesos y articulaciones que dura mucho y no viene de una inflamación, en un solo sitio o en todo el cuerpo.',
        2,
        14,
      ),
      cite('No todos los expertos lo aceptan.', 25),
      cite(
        'Un artículo de 2021 dijo que es una idea con fallos. Dijo que los expertos no se ponen de acuerdo en su causa ni en cómo diagnosticarlo.',
        25,
      ),
      cite(
        'Una respuesta dijo que el nombre, aunque no sea perfecto, ayuda a los médicos a decir a las familias que el dolor es real.',
        26,
      ),
    ],
  },
};

const SUPPORTING_WORDS: Readonly<Record<string, SupportingWordText>> = {
  allodynia: {
    title: 'Alodinia',
    definition: 'Dolor por algo que no debería doler, como el roce de la ropa en la piel.',
  },
  hyperalgesia: {
    title: 'Hiperalgesia',
    definition: 'Mucho dolor por algo que solo debería doler un poco.',
  },
  autonomic: {
    title: 'Sistema nervioso autónomo',
    definition:
      'La parte automática del sistema nervioso. Maneja funciones del cuerpo en las que no pensamos. Su parte simpática maneja las reacciones de «lucha o huida».',
  },
  'nociplastic-pain': {
    title: 'Dolor nociplástico',
    definition:
      'Nombre que la IASP dio en 2017 al dolor que viene de un cambio en cómo se procesa el dolor. No hay un daño claro en el cuerpo ni una enfermedad de los nervios que lo explique. CHOP ahora también describe así el AMPS.',
  },
  'central-sensitization': {
    title: 'Sensibilización central',
    definition:
      'El cerebro y la médula espinal reaccionan de más y suben el volumen de las señales de dolor. Es una forma en que funciona el dolor, no un diagnóstico. No es lo mismo que el dolor nociplástico.',
  },
  desensitization: {
    title: 'Desensibilización',
    definition:
      'Terapia que poco a poco acostumbra otra vez la piel sensible al tacto, por ejemplo frotando con una toalla. Se hace como parte de un plan del equipo médico de su hijo.',
  },
};

export const GLOSSARY_ES: GlossaryText = {
  entries: ENTRIES,
  supportingWords: SUPPORTING_WORDS,
  categoryLabels: {
    'older-name': 'Nombre antiguo',
    'current-term': 'Término actual, a menudo sobre adultos',
    'two-meanings': 'Palabra con dos significados',
    'chop-umbrella': 'Término paraguas de CHOP',
  },
  disclaimer: 'Esto es información, no consejo médico. AMPS Lens no puede saber qué tiene nadie.',
  // From the NHS advice on a child's limp [46]; "nueva" because a cold, blue or swollen hand or foot is an expected sign.
  safetyLine: cite(
    'Llame hoy al médico de su hijo si tiene fiebre nueva. Llame hoy también si una articulación está hinchada, roja o caliente, o si su hijo no puede apoyar nada de peso en una pierna.',
    46,
  ),
  reviewStatus:
    'Texto en español revisado frente a sus fuentes el 4 de diciembre de 2026. Aún no lo ha revisado ningún profesional clínico.',
  cycle: CYCLE_ES,
};
