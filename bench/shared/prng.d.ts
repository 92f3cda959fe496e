// Types for prng.js (copied as is from the shared bench folder).
export class Rng {
  constructor(seed: number);
  next(): number;
}
