// Types for gen-forum.js (copied as is from the shared bench folder).
export interface GeneratedPage {
  html: string;
  meta: {
    posts: number;
    bytes?: number;
    terms: number;
    termsById: Record<string, number>;
    lookalikes?: number;
    phraseMatches?: number;
    termSentences?: number;
  };
}
export function genForum(options: {
  seed: number;
  posts: number;
  termPosts: number;
  lookPosts: number;
  title?: string;
}): GeneratedPage;
export function genIncrementBatch(options: {
  seed: number;
  posts: number;
  terms: number;
  startIndex?: number;
}): GeneratedPage;
export function genPosts(
  rng: unknown,
  n: number,
  options?: { termPosts?: Set<number>; lookPosts?: Set<number>; startIndex?: number },
): { html: string; ids: string[]; look: number; text: string };
export const NEUTRAL: readonly string[];
