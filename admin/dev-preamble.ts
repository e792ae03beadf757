/**
 * In `astro dev`, Vite's React plugin requires its "preamble" before any .tsx
 * module runs; Astro only adds it to pages with client islands, and /admin/ is
 * a plain script. This no-op version satisfies the check (the CMS does not use
 * React fast refresh). Imported first by main.ts; does nothing in a build.
 */
if (import.meta.hot) {
  const global = window as unknown as Record<string, unknown>;
  global['$RefreshReg$'] ??= () => undefined;
  global['$RefreshSig$'] ??= () => (type: unknown) => type;
}
export {};
