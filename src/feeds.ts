import { events, eventTypes, groupById, groups, settings, typeOf } from './content';
import { agendaFeeds, icsEventOf, subscribeLinks, type Feed } from './lib/agenda-feeds';
import { buildCalendar, type IcsEvent } from './lib/ics';
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

/** The https:// and webcal:// addresses of a feed. */
export const feedLinks = (feed: Feed) => subscribeLinks(feed.path, settings.baseUrl);

/** An event as a calendar entry, worked out once: it is in several feeds (all, its type, its group, its own). */
const icsEvents = new WeakMap<Feed['entries'][number], IcsEvent>();
const icsEvent = (entry: Feed['entries'][number]) => {
  const known = icsEvents.get(entry);
  if (known) return known;
  const made = icsEventOf(entry, { siteUrl: settings.baseUrl, t, typeLabel: (id) => typeOf(id)?.label, groupName: (id) => groupById(id)?.data.name });
  icsEvents.set(entry, made);
  return made;
};

/** The iCalendar text of a feed. */
export const calendarOf = (feed: Feed) =>
  buildCalendar({
    name: feed.name,
    description: feed.kind === 'event' ? undefined : t('feeds.description', { site: settings.name }),
    timezone: settings.timezone,
    siteUrl: settings.baseUrl,
    now,
    events: feed.entries.map(icsEvent),
  });
