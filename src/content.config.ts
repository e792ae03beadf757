import { defineCollection } from 'astro:content';
import { contentLoader } from './integrations/content-loader';
import { contentDir } from './paths';
import { categorySchema, decisionSchema, eventSchema, groupSchema, newsSchema, pageSchema, settingsSchema } from './schemas/index';

/**
 * Astro collections over `content/`: our own loader per collection (the files
 * the content check accepted, parsed the same way) + its schema from
 * src/schemas. Schemas are named one by one so Astro infers the types.
 */
export const collections = {
  settings: defineCollection({ loader: contentLoader('settings', contentDir), schema: settingsSchema }),
  categories: defineCollection({ loader: contentLoader('categories', contentDir), schema: categorySchema }),
  groups: defineCollection({ loader: contentLoader('groups', contentDir), schema: groupSchema }),
  pages: defineCollection({ loader: contentLoader('pages', contentDir), schema: pageSchema }),
  decisions: defineCollection({ loader: contentLoader('decisions', contentDir), schema: decisionSchema }),
  events: defineCollection({ loader: contentLoader('events', contentDir), schema: eventSchema }),
  news: defineCollection({ loader: contentLoader('news', contentDir), schema: newsSchema }),
};
