import { statusOf } from './agenda';
import { events, eventTypes, groupById, groups, settings, typeOf, type EventEntry } from './content';
import { agendaFeeds, googleEventLink, icsEventOf, occurrenceEvent, REMINDER_TRIGGER, subscribeLinks, type Feed } from './lib/agenda-feeds';
import { buildCalendar, type IcsEvent } from './lib/ics';
import type { Occurrence } from './lib/recurrence';
import { routes } from './lib/routes';
import { now, t } from './site';

/** Calendar feeds: everything, per type, per organising group, per event (see lib/agenda-feeds.ts). */
export const feeds = agendaFeeds({
  site: settings.name,
  entries: events.map((e) => ({ id: e.id, data: e.data, body: e.body })),
  types: eventTypes,
  groups: groups.map((g) => ({ id: g.id, name: g.data.name })),
  t,
});

export const feedOf = (kind: Feed['kind'], id?: string) => feeds.find((feed) => feed.kind === kind && feed.id === id);

/** The ways to subscribe to a feed: webcal://, Google Agenda, Outlook, the https:// address. */
export const feedLinks = (feed: Feed) => subscribeLinks(feed.path, settings.baseUrl, feed.name);

/** The same for its « avec rappel la veille » twin, when it has one. */
export const reminderLinks = (feed: Feed) => feed.reminder && subscribeLinks(feed.reminder.path, settings.baseUrl, feed.reminder.name);

const context = { siteUrl: settings.baseUrl, t, typeLabel: (id: string) => typeOf(id)?.label, groupName: (id: string) => groupById(id)?.data.name };

/** An event as a calendar entry, worked out once: it is in several feeds (all, its type, its group, its own, their reminder twins) and its dates' files. */
const icsEvents = new WeakMap<Feed['entries'][number]['data'], IcsEvent>();
const icsEvent = (entry: Feed['entries'][number]) => {
  const known = icsEvents.get(entry.data);
  if (known) return known;
  const made = icsEventOf(entry, context);
  icsEvents.set(entry.data, made);
  return made;
};

const calendar = (name: string, description: string | undefined, list: readonly IcsEvent[], reminder?: string) =>
  buildCalendar({ name, description, timezone: settings.timezone, siteUrl: settings.baseUrl, now, events: list, reminder });

/** The iCalendar text of a feed; with `reminder`, its twin that reminds the day before. */
export const calendarOf = (feed: Feed, { reminder = false } = {}) =>
  calendar(
    reminder && feed.reminder ? feed.reminder.name : feed.name,
    feed.kind === 'event' ? undefined : t('feeds.description', { site: settings.name }),
    feed.entries.map(icsEvent),
    reminder ? REMINDER_TRIGGER : undefined,
  );

/** The feeds that have a reminder twin, for its route. */
export const reminderFeeds = (kind: Feed['kind']) => feeds.filter((feed) => feed.kind === kind && feed.reminder);

const icsEventOfEntry = (event: EventEntry) => icsEvent({ id: event.id, data: event.data, body: event.body });

/** The dates of series still to come, each with the `.ics` of that date alone (« Ajouter à mon agenda »). */
export const occurrenceFeeds = events
  .filter((event) => event.data.recurrence && !event.data.cancelled)
  .flatMap((event) =>
    statusOf(event)
      .dates.filter((occurrence) => !occurrence.cancelled)
      .map((occurrence) => ({ event, occurrence })),
  );

/** The iCalendar text of one date of a series. */
export const occurrenceCalendarOf = (event: EventEntry, occurrence: Occurrence) =>
  calendar(event.data.title, undefined, [occurrenceEvent(icsEventOfEntry(event), event.id, occurrence, settings.baseUrl)]);

/** The two ways to put one date in a calendar: its `.ics` file, and Google Agenda's « add this event » page. */
export function addDateLinks(event: EventEntry, occurrence: Occurrence): { ics: string; google: string } {
  const whole = icsEventOfEntry(event);
  const single = event.data.recurrence ? occurrenceEvent(whole, event.id, occurrence, settings.baseUrl) : whole;
  const page = new URL(single.url ?? routes.event(event.id), settings.baseUrl).href;
  return {
    ics: event.data.recurrence ? routes.occurrenceFeed(event.id, occurrence.originalDate) : routes.eventFeed(event.id),
    google: googleEventLink(
      {
        title: single.title,
        start: single.start,
        end: single.end,
        location: single.location,
        details: [event.data.summary, page].filter(Boolean).join('\n\n'),
      },
      settings.timezone,
    ),
  };
}
