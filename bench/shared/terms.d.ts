// Types for terms.js (copied as is from the shared bench folder).
export const COMBINED_SOURCE: string;
export const COMBINED_FLAGS: string;
export const TERM_IDS: readonly string[];
