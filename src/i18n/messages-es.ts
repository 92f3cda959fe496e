import type { Messages } from './messages-en';

/** Every string of the interface in Spanish (see `messages-en.ts`). */
export const MESSAGES_ES: Messages = {
  'tooltip.whenToCall': 'Cuándo llamar al médico',
  'tooltip.sourcesAndMore': 'Fuentes y más',
  'tooltip.suggestedWording': 'Redacción sugerida: ',
  'tooltip.source': 'Fuente',
  'tooltip.sources': 'Fuentes',
  'tooltip.moreInGlossary': 'Más en el glosario',
  'tooltip.hideHere': '¿No habla de dolor? Ocultar aquí',
  'tooltip.addQuestion': 'Añadir a mis preguntas',
  'tooltip.questionAdded': 'Añadida a mis preguntas',
};
