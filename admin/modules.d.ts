/** decap-cms-locales ships no types: each language is a nested table of phrases of varying depth. */
declare module 'decap-cms-locales/dist/esm/fr/index.js' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped upstream data
  const fr: any;
  export default fr;
}
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped upstream data
  const en: any;
  export default en;
}

/** Decap's store and actions, imported from the same files decap-cms-app runs (no types upstream). */
declare module 'decap-cms-core/dist/esm/redux' {
  export const store: unknown;
}
declare module 'decap-cms-core/dist/esm/actions/notifications' {
  export function addNotification(notification: { message: string | { key: string }; type: string; dismissAfter?: number }): unknown;
  export function dismissNotification(id: string): unknown;
}
declare module 'decap-cms-core/dist/esm/redux/middleware/waitUntilAction' {
  export const WAIT_UNTIL_ACTION: string;
}
