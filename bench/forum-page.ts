/**
 * A large forum thread, generated the same way every time (seeded), for the benchmarks.
 * About 280 bytes of text per post; `withTerms` puts a glossary term in roughly one post in fifty.
 */

const NEUTRAL = [
  'We tried the new schedule this week and it went better than expected.',
  'Thanks for sharing, this thread has been really helpful for our family.',
  'Our appointment got moved to next Thursday, so we are waiting again.',
  'She went back to school for half days and managed the stairs on her own.',
  'Does anyone have tips for long car rides with a kid who gets restless?',
  'I keep a notebook of questions now, which makes visits less stressful.',
  'The physio gave us a new set of exercises to do after dinner each night.',
  'We are taking it one day at a time, and today was a good day.',
  'My husband read the whole thread last night and had a lot of questions.',
  'Sleep has been better since we started winding down earlier.',
  'Her teacher sent home a kind note about how hard she is working.',
  'We found a swimming pool nearby with a quiet lane in the mornings.',
];

const WITH_TERMS = [
  'The pain clinic finally said CRPS type 1 after months of guessing.',
  'Her old chart says reflex sympathetic dystrophy from 2009.',
  'The rheumatologist explained amplified musculoskeletal pain syndrome to us.',
  'Our son finished the AMPS program and is back to walking the dog.',
  'They mentioned a sympathetic nerve block, but we want to try therapy first.',
  'The first doctor called it juvenile fibromyalgia, the second said CRPS.',
  'Grandma had causalgia after a nerve injury in the war.',
  'Her letter from the 1990s says reflex neurovascular dystrophy.',
];

/** A small, fast, seeded random number generator (mulberry32). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function forumPost(index: number, random: () => number, withTerms: boolean): string {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
  const sentences = [pick(NEUTRAL), pick(NEUTRAL), pick(NEUTRAL), pick(NEUTRAL)];
  if (withTerms && random() < 0.02) sentences[Math.floor(random() * 4)] = pick(WITH_TERMS);
  return (
    `<article class="post" id="post-${index}"><div class="author"><strong>parent${index % 997}</strong> ` +
    `<time>Mar ${1 + (index % 28)}</time></div><p>${sentences.slice(0, 2).join(' ')}</p>` +
    `<p>${sentences.slice(2).join(' ')} <a href="#post-${index}">Reply</a></p></article>\n`
  );
}

export function forumPage(options: { posts: number; withTerms: boolean; seed?: number }): string {
  const random = randomFrom(options.seed ?? 1);
  const posts: string[] = [];
  for (let index = 0; index < options.posts; index++) {
    posts.push(forumPost(index, random, options.withTerms));
  }
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big thread</title></head>' +
    `<body><main><h1>Our kids' long-lasting limb pain: a very long thread</h1>\n${posts.join('')}</main></body></html>`
  );
}
