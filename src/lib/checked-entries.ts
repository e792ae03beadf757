/**
 * The entries the content check has just validated, for the collections'
 * loader of the same build: a file is parsed and checked once, not once by
 * the check and again by Astro. Keyed by collection and the file's exact
 * text, so an edited file is checked again. The check and the loader run in
 * the same process but load this module separately (Node for the
 * integration, Vite for the content layer), hence globalThis.
 */

export interface CheckedData {
  data: Record<string, unknown>;
  body: string;
}

const shared = globalThis as { [key: symbol]: Map<string, CheckedData> | undefined };
const store: Map<string, CheckedData> = (shared[Symbol.for('babillard.checked')] ??= new Map<string, CheckedData>());

const keyOf = (collection: string, text: string) => `${collection}\u0000${text}`;

/** Called by the check for every entry that passed its schema. */
export function rememberChecked(collection: string, text: string, entry: CheckedData): void {
  // A long `npm start` checks many versions of the same files: start again past this many.
  if (store.size > 20_000) store.clear();
  store.set(keyOf(collection, text), entry);
}

/** The entry the check validated from this very text, if it did. */
export function checkedEntry(collection: string, text: string): CheckedData | undefined {
  return store.get(keyOf(collection, text));
}
