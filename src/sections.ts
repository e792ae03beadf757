import { upcoming } from './agenda';
import { categories, events, groups, sections, settings, visibleGroups, type SectionEntry } from './content';
import { sectionEvents, sectionFeeds } from './lib/sections';
import { groupsByCategory } from './lib/site';
import { news, t } from './site';

/**
 * What the section pages share: each section's groups (by category and by
 * zone), its coming events, its news and its calendar feed. Empty lists on a
 * site without sections, so no section page is built.
 */

/** The paths of a page per section (`[id]`), each with its section as a prop. */
export const sectionPaths = () => sections.map((section) => ({ params: { id: section.id }, props: { section } }));

/** The section of a group, by the group's id. */
export const groupSection = (id: string) => groups.find((g) => g.id === id)?.data.section;

const entries = events.map((e) => ({ id: e.id, data: e.data, body: e.body }));

export const sectionCalendars = sectionFeeds({
  site: settings.name,
  sections: sections.map((s) => ({ id: s.id, name: s.data.name })),
  entries,
  groupSection,
  t,
});

/** Everything one section page shows. */
export function sectionView(section: SectionEntry) {
  const own = visibleGroups.filter((g) => g.data.section === section.id);
  const eventIds = new Set(sectionEvents(entries, section.id, groupSection).map((e) => e.id));
  return {
    groups: own,
    byCategory: groupsByCategory(categories, own),
    zones: section.data.zones.map((zone) => ({ zone, groups: own.filter((g) => g.data.zone === zone.id) })),
    upcoming: upcoming.filter((item) => eventIds.has(item.id)),
    news: news.filter((item) => item.data.section === section.id),
    feed: sectionCalendars.find((feed) => feed.id === section.id),
  };
}
