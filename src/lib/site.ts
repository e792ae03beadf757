/**
 * Sorting and grouping of entries for the pages. Plain data in, plain data out.
 */
import { createHash } from 'node:crypto';

export interface Entry<D> {
  id: string;
  data: D;
  body?: string | undefined;
}

/** By `order`, then by name or title, the way editors expect lists to read. */
export function byOrder<D extends { order: number; name?: string; title?: string }>(a: Entry<D>, b: Entry<D>): number {
  return a.data.order - b.data.order || (a.data.name ?? a.data.title ?? '').localeCompare(b.data.name ?? b.data.title ?? '', 'fr');
}

/** Newest first, by a `YYYY-MM-DD` date field. */
export function newestFirst<D extends { date: string }>(a: Entry<D>, b: Entry<D>): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/**
 * The visible groups under their categories, both in editor order; empty categories are dropped.
 * @example groupsByCategory([{ id: 'a', data: { order: 1, name: 'A' } }], [{ id: 'g', data: { category: 'a', order: 1, name: 'G', archived: false } }])
 *   → [{ category: …a, groups: [ …g ] }]
 */
export function groupsByCategory<C extends { order: number; name: string }, G extends { category: string; order: number; name: string; archived: boolean }>(
  categories: readonly Entry<C>[],
  groups: readonly Entry<G>[],
): { category: Entry<C>; groups: Entry<G>[] }[] {
  const visible = groups.filter((g) => !g.data.archived);
  return [...categories]
    .sort(byOrder)
    .map((category) => ({ category, groups: visible.filter((g) => g.data.category === category.id).sort(byOrder) }))
    .filter((section) => section.groups.length > 0);
}

/**
 * The news items dated `today` or earlier: an item written ahead of time
 * appears on its day (with the nightly rebuild).
 * @example published([{ id: 'a', data: { date: '2026-12-24' } }], '2026-12-01') → []
 */
export function published<E extends { data: { date: string } }>(news: readonly E[], today: string): E[] {
  return news.filter((item) => item.data.date <= today);
}

/** News whose urgent banner is still on today (the urgent-until day included). */
export function urgentNews<D extends { urgentUntil?: string | undefined; date: string }>(news: readonly Entry<D>[], today: string): Entry<D>[] {
  return news.filter((n) => n.data.urgentUntil !== undefined && n.data.date <= today && today <= n.data.urgentUntil).sort(newestFirst);
}

/**
 * The one item the urgent banner shows on a page: the newest urgent one, unless
 * the page is that item itself (its own banner would only repeat its title).
 * @example bannerItem([{ id: 'fermeture', … }], '2026-11-21', '/annonces/fermeture/', (id) => `/annonces/${id}/`) → undefined
 */
export function bannerItem<D extends { urgentUntil?: string | undefined; date: string }>(
  news: readonly Entry<D>[],
  today: string,
  path: string,
  routeOf: (id: string) => string,
): Entry<D> | undefined {
  return urgentNews(news, today).find((item) => routeOf(item.id) !== path);
}

/**
 * What names a banner for « closed until it changes »: the item and a digest of
 * everything in it, so an edited or new item shows again once closed.
 * @example bannerKey({ id: 'fermeture', data: { title: 'Fermé' }, body: '' }) → 'fermeture:1f0c…'
 */
export function bannerKey(item: Entry<unknown>): string {
  return `${item.id}:${createHash('sha256')
    .update(JSON.stringify([item.data, item.body ?? '']))
    .digest('hex')
    .slice(0, 12)}`;
}

/** The previous and next entries around `id` in an ordered list. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { previous?: T; next?: T } {
  const i = list.findIndex((e) => e.id === id);
  const previous = i > 0 ? list[i - 1] : undefined;
  const next = i >= 0 ? list[i + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
