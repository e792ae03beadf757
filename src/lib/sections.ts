/**
 * What belongs to a section (or a shop): its groups, its events and its news.
 * A group and a news item say it in their `section` field; an event says it
 * too, or takes the section of the group that organises it. Pure: entries in,
 * plain data out; pages and feeds are built from these lists.
 */
import type { AgendaEntry, Feed } from './agenda-feeds';
import type { Translate } from './i18n';
import { routes } from './routes';

/** The section an event belongs to: its own, else that of its organising group. */
export function eventSection(event: { section?: string | undefined; organiser?: string | undefined }, groupSection: (id: string) => string | undefined) {
  return event.section ?? (event.organiser === undefined ? undefined : groupSection(event.organiser));
}

/**
 * The events of one section, by id order (as the other feeds).
 * @example sectionEvents([{ id: 'a', data: { organiser: 'port-accueil' } }], 'port', () => 'port') → [{ id: 'a', … }]
 */
export function sectionEvents<E extends { id: string; data: { section?: string | undefined; organiser?: string | undefined } }>(
  entries: readonly E[],
  section: string,
  groupSection: (id: string) => string | undefined,
): E[] {
  return entries.filter((entry) => eventSection(entry.data, groupSection) === section).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * One calendar feed per section, even before its first event, so members can subscribe once.
 * @example sectionFeeds({ site: 'La Cagette', sections: [{ id: 'port', name: 'Magasin du Port' }], … })[0].path → '/agenda/section/port.ics'
 */
export function sectionFeeds(input: {
  site: string;
  sections: readonly { id: string; name: string }[];
  entries: readonly AgendaEntry[];
  groupSection: (id: string) => string | undefined;
  t: Translate;
}): Feed[] {
  const { site, sections, entries, groupSection, t } = input;
  return sections.map((section) => ({
    kind: 'section',
    id: section.id,
    path: routes.sectionFeed(section.id),
    page: routes.sectionAgenda(section.id),
    name: t('feeds.partName', { site, part: section.name }),
    label: section.name,
    entries: sectionEvents(entries, section.id, groupSection),
  }));
}
