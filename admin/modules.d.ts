/** decap-cms-locales ships no types: each language is a nested table of phrases of varying depth. */
declare module 'decap-cms-locales' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped upstream data
  export const fr: any;
}
