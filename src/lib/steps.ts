/**
 * Long work (reading a page, finding terms) is written as generators that yield now and then.
 * The command line runs them straight through; the content script pauses between chunks.
 */

/** Runs steps to the end, without pausing. */
export function finish<Result>(steps: Generator<void, Result>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
