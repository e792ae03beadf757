import { addMonths } from './civil-date';
import { expandOccurrences, type AgendaTiming, type ChangePlace, type Occurrence } from './recurrence';

/**
 * The fields of an event the agenda, the feeds and the pages read: what
 * src/schemas/event.ts checks (its output type fits this shape).
 */
export interface AgendaEvent extends AgendaTiming {
  title: string;
  type: string;
  allDay: boolean;
  cancelled: boolean;
  place?: ChangePlace | undefined;
  online?: string | undefined;
  organiser?: string | undefined;
  target?: number | undefined;
  answer?: string | undefined;
  summary?: string | undefined;
  image?: string | undefined;
}

/**
 * The agenda as a list of dated occurrences: recurring events expanded over
 * a window, everything sorted by start. Plain data in, plain data out.
 */

export interface AgendaItem {
  id: string;
  event: AgendaEvent;
  occurrence: Occurrence;
}

/** Every occurrence of `events` that ends on or after `from` and starts on or before `to`, by start. */
export function agendaItems(events: readonly { id: string; data: AgendaEvent }[], window: { from: string; to: string }): AgendaItem[] {
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
export function upcomingDates(event: AgendaEvent, clock: AgendaClock): Occurrence[] {
  const today = clock.now.slice(0, 10);
  if (!event.recurrence)
    return expandOccurrences(event, { from: event.start.slice(0, 10), to: (event.end ?? event.start).slice(0, 10) }).filter((o) => !isOver(o, clock.now));
  const from = event.start.slice(0, 10) > today ? event.start.slice(0, 10) : today;
  return expandOccurrences(event, { from: today, to: addMonths(from, clock.horizonMonths) }).filter((o) => !isOver(o, clock.now));
}

/** The dates of one event that are over at `now`, most recent first. */
export function pastDates(event: AgendaEvent, clock: AgendaClock): Occurrence[] {
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
export function eventStatus(event: AgendaEvent, clock: AgendaClock): { status: EventStatus; next?: Occurrence; dates: Occurrence[] } {
  const dates = upcomingDates(event, clock);
  const next = dates.find((o) => !o.cancelled);
  if (dates.length === 0) return { status: 'past', dates };
  const started = next && next.start.slice(0, next.allDay ? 10 : 16) <= clock.now.slice(0, next.allDay ? 10 : 16);
  return { status: started ? 'ongoing' : 'upcoming', ...(next ? { next } : {}), dates };
}

/** Every date still to come of every event, sorted by start (the agenda's list). */
export function upcomingItems(events: readonly { id: string; data: AgendaEvent }[], clock: AgendaClock): AgendaItem[] {
  return sortItems(events.flatMap(({ id, data }) => upcomingDates(data, clock).map((occurrence) => ({ id, event: data, occurrence }))));
}

/** Every date that is over, most recent first (the archives). */
export function pastItems(events: readonly { id: string; data: AgendaEvent }[], clock: AgendaClock): AgendaItem[] {
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

/**
 * The ways to open a place on a phone, each a plain link that loads nothing
 * before a tap: `geo:` for Android's map apps (RFC 5870, with the `q` label
 * Android reads), Apple Plans (opens the app on an iPhone, the web elsewhere),
 * OpenStreetMap, and the address as text to copy into any app.
 * @example placeLinks({ name: 'La Cagette', address: '14 place des Tilleuls, Angers', lat: 47.4731, lon: -0.5521 })
 *   → { geo: 'geo:47.4731,-0.5521?q=47.4731%2C-0.5521(La%20Cagette)', apple: 'https://maps.apple.com/?ll=47.4731%2C-0.5521&q=La%20Cagette',
 *       osm: 'https://www.openstreetmap.org/?mlat=47.4731&mlon=-0.5521#map=18/47.4731/-0.5521', address: 'La Cagette, 14 place des Tilleuls, Angers' }
 */
export function placeLinks(place: { name: string; address?: string | undefined; lat?: number | undefined; lon?: number | undefined }): {
  geo?: string;
  apple?: string;
  osm?: string;
  address: string;
} {
  const address = [place.name, place.address].filter(Boolean).join(', ');
  const osm = mapLink(place);
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString().replaceAll('+', '%20');
  if (place.lat !== undefined && place.lon !== undefined) {
    const at = `${place.lat},${place.lon}`;
    // The label in parentheses is Android's extension; « ( » and « ) » inside it would end it early.
    const label = encodeURIComponent(place.name.replace(/[()]/g, ' ').trim());
    return {
      geo: `geo:${at}?q=${encodeURIComponent(at)}(${label})`,
      apple: `https://maps.apple.com/?${query({ ll: at, q: place.name })}`,
      ...(osm ? { osm } : {}),
      address,
    };
  }
  if (!place.address) return { address };
  // Without coordinates, both apps search the address.
  return { geo: `geo:0,0?q=${encodeURIComponent(address)}`, apple: `https://maps.apple.com/?${query({ q: address })}`, ...(osm ? { osm } : {}), address };
}

/**
 * One card of an agenda list: a one-off date, or a whole series with its
 * dates (a weekly event would otherwise fill the list with itself).
 */
export type AgendaCard =
  | { kind: 'date'; item: AgendaItem }
  | {
      kind: 'series';
      id: string;
      event: AgendaEvent;
      /** The date the card is filed under: the next one not cancelled (the most recent one in the archives). */
      shown: Occurrence;
      /** Every date of the series in the list, in the list's order, cancelled ones included. */
      dates: Occurrence[];
    };

/**
 * The cards of a sorted list of dates: each series becomes one card, filed
 * where its first date not cancelled falls (in the archives, its most
 * recent one); one-off events keep a card per date; order otherwise kept.
 * @example agendaCards([permanence 5 déc., inventaire 12 déc., permanence 12 déc.])
 *   → [{ kind: 'series', id: 'permanence', shown: 5 déc., dates: [5 déc., 12 déc.] }, { kind: 'date', item: inventaire }]
 */
export function agendaCards(items: readonly AgendaItem[]): AgendaCard[] {
  const series = new Map<string, AgendaItem[]>();
  for (const item of items) if (item.event.recurrence) series.set(item.id, [...(series.get(item.id) ?? []), item]);
  const filedAt = new Map<AgendaItem, string>();
  for (const [id, list] of series) {
    const at = list.find((item) => !item.occurrence.cancelled) ?? list[0];
    if (at) filedAt.set(at, id);
  }
  return items.flatMap((item): AgendaCard[] => {
    if (!item.event.recurrence) return [{ kind: 'date', item }];
    const id = filedAt.get(item);
    if (id === undefined) return [];
    const list = series.get(id) ?? [];
    return [{ kind: 'series', id, event: item.event, shown: item.occurrence, dates: list.map((entry) => entry.occurrence) }];
  });
}

/** The date a card stands for in its list: its own, or the one its series is filed under. */
export const cardDate = (card: AgendaCard): Occurrence => (card.kind === 'date' ? card.item.occurrence : card.shown);

/** Cards split by the month (`YYYY-MM`) of their date, in order. */
export function cardsByMonth(cards: readonly AgendaCard[]): { month: string; cards: AgendaCard[] }[] {
  const months = new Map<string, AgendaCard[]>();
  for (const card of cards) {
    const key = cardDate(card).start.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), card]);
  }
  return [...months].map(([month, list]) => ({ month, cards: list }));
}
