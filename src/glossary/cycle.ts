/**
 * The amplification cycle as CHOP explains it (BRIEF.md §2), for the popup's
 * diagram. It is CHOP's explanatory model, so it is always shown with the note
 * that not every expert agrees.
 */

export interface CycleStep {
  /** Which part of the diagram this step highlights. */
  id: 'injury' | 'spinal-cord' | 'brain' | 'short-circuit' | 'autonomic' | 'vessels' | 'loop';
  title: string;
  /** At most 20 words. */
  caption: string;
}

export interface Cycle {
  title: string;
  /** The six steps in order, then the loop back to the short circuit. */
  steps: CycleStep[];
  /** At most 120 words, for parents. */
  parentExplanation: string;
  disagreement: string;
  questions: string[];
  sourceIds: number[];
}

export const CYCLE: Cycle = {
  title: 'How CHOP explains amplified pain',
  steps: [
    {
      id: 'injury',
      title: 'Injury',
      caption: 'Damaged tissue, such as a foot stepping on a tack, switches on a pain nerve.',
    },
    {
      id: 'spinal-cord',
      title: 'Spinal cord',
      caption: 'The pain nerve carries the signal into the spinal cord.',
    },
    {
      id: 'brain',
      title: 'Brain',
      caption: 'The signal travels up to the brain, which recognizes it as pain.',
    },
    {
      id: 'short-circuit',
      title: 'Short circuit',
      caption:
        'In AMPS, CHOP describes an abnormal reflex in the spinal cord that also sends the signal elsewhere.',
    },
    {
      id: 'autonomic',
      title: 'Fight-or-flight nerves',
      caption: 'The signal reaches the autonomic nerves that control blood flow.',
    },
    {
      id: 'vessels',
      title: 'Blood vessels',
      caption:
        'Vessels narrow; muscle and bone get less blood and oxygen; acid waste builds up and hurts.',
    },
    {
      id: 'loop',
      title: 'The loop',
      caption: 'The new pain crosses the short circuit again, so the cycle repeats and pain grows.',
    },
  ],
  parentExplanation:
    'When you get hurt, a pain nerve sends a message to your spinal cord and up to your brain, and your brain says “ouch.” Doctors at CHOP explain AMPS as a wiring mix-up in the spinal cord, a bit like a short circuit. The pain message also switches on the body’s “fight or flight” nerves. Those nerves squeeze the blood vessels, so less blood and oxygen reach the muscles and bones. CHOP describes waste such as lactic acid building up and causing more pain. The new pain runs through the short circuit again, so the pain keeps growing. The pain is real. Not every expert agrees with this explanation. Ask your child’s care team what it means for your child.',
  disagreement:
    'Not every expert agrees with this explanation. In 2021 a JAMA Pediatrics Viewpoint called amplified pain syndrome “a flawed construct” that may stigmatize children. A reply defended the label, “while not perfect”, as a way to confirm that the pain is real. A review of CRPS in children found fewer differences from adults than often assumed.',
  questions: [
    'What name do you use for my child’s pain, and what does it mean?',
    'What did you check to rule out other causes?',
    'What does the plan involve, and what can we do at home?',
    'Who do we call if the pain changes or new symptoms appear?',
  ],
  sourceIds: [1, 3, 5, 15, 25, 26],
};
