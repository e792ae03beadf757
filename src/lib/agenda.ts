import { expandOccurrences, type Occurrence } from './recurrence';
import type { EventEntry } from '../schemas/event';

/**
 * The agenda as a list of dated occurrences: recurring events expanded over
 * a window, everything sorted by start. Plain data in, plain data out.
 */

export interface AgendaItem {
  id: string;
  event: EventEntry;
  occurrence: Occurrence;
}

/**
 * Adds whole months to a `YYYY-MM-DD` day (clamped to the month's end).
 * @example addMonths('2026-08-31', 6) → '2027-02-28'
 */
export function addMonths(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Every occurrence of `events` that ends on or after `from` and starts on or before `to`, by start. */
export function agendaItems(events: readonly { id: string; data: EventEntry }[], window: { from: string; to: string }): AgendaItem[] {
  return events
    .flatMap(({ id, data }) => expandOccurrences(data, window).map((occurrence) => ({ id, event: data, occurrence })))
    .sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start) || a.id.localeCompare(b.id));
}

/** Items split by month (`YYYY-MM`), in order. */
export function byMonth(items: readonly AgendaItem[]): { month: string; items: AgendaItem[] }[] {
  const months = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const key = item.occurrence.start.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), item]);
  }
  return [...months].map(([month, list]) => ({ month, items: list }));
}

/** The OpenStreetMap link for a place: by coordinates when known, else an address search. */
export function mapLink(place: { address?: string | undefined; lat?: number | undefined; lon?: number | undefined }): string | undefined {
  if (place.lat !== undefined && place.lon !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lon}#map=18/${place.lat}/${place.lon}`;
  }
  return place.address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.address)}` : undefined;
}

/**
 * The types and organising groups that have something in `items`, each list
 * in its own order (settings, directory): the agenda's filter links, so no
 * link leads to an empty page.
 * @example filterChoices(upcoming, settings.eventTypes, groups) → { types: [formation, livraison, …], groups: [groupe-accueil, …] }
 */
export function filterChoices<T extends { id: string }, G extends { id: string }>(
  items: readonly AgendaItem[],
  types: readonly T[],
  groups: readonly G[],
): { types: T[]; groups: G[] } {
  const typeIds = new Set(items.map((item) => item.event.type));
  const groupIds = new Set(items.map((item) => item.event.organiser));
  return { types: types.filter((type) => typeIds.has(type.id)), groups: groups.filter((group) => groupIds.has(group.id)) };
}

/**
 * Where an answer link leads, so the button can say it before the tap.
 * @example answerTarget('mailto:accueil@coop.example.org?subject=Inventaire') → { kind: 'mail', address: 'accueil@coop.example.org' }
 * @example answerTarget('https://chat.whatsapp.com/AbC') → { kind: 'web', host: 'chat.whatsapp.com' }
 */
export function answerTarget(url: string): { kind: 'mail'; address: string } | { kind: 'web'; host: string } {
  if (url.startsWith('mailto:')) return { kind: 'mail', address: decodeURIComponent(url.slice(7).split('?')[0] ?? '') };
  return { kind: 'web', host: new URL(url).hostname };
}
