import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './paths';
import {
  categorySchema,
  collections as model,
  decisionSchema,
  eventSchema,
  groupSchema,
  newsSchema,
  pageSchema,
  settingsSchema,
  type CollectionName,
} from './schemas/index';

/**
 * Astro collections over `content/`: one folder per collection, one file per
 * entry, validated by the schemas of src/schemas (the same ones the pre-build
 * check and the CMS use). Schemas are named one by one so Astro infers the types.
 */
const files = (name: CollectionName) =>
  glob({ pattern: model[name].format === 'yaml' ? '*.{yaml,yml}' : '*.md', base: `${contentDir}/${model[name].folder}` });

export const collections = {
  settings: defineCollection({ loader: files('settings'), schema: settingsSchema }),
  categories: defineCollection({ loader: files('categories'), schema: categorySchema }),
  groups: defineCollection({ loader: files('groups'), schema: groupSchema }),
  pages: defineCollection({ loader: files('pages'), schema: pageSchema }),
  decisions: defineCollection({ loader: files('decisions'), schema: decisionSchema }),
  events: defineCollection({ loader: files('events'), schema: eventSchema }),
  news: defineCollection({ loader: files('news'), schema: newsSchema }),
};
