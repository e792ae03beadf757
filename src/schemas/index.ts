/**
 * The content model: one schema per collection. Astro's collections, the
 * pre-build validation, the CMS configuration and the types all come from here.
 */
import { categorySchema } from './category';
import { decisionSchema } from './decision';
import { eventSchema } from './event';
import { groupSchema } from './group';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { settingsSchema } from './settings';

export const collections = {
  settings: { folder: 'settings', format: 'yaml', schema: settingsSchema },
  categories: { folder: 'categories', format: 'yaml', schema: categorySchema },
  groups: { folder: 'groups', format: 'markdown', schema: groupSchema },
  pages: { folder: 'pages', format: 'markdown', schema: pageSchema },
  decisions: { folder: 'decisions', format: 'markdown', schema: decisionSchema },
  events: { folder: 'events', format: 'markdown', schema: eventSchema },
  news: { folder: 'news', format: 'markdown', schema: newsSchema },
} as const;

export type CollectionName = keyof typeof collections;

export { categorySchema, decisionSchema, eventSchema, groupSchema, newsSchema, pageSchema, settingsSchema };
