import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { gitIn } from './integrations/git';
import { dictionaries } from './i18n/index';
import { addMonths, agendaItems, filterChoices } from './lib/agenda';
import { agendaFeeds, icsEventOf, subscribeLinks, type Feed } from './lib/agenda-feeds';
import { formatRange, formatTimeSpan } from './lib/dates';
import { buildCalendar } from './lib/ics';
import { createTranslator } from './lib/i18n';
import { commitDates, lastUpdated } from './lib/last-updated';
import { byOrder, newestFirst } from './lib/site';
import { localNow } from './lib/timezone';
import { contentDir } from './paths';

/**
 * The only module that calls getCollection(): pages import ready-to-use,
 * sorted lists from here.
 */

const [settingsEntry] = await getCollection('settings');
if (!settingsEntry) throw new Error('content/settings/site.yaml is missing');

export const settings = settingsEntry.data;
export const t = createTranslator(dictionaries[settings.language], dictionaries.fr);
export const locale = t('meta.locale');

/** Build time; tests pin it with BABILLARD_NOW so their expectations stay true. */
export const now = process.env['BABILLARD_NOW'] ? new Date(process.env['BABILLARD_NOW']) : new Date();
/** Local wall-clock time in the co-op's zone, `YYYY-MM-DDTHH:mm`. */
export const localTime = localNow(now, settings.timezone);
export const today = localTime.slice(0, 10);

export const categories = (await getCollection('categories')).sort(byOrder);
export const groups = (await getCollection('groups')).sort(byOrder);
export const visibleGroups = groups.filter((g) => !g.data.archived);
const pages = await getCollection('pages');
export const guide = pages.filter((p) => p.data.kind === 'guide').sort(byOrder);
export const charter = pages.find((p) => p.data.kind === 'charter');
export const freePages = pages.filter((p) => p.data.kind === 'page');
export const decisions = (await getCollection('decisions')).sort(newestFirst);
export const news = (await getCollection('news')).filter((n) => n.data.date <= today).sort(newestFirst);
export const events = await getCollection('events');
export const eventTypes = settings.eventTypes;

export type GroupEntry = CollectionEntry<'groups'>;
export type EventEntry = CollectionEntry<'events'>;
export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;

/** Upcoming occurrences over the configurable horizon, and past ones for the archives. */
export const horizonMonths = Number(process.env['BABILLARD_HORIZON_MONTHS'] ?? 6);
export const upcoming = agendaItems(
  events.map((e) => ({ id: e.id, data: e.data })),
  { from: today, to: addMonths(today, horizonMonths) },
).filter((item) => (item.occurrence.end || item.occurrence.start) >= localTime.slice(0, item.occurrence.allDay ? 10 : 16));
export const past = agendaItems(
  events.map((e) => ({ id: e.id, data: e.data })),
  { from: '2000-01-01', to: today },
)
  .filter((item) => (item.occurrence.end || item.occurrence.start) < localTime.slice(0, item.occurrence.allDay ? 10 : 16))
  .reverse();

/** Words of a time span in the site's language. */
export const when = (start: string, end?: string) =>
  formatRange(start, end, { locale, currentYear: Number(today.slice(0, 4)), spanDays: t('date.spanDays') });

/** The time part of a span, for lines that already show the day. */
export const hours = (start: string, end?: string) =>
  formatTimeSpan(start, end, { locale, currentYear: Number(today.slice(0, 4)), allDay: t('date.allDay'), until: t('date.until') });

export const typeOf = (id: string) => eventTypes.find((type) => type.id === id);
export const groupById = (id: string | undefined) => groups.find((g) => g.id === id);
export const categoryById = (id: string) => categories.find((c) => c.id === id);

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
/** The iCalendar text of a feed. */
export const calendarOf = (feed: Feed) =>
  buildCalendar({
    name: feed.name,
    description: feed.kind === 'event' ? undefined : t('feeds.description', { site: settings.name }),
    timezone: settings.timezone,
    siteUrl: settings.baseUrl,
    now,
    events: feed.entries.map((entry) =>
      icsEventOf(entry, { siteUrl: settings.baseUrl, t, typeLabel: (id) => typeOf(id)?.label, groupName: (id) => groupById(id)?.data.name }),
    ),
  });

/** The agenda's filter links: the types and organising groups with something coming up. */
export const agendaFilters = filterChoices(upcoming, eventTypes, groups.map((g) => ({ id: g.id, name: g.data.name })));

/** Last commit date of each content file, by absolute path (empty outside a git checkout). */
const committed = new Map([...commitDates(gitIn(resolve(contentDir)), '.')].map(([path, date]) => [resolve(contentDir, path), date]));

/** When an entry last changed: its `updated` field if it has one, else its file's last commit. */
export const updatedOn = (entry: { data: object; filePath?: string | undefined }): string | undefined =>
  lastUpdated(
    'updated' in entry.data && typeof entry.data.updated === 'string' ? entry.data.updated : undefined,
    entry.filePath ? committed.get(resolve(entry.filePath)) : undefined,
  );
