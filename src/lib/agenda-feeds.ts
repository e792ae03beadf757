/**
 * Which calendar feeds the agenda offers and what each carries: one for
 * everything, one per event type, one per organising group, one per event.
 * Plain data in, plain data out: the routes hand the result to `buildCalendar`
 * (ics.ts), the pages list the same feeds with their subscribe links.
 */
import type { EventFamily } from '../data/events';
import type { AgendaEvent } from './agenda';
import type { Translate } from './i18n';
import { eventUid, type IcsEvent } from './ics';
import { markdownToText } from './markdown';
import { routes } from './routes';

/** One event file: its id (file name), its checked fields and its Markdown body. */
export interface AgendaEntry {
  id: string;
  data: AgendaEvent;
  body?: string | undefined;
}

export interface FeedGroup {
  id: string;
  name: string;
}

export interface Feed {
  kind: 'all' | 'type' | 'group' | 'event' | 'section';
  /** Type, group or event id; absent for `all`. */
  id?: string;
  /** Path of the `.ics` file on the site, e.g. `/agenda/type/formation.ics`. */
  path: string;
  /** Path of the page that lists the same events, e.g. `/agenda/type/formation/`. */
  page: string;
  /** Calendar name shown by apps. */
  name: string;
  /** What it holds, for people: « tout l’agenda », a type's label, a group's name, an event's title. */
  label: string;
  entries: AgendaEntry[];
}

/** Event file names that would take the address of an agenda page (`/agenda/<id>/`). */

/**
 * The groups that organise at least one event, in the order given: the
 * groups that get an agenda page and a feed of their own.
 */
export function organisingGroups<G extends FeedGroup>(entries: readonly AgendaEntry[], groups: readonly G[]): G[] {
  const organisers = new Set(entries.map((entry) => entry.data.organiser));
  return groups.filter((group) => organisers.has(group.id));
}

/**
 * Every feed of the agenda. Every type gets one, even without events yet, so
 * members can subscribe to "missions de tractage" before the next one is planned.
 * @example agendaFeeds({ site: 'La Cagette', entries, types, groups, t }).map((f) => f.path)
 *   → ['/agenda.ics', '/agenda/type/formation.ics', …, '/agenda/groupe/groupe-accueil.ics', …, '/agenda/2026-12-05-permanence.ics', …]
 */
export function agendaFeeds(input: {
  site: string;
  entries: readonly AgendaEntry[];
  types: readonly { id: string; label: string; family: EventFamily }[];
  groups: readonly FeedGroup[];
  t: Translate;
}): Feed[] {
  const { site, entries, types, groups, t } = input;
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return [
    { kind: 'all', path: routes.allFeed, page: routes.agenda, name: t('feeds.allName', { site }), label: t('feeds.allLabel'), entries: sorted },
    ...types.map((type): Feed => ({
      kind: 'type',
      id: type.id,
      path: routes.typeFeed(type.id),
      page: routes.type(type.id),
      name: t('feeds.partName', { site, part: type.label }),
      label: type.label,
      entries: sorted.filter((entry) => entry.data.type === type.id),
    })),
    ...organisingGroups(sorted, groups).map((group): Feed => ({
      kind: 'group',
      id: group.id,
      path: routes.organiserFeed(group.id),
      page: routes.organiser(group.id),
      name: t('feeds.partName', { site, part: group.name }),
      label: group.name,
      entries: sorted.filter((entry) => entry.data.organiser === group.id),
    })),
    ...sorted.map((entry): Feed => ({
      kind: 'event',
      id: entry.id,
      path: routes.eventFeed(entry.id),
      page: routes.event(entry.id),
      name: entry.data.title,
      label: entry.data.title,
      entries: [entry],
    })),
  ];
}

/**
 * The two addresses of a feed: `https://` to download or paste into an app,
 * `webcal://` that phones and desktop apps open as a subscription.
 * @example subscribeLinks('/agenda.ics', 'https://coop.example.org/')
 *   → { https: 'https://coop.example.org/agenda.ics', webcal: 'webcal://coop.example.org/agenda.ics' }
 */
export function subscribeLinks(path: string, siteUrl: string): { https: string; webcal: string } {
  const https = new URL(path, siteUrl).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/**
 * One event as the feed writer wants it: the page's address, the place as
 * one line, and a plain-text description that keeps what a member needs when
 * the calendar app is all they open (summary, text, organiser, target, how to answer).
 * @example icsEventOf({ id: '2026-12-12-tractage', data: { title: 'Tractage', type: 'tractage', start: '2026-12-12T09:30', … } }, context)
 *   → { uid: '2026-12-12-tractage@coop.example.org', title: 'Tractage', start: '2026-12-12T09:30', url: '/agenda/2026-12-12-tractage/', … }
 */
export function icsEventOf(
  entry: AgendaEntry,
  context: { siteUrl: string; t: Translate; typeLabel: (id: string) => string | undefined; groupName: (id: string) => string | undefined },
): IcsEvent {
  const { data } = entry;
  const { t } = context;
  const organiser = data.organiser === undefined ? undefined : context.groupName(data.organiser);
  const typeLabel = context.typeLabel(data.type);
  const facts = [
    organiser && t('feeds.organiser', { group: organiser }),
    data.target !== undefined && t('event.target', { n: data.target }),
    data.online && t('feeds.online', { url: data.online }),
    data.answer && t('feeds.answer', { url: data.answer.replace(/^mailto:/, '') }),
  ].filter((line): line is string => typeof line === 'string');
  const description = [data.summary, markdownToText(entry.body ?? ''), facts.join('\n')].filter((part) => part !== undefined && part !== '').join('\n\n');
  const place = data.place;
  return {
    uid: eventUid(entry.id, context.siteUrl),
    title: data.title,
    description,
    start: data.start,
    end: data.end,
    allDay: data.allDay,
    recurrence: data.recurrence,
    location: place ? [place.name, place.address].filter(Boolean).join(', ') : data.online,
    geo: place?.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : undefined,
    url: routes.event(entry.id),
    categories: typeLabel ? [typeLabel] : undefined,
    status: data.cancelled ? 'cancelled' : 'confirmed',
  };
}
