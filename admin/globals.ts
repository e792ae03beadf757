/**
 * Some of Decap's dependencies (@iarna/toml) read Node's `global`. Decap's own
 * entry defines it (decap-cms-core/lib/polyfill), but our direct import of its
 * store (decap-store.ts) can make those dependencies run first. Imported
 * before anything else by main.ts.
 */
const scope = globalThis as unknown as { global?: unknown };
scope.global ??= globalThis;
export {};
