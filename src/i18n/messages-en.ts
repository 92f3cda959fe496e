/**
 * Every string of the interface in English, by key. `messages-es.ts` has the same keys (the
 * type makes a missing one a compile error); `messages.test.ts` checks neither has a blank.
 * `{name}` marks a value filled in by `format`.
 */
export const MESSAGES_EN = {
  'tooltip.whenToCall': 'When to call a doctor',
  'tooltip.sourcesAndMore': 'Sources and more',
  'tooltip.suggestedWording': 'Suggested wording: ',
  'tooltip.source': 'Source',
  'tooltip.sources': 'Sources',
  'tooltip.moreInGlossary': 'More in the glossary',
  'tooltip.hideHere': 'Not about pain? Hide here',
  'tooltip.addQuestion': 'Add to my questions',
  'tooltip.questionAdded': 'Added to my questions',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
export type Messages = Readonly<Record<MessageKey, string>>;
