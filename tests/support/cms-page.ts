import type { Page } from 'playwright-core';

/**
 * What the CMS's browser tests (and the screenshot script) do again and
 * again in /admin/ under `npm start`.
 */

/** Opens /admin/ and presses « Se connecter » (the local backend needs no account). The first visit may be slow. */
export async function logIn(page: Page, siteUrl: string) {
  await page.goto(`${siteUrl}/admin/`, { timeout: 240_000 });
  await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Groupes de discussion' }).first().waitFor({ timeout: 60_000 });
}

/** Publishes the entry being edited (simple publish mode). */
export async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant', { exact: true }).click();
}

/** Waits until Decap says the entry is saved: the local backend has then written the whole file. */
export async function saved(page: Page) {
  await page.getByText('Modifications enregistrées', { exact: true }).waitFor({ timeout: 30_000 });
}

/**
 * Waits until a new entry is saved and Decap has moved to its address (it then
 * reads the entry back into the form): a test that goes elsewhere before that
 * may find Decap's own move landing after its own, on the entry just saved.
 */
export async function savedNew(page: Page, collection: string, slug: string) {
  await saved(page);
  await page.waitForURL((url) => url.hash === `#/collections/${collection}/entries/${slug}`);
  await page.getByRole('button', { name: "Supprimer l'entrée", exact: true }).waitFor();
}

/**
 * The lines that differ between two texts, found from both ends.
 * @example changedLines('a\nb\nc\n', 'a\nB\nc\n') → { removed: ['b'], added: ['B'] }
 */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}
