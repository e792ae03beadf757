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

/** The build's clock for the agenda: the local wall-clock time and how far series are listed. */
export interface AgendaClock {
  /** Local time in the co-op's zone, `YYYY-MM-DDTHH:mm`. */
  now: string;
  /** How many months ahead a recurring event's dates are listed. */
  horizonMonths: number;
}

/** An occurrence is over once its end (or its start, without an end) is before now, at its own precision. */
const isOver = (occurrence: Occurrence, now: string) => (occurrence.end || occurrence.start) < now.slice(0, occurrence.allDay ? 10 : 16);

/**
 * The dates of one event still to come (or going on) at `now`. A one-off event
 * is listed whatever its distance: the horizon only limits how far a *series*
 * is expanded, counted from its first date still to come, so a series that
 * starts in nine months shows its first months too.
 * @example upcomingDates({ start: '2027-09-01T10:00' }, { now: '2026-12-01T12:00', horizonMonths: 6 }) → [{ start: '2027-09-01T10:00', … }]
 */
export function upcomingDates(event: EventEntry, clock: AgendaClock): Occurrence[] {
  const today = clock.now.slice(0, 10);
  if (!event.recurrence) return expandOccurrences(event, { from: event.start.slice(0, 10), to: (event.end ?? event.start).slice(0, 10) }).filter((o) => !isOver(o, clock.now));
  const from = event.start.slice(0, 10) > today ? event.start.slice(0, 10) : today;
  return expandOccurrences(event, { from: today, to: addMonths(from, clock.horizonMonths) }).filter((o) => !isOver(o, clock.now));
}

/** The dates of one event that are over at `now`, most recent first. */
export function pastDates(event: EventEntry, clock: AgendaClock): Occurrence[] {
  return expandOccurrences(event, { from: event.start.slice(0, 10), to: clock.now.slice(0, 10) })
    .filter((o) => isOver(o, clock.now))
    .reverse();
}

export type EventStatus = 'upcoming' | 'ongoing' | 'past';

/**
 * Where an event stands at `now`: going on (one of its dates has started and
 * not ended), still to come, or over; with its next date (not cancelled).
 * @example eventStatus({ start: '2026-12-05T10:00', end: '2026-12-05T12:00' }, { now: '2026-12-05T11:00', horizonMonths: 6 }) → { status: 'ongoing', next: { start: '2026-12-05T10:00', … }, dates: [ … ] }
 */
export function eventStatus(event: EventEntry, clock: AgendaClock): { status: EventStatus; next?: Occurrence; dates: Occurrence[] } {
  const dates = upcomingDates(event, clock);
  const next = dates.find((o) => !o.cancelled);
  if (dates.length === 0) return { status: 'past', dates };
  const started = next && next.start.slice(0, next.allDay ? 10 : 16) <= clock.now.slice(0, next.allDay ? 10 : 16);
  return { status: started ? 'ongoing' : 'upcoming', ...(next ? { next } : {}), dates };
}

/** Every date still to come of every event, sorted by start (the agenda's list). */
export function upcomingItems(events: readonly { id: string; data: EventEntry }[], clock: AgendaClock): AgendaItem[] {
  return sortItems(events.flatMap(({ id, data }) => upcomingDates(data, clock).map((occurrence) => ({ id, event: data, occurrence }))));
}

/** Every date that is over, most recent first (the archives). */
export function pastItems(events: readonly { id: string; data: EventEntry }[], clock: AgendaClock): AgendaItem[] {
  return sortItems(events.flatMap(({ id, data }) => pastDates(data, clock).map((occurrence) => ({ id, event: data, occurrence })))).reverse();
}

const sortItems = (items: AgendaItem[]) => items.sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start) || a.id.localeCompare(b.id));

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
