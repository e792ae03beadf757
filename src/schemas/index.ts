/**
 * The content model: one schema per collection, in the folder and format of
 * `src/data/collections.ts`. Astro's collections, the pre-build validation,
 * the CMS configuration and the types all come from here.
 */
import { contentLayout, type CollectionName } from '../data/collections';
import { categorySchema } from './category';
import { decisionSchema } from './decision';
import './errors';
import { eventSchema } from './event';
import { groupSchema } from './group';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { sectionSchema } from './section';
import { settingsSchema } from './settings';

export const collections = {
  settings: { ...contentLayout.settings, schema: settingsSchema },
  categories: { ...contentLayout.categories, schema: categorySchema },
  groups: { ...contentLayout.groups, schema: groupSchema },
  pages: { ...contentLayout.pages, schema: pageSchema },
  decisions: { ...contentLayout.decisions, schema: decisionSchema },
  events: { ...contentLayout.events, schema: eventSchema },
  news: { ...contentLayout.news, schema: newsSchema },
  sections: { ...contentLayout.sections, schema: sectionSchema },
} as const satisfies Record<CollectionName, unknown>;

export type { CollectionName };

export { categorySchema, decisionSchema, eventSchema, groupSchema, newsSchema, pageSchema, sectionSchema, settingsSchema };
