import { defineCollection } from 'astro:content';
import { contentLoader } from './integrations/content-loader';
import { config } from './config';
import { categorySchema, decisionSchema, eventSchema, groupSchema, newsSchema, pageSchema, sectionSchema, settingsSchema } from './schemas/index';

/**
 * Astro collections over `content/`: our own loader per collection (the files
 * the content check accepted, parsed the same way) + its schema from
 * src/schemas. Schemas are named one by one so Astro infers the types.
 */
export const collections = {
  settings: defineCollection({ loader: contentLoader('settings', config.contentDir), schema: settingsSchema }),
  categories: defineCollection({ loader: contentLoader('categories', config.contentDir), schema: categorySchema }),
  groups: defineCollection({ loader: contentLoader('groups', config.contentDir), schema: groupSchema }),
  pages: defineCollection({ loader: contentLoader('pages', config.contentDir), schema: pageSchema }),
  decisions: defineCollection({ loader: contentLoader('decisions', config.contentDir), schema: decisionSchema }),
  events: defineCollection({ loader: contentLoader('events', config.contentDir), schema: eventSchema }),
  news: defineCollection({ loader: contentLoader('news', config.contentDir), schema: newsSchema }),
  sections: defineCollection({ loader: contentLoader('sections', config.contentDir), schema: sectionSchema }),
};
