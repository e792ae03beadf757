/**
 * What a phone downloads at most to fill the pocket copy, compressed. A large
 * site keeps its pages in order of need up to this budget (src/lib/precache.ts);
 * the others are cached when visited.
 */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;
