/**
 * The kinds of pages the site search knows. Each indexed page carries its
 * kind as Pagefind metadata and filter (see Base.astro); the search page
 * offers one filter per kind, in this order.
 */
export const searchKinds = ['group', 'event', 'guide', 'charter', 'news', 'page'] as const;

export type SearchKind = (typeof searchKinds)[number];

/**
 * A query or title reduced to its bare letters: no case, no accents, no
 * punctuation (dashes, apostrophes), single spaces.
 * @example bareWords('Cagette – Équipe du lundi') → 'cagette equipe du lundi'
 */
export function bareWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Pagefind ranks by words; a visitor who types a page's exact title (a group's
 * name, typically) expects that page first. Moves such results to the front,
 * keeping Pagefind's order otherwise.
 * @example exactTitleFirst([{ meta: { title: 'Petites annonces' } }, { meta: { title: 'Annonces' } }], 'annonces')
 *   → [{ meta: { title: 'Annonces' } }, { meta: { title: 'Petites annonces' } }]
 */
export function exactTitleFirst<T extends { meta: { title?: string | undefined } }>(results: readonly T[], query: string): T[] {
  const wanted = bareWords(query);
  const exact = results.filter((r) => bareWords(r.meta.title ?? '') === wanted);
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}
