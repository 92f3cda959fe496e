/**
 * The amplification cycle as CHOP explains it (docs/BRIEF.md §2), for the popup's
 * diagram. It is CHOP's explanatory model, so it is always shown with the note
 * that not every expert agrees, and every form of it says whose model it is (§0.10).
 */
import type { Cited } from './glossary';

export interface CycleStep {
  /** Which part of the diagram this step highlights. */
  id: 'injury' | 'spinal-cord' | 'brain' | 'short-circuit' | 'autonomic' | 'vessels' | 'loop';
  title: string;
  /** At most 20 words. */
  caption: string;
  sources: readonly number[];
}

export interface Cycle {
  title: string;
  /** The diagram's accessible description; it starts "CHOP's explanation:". */
  description: string;
  /** The six steps in order, then the loop back to the short circuit. */
  steps: CycleStep[];
  /** At most 120 words, for parents. */
  parentExplanation: readonly Cited[];
  disagreement: readonly Cited[];
  questions: string[];
}

const cite = (text: string, ...sources: number[]): Cited => ({ text, sources });

/** Every source the cycle tab's text cites, in the brief's order. */
export function cycleSources(): number[] {
  const cited = [
    ...CYCLE.steps.flatMap((step) => step.sources),
    ...[...CYCLE.parentExplanation, ...CYCLE.disagreement].flatMap((sentence) => sentence.sources),
  ];
  return [...new Set(cited)].toSorted((a, b) => a - b);
}

export const CYCLE: Cycle = {
  title: 'How CHOP explains amplified pain',
  description:
    'CHOP’s explanation: a foot steps on a tack. A pain nerve carries the signal to the spinal cord and up to the brain. ' +
    'A short circuit in the spinal cord also sends it along fight-or-flight nerves to a blood vessel, ' +
    'which narrows. An arrow loops from the vessel back to the short circuit. Not every expert agrees.',
  steps: [
    {
      id: 'injury',
      title: 'Injury',
      // Many children had no injury first (docs/BRIEF.md §0.7, [12]), so the step says so.
      caption:
        'An injury, such as stepping on a tack, switches on a pain nerve. Many children had no injury first.',
      sources: [1, 12],
    },
    {
      id: 'spinal-cord',
      title: 'Spinal cord',
      caption: 'The pain nerve carries the signal into the spinal cord.',
      sources: [1],
    },
    {
      id: 'brain',
      title: 'Brain',
      caption: 'The signal travels up to the brain, which knows it as pain.',
      sources: [1],
    },
    {
      id: 'short-circuit',
      title: 'Short circuit',
      caption:
        'In AMPS, CHOP says a wrong link in the spinal cord also sends the signal to other nerves.',
      sources: [1, 3],
    },
    {
      id: 'autonomic',
      title: 'Fight-or-flight nerves',
      caption: 'The signal reaches nerves that control blood flow.',
      sources: [1, 28],
    },
    {
      id: 'vessels',
      title: 'Blood vessels',
      caption:
        'Vessels narrow. Muscle and bone get less blood and oxygen. Acid waste builds up and hurts.',
      sources: [1],
    },
    {
      id: 'loop',
      title: 'The loop',
      caption:
        'The new pain goes through the short circuit again, so the cycle repeats and pain grows.',
      sources: [1],
    },
  ],
  parentExplanation: [
    cite(
      'When you get hurt, a pain nerve sends a message to your spinal cord and up to your brain.',
      1,
    ),
    cite('Many children with AMPS had no injury first.', 12),
    cite('CHOP explains AMPS as a wiring mix-up in the spinal cord, like a short circuit.', 1, 3),
    cite('The pain message also switches on the body’s “fight or flight” nerves.', 1),
    cite(
      'Those nerves squeeze the blood vessels, so less blood and oxygen reach the muscles and bones.',
      1,
    ),
    cite('CHOP says waste such as lactic acid builds up and causes more pain.', 1),
    cite('The new pain runs through the short circuit again, so the pain keeps growing.', 1),
    cite('The pain is real.', 5),
    cite('Not every expert agrees with this explanation.', 25),
    cite('Ask your child’s care team what it means for your child.'),
  ],
  disagreement: [
    cite('In 2021, a paper in JAMA Pediatrics called the label “a flawed construct”.', 25),
    cite('It said the label may give children a stigma.', 25),
    cite(
      'The authors said experts do not agree on its cause, how it works or how to tell who has it.',
      25,
    ),
    cite(
      'A reply said the label, “while not perfect”, helps doctors tell families the pain is real.',
      26,
    ),
    cite(
      'A review of CRPS in children found that children and adults differ less than many thought.',
      15,
    ),
  ],
  questions: [
    'What name do you use for my child’s pain, and what does it mean?',
    'What did you check to rule out other causes?',
    'What does the plan involve, and what can we do at home?',
    'Who do we call if the pain changes or new symptoms appear?',
  ],
};
