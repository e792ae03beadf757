import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, newestFirst } from './lib/site';

/**
 * The only module that calls getCollection(): it loads the collections and
 * sorts them, nothing else. What depends on the clock (published news, the
 * agenda) is in site.ts and agenda.ts; feeds in feeds.ts.
 */

const [settingsEntry] = await getCollection('settings');
// The content check stops the build before this when the file is missing.
if (!settingsEntry) throw new Error('content/settings/site.yaml is missing');

export const settings = settingsEntry.data;
export const eventTypes = settings.eventTypes;
export const categories = (await getCollection('categories')).sort(byOrder);
export const groups = (await getCollection('groups')).sort(byOrder);
export const visibleGroups = groups.filter((g) => !g.data.archived);
const pages = await getCollection('pages');
export const guide = pages.filter((p) => p.data.kind === 'guide').sort(byOrder);
export const charter = pages.find((p) => p.data.kind === 'charter');
export const freePages = pages.filter((p) => p.data.kind === 'page');
export const decisions = (await getCollection('decisions')).sort(newestFirst);
/** Every news item, newest first, including those dated later (site.ts keeps the published ones). */
export const allNews = (await getCollection('news')).sort(newestFirst);
export const events = await getCollection('events');
/** The local sections (or shops), in their order; empty when content/sections/ has none. */
export const sections = (await getCollection('sections')).sort(byOrder);

export type GroupEntry = CollectionEntry<'groups'>;
export type EventEntry = CollectionEntry<'events'>;
export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;
export type SectionEntry = CollectionEntry<'sections'>;

export const typeOf = (id: string) => eventTypes.find((type) => type.id === id);
export const groupById = (id: string | undefined) => groups.find((g) => g.id === id);
export const categoryById = (id: string) => categories.find((c) => c.id === id);
export const sectionById = (id: string | undefined) => sections.find((s) => s.id === id);
