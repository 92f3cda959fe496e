/**
 * CHOP's amplification cycle in Spanish (BRIEF.md §2), step for step as `cycle.ts`, with the
 * same sources. Quotes of English papers are given in English beside their Spanish sense.
 */
import { cite } from '../glossary';
import type { Cycle } from '../cycle';

export const CYCLE_ES: Cycle = {
  title: 'Cómo explica CHOP el dolor amplificado',
  description:
    'Explicación de CHOP: un pie pisa una chincheta. Un nervio del dolor lleva la señal a la médula espinal y sube al cerebro. ' +
    'Un cortocircuito en la médula también la envía por los nervios de lucha o huida hasta un vaso de la sangre, ' +
    'que se cierra un poco. Una flecha vuelve del vaso al cortocircuito. No todos los expertos están de acuerdo.',
  steps: [
    {
      id: 'injury',
      title: 'Lesión',
      caption:
        'Una lesión, como pisar una chincheta, enciende un nervio del dolor. Muchos niños no tuvieron una lesión antes.',
      sources: [1, 12],
    },
    {
      id: 'spinal-cord',
      title: 'Médula espinal',
      caption: 'El nervio del dolor lleva la señal a la médula espinal.',
      sources: [1],
    },
    {
      id: 'brain',
      title: 'Cerebro',
      caption: 'La señal sube al cerebro, que la reconoce como dolor.',
      sources: [1],
    },
    {
      id: 'short-circuit',
      title: 'Cortocircuito',
      caption:
        'En AMPS, CHOP dice que una mala conexión en la médula también manda la señal a otros nervios.',
      sources: [1, 3],
    },
    {
      id: 'autonomic',
      title: 'Nervios de lucha o huida',
      caption: 'La señal llega a los nervios que controlan el paso de la sangre.',
      sources: [1, 28],
    },
    {
      id: 'vessels',
      title: 'Vasos de la sangre',
      caption:
        'Los vasos se cierran un poco. Músculos y huesos reciben menos sangre y oxígeno. Se juntan desechos ácidos que duelen.',
      sources: [1],
    },
    {
      id: 'loop',
      title: 'El círculo',
      caption:
        'El nuevo dolor pasa otra vez por el cortocircuito, así que el ciclo se repite y el dolor crece.',
      sources: [1],
    },
  ],
  parentExplanation: [
    cite(
      'Cuando nos hacemos daño, un nervio del dolor manda un mensaje a la médula espinal y sube al cerebro.',
      1,
    ),
    cite('Muchos niños con AMPS no tuvieron una lesión antes.', 12),
    cite(
      'CHOP explica el AMPS como un cable cruzado en la médula espinal, como un cortocircuito.',
      1,
      3,
    ),
    cite('El mensaje de dolor también enciende los nervios de «lucha o huida» del cuerpo.', 1),
    cite(
      'Esos nervios aprietan los vasos de la sangre, y llega menos sangre y oxígeno a músculos y huesos.',
      1,
    ),
    cite('CHOP dice que se juntan desechos, como el ácido láctico, que causan más dolor.', 1),
    cite('El nuevo dolor pasa otra vez por el cortocircuito, y el dolor sigue creciendo.', 1),
    cite('El dolor es real.', 5),
    cite('No todos los expertos están de acuerdo con esta explicación.', 25),
    cite('Pregunte al equipo médico de su hijo qué significa para su hijo.'),
  ],
  disagreement: [
    cite(
      'En 2021, un artículo de JAMA Pediatrics dijo que esta etiqueta es una idea con fallos (en inglés, «a flawed construct»).',
      25,
    ),
    cite('Dijo que la etiqueta puede marcar a los niños con un estigma.', 25),
    cite(
      'Los autores dijeron que los expertos no se ponen de acuerdo en su causa, en cómo funciona ni en cómo saber quién lo tiene.',
      25,
    ),
    cite(
      'Una respuesta dijo que la etiqueta, aunque no sea perfecta, ayuda a los médicos a decir a las familias que el dolor es real.',
      26,
    ),
    cite(
      'Una revisión del SDRC en niños vio que niños y adultos se diferencian menos de lo que muchos pensaban.',
      15,
    ),
  ],
  questions: [
    '¿Qué nombre usan para el dolor de mi hijo y qué significa?',
    '¿Qué revisaron para descartar otras causas?',
    '¿En qué consiste el plan y qué podemos hacer en casa?',
    '¿A quién llamamos si el dolor cambia o aparecen síntomas nuevos?',
  ],
};
