/**
 * Which calendar feeds the agenda offers and what each carries: one for
 * everything, one per event type, one per organising group, one per event.
 * Plain data in, plain data out: the routes hand the result to `buildCalendar`
 * (ics.ts), the pages list the same feeds with their subscribe links.
 */
import type { EventFamily } from '../data/events';
import type { AgendaEvent } from './agenda';
import { addDays } from './civil-date';
import type { Translate } from './i18n';
import { eventUid, type IcsEvent } from './ics';
import { markdownToText } from './markdown';
import type { Occurrence } from './recurrence';
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
  /** The same events with a reminder the day before, for subscribing: every feed but one event's file has one. */
  reminder?: { path: string; name: string } | undefined;
}

/** When the « avec rappel la veille » feeds remind: one day before each start (VALARM TRIGGER). */
export const REMINDER_TRIGGER = '-P1D';

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
  const reminder = (path: string, name: string) => ({ path, name: t('feeds.reminderName', { name }) });
  const allName = t('feeds.allName', { site });
  return [
    {
      kind: 'all',
      path: routes.allFeed,
      page: routes.agenda,
      name: allName,
      label: t('feeds.allLabel'),
      entries: sorted,
      reminder: reminder(routes.allReminderFeed, allName),
    },
    ...types.map((type): Feed => {
      const name = t('feeds.partName', { site, part: type.label });
      return {
        kind: 'type',
        id: type.id,
        path: routes.typeFeed(type.id),
        page: routes.type(type.id),
        name,
        label: type.label,
        entries: sorted.filter((entry) => entry.data.type === type.id),
        reminder: reminder(routes.typeReminderFeed(type.id), name),
      };
    }),
    ...organisingGroups(sorted, groups).map((group): Feed => {
      const name = t('feeds.partName', { site, part: group.name });
      return {
        kind: 'group',
        id: group.id,
        path: routes.organiserFeed(group.id),
        page: routes.organiser(group.id),
        name,
        label: group.name,
        entries: sorted.filter((entry) => entry.data.organiser === group.id),
        reminder: reminder(routes.organiserReminderFeed(group.id), name),
      };
    }),
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

export interface SubscribeLinks {
  /** To paste into an app, or to download. */
  https: string;
  /** Opens a subscription in the phone's or computer's calendar app (iPhone, Mac, Thunderbird, ICSx⁵). */
  webcal: string;
  /** Google Agenda's own « add this calendar » page, in one tap (an Android phone's calendar is usually Google's). */
  google: string;
  /** Outlook on the web's « subscribe from the web » page. */
  outlook: string;
}

/**
 * The ways to subscribe to a feed. Google and Outlook are handed the
 * `webcal://` address, the form their subscription pages take (as The Events
 * Calendar's links do); they are plain links: nothing of theirs loads before a tap.
 * @example subscribeLinks('/agenda.ics', 'https://coop.example.org/', 'La Coop – agenda')
 *   → { https: 'https://coop.example.org/agenda.ics', webcal: 'webcal://coop.example.org/agenda.ics',
 *       google: 'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fcoop.example.org%2Fagenda.ics',
 *       outlook: 'https://outlook.live.com/calendar/0/addfromweb?url=webcal%3A%2F%2Fcoop.example.org%2Fagenda.ics&name=La%20Coop%20%E2%80%93%20agenda' }
 */
export function subscribeLinks(path: string, siteUrl: string, name: string): SubscribeLinks {
  const https = new URL(path, siteUrl).href;
  const webcal = https.replace(/^https?:/, 'webcal:');
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(webcal)}&name=${encodeURIComponent(name)}`,
  };
}

/**
 * One date of a series as an event of its own, for the `.ics` of that date
 * alone: no rule, the date's own time and place, and a UID of its own, so
 * that a calendar holding it and the whole series shows both rather than
 * replacing one with the other.
 * @example occurrenceEvent(permanence, { start: '2026-12-12T10:00', end: '2026-12-12T11:30', originalDate: '2026-12-12', … }, siteUrl)
 *   → { uid: '2026-12-05-permanence-2026-12-12@coop.example.org', start: '2026-12-12T10:00', url: '/agenda/2026-12-05-permanence/#date-2026-12-12', … }
 */
export function occurrenceEvent(event: IcsEvent, id: string, occurrence: Occurrence, siteUrl: string): IcsEvent {
  const { recurrence: _series, ...rest } = event;
  const place = occurrence.place;
  return {
    ...rest,
    uid: eventUid(`${id}-${occurrence.originalDate}`, siteUrl),
    start: occurrence.start,
    end: occurrence.end,
    description: [occurrence.note, event.description].filter(Boolean).join('\n\n'),
    ...(place
      ? {
          location: [place.name, place.address].filter(Boolean).join(', '),
          geo: place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : undefined,
        }
      : {}),
    url: routes.occurrence(id, occurrence.originalDate),
    status: occurrence.cancelled ? 'cancelled' : event.status,
  };
}

/** `2026-12-12T10:00` → `20261212T100000`; `2027-04-10` → `20270410`. */
const googleDate = (local: string) => local.slice(0, 10).replaceAll('-', '') + (local.length > 10 ? `T${local.slice(11, 13)}${local.slice(14, 16)}00` : '');

/**
 * Google Agenda's « add this event » page for one date, filled in: the
 * one-tap way on an Android phone, whose Google Agenda app does not open
 * `.ics` files. Times are the co-op's wall clock with its zone (`ctz`).
 * @example googleEventLink({ title: 'Permanence', start: '2026-12-12T10:00', end: '2026-12-12T11:30', … }, 'Europe/Paris')
 *   → 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Permanence&dates=20261212T100000%2F20261212T113000&ctz=Europe%2FParis&…'
 */
export function googleEventLink(
  event: { title: string; start: string; end?: string | undefined; location?: string | undefined; details?: string | undefined },
  timeZone: string,
): string {
  const allDay = event.start.length === 10;
  const end = allDay ? addDays((event.end ?? event.start).slice(0, 10), 1) : (event.end ?? event.start);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates: `${googleDate(event.start)}/${googleDate(end)}` });
  if (!allDay) params.set('ctz', timeZone);
  if (event.location) params.set('location', event.location);
  if (event.details) params.set('details', event.details);
  return `https://calendar.google.com/calendar/render?${params.toString().replaceAll('+', '%20')}`;
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
