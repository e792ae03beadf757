/**
 * Where each collection lives under `content/` and how its files are written.
 * The one definition of what the site reads: the collections' loader, the
 * content check (which refuses every other file), the CMS and the import tools
 * all take their folders and extensions from here.
 */
export const contentLayout = {
  settings: { folder: 'settings', format: 'yaml', only: 'site' },
  categories: { folder: 'categories', format: 'yaml' },
  groups: { folder: 'groups', format: 'markdown' },
  pages: { folder: 'pages', format: 'markdown' },
  decisions: { folder: 'decisions', format: 'markdown' },
  events: { folder: 'events', format: 'markdown' },
  news: { folder: 'news', format: 'markdown' },
  sections: { folder: 'sections', format: 'yaml' },
} as const satisfies Record<string, { folder: string; format: ContentFormat; only?: string }>;

export type ContentFormat = 'markdown' | 'yaml';
export type CollectionName = keyof typeof contentLayout;

/** The one extension each format is read with (`.yml` and `.markdown` are refused, not guessed). */
export const extensionOf: Record<ContentFormat, string> = { markdown: 'md', yaml: 'yaml' };

/**
 * Folder names a volunteer may use by mistake (French, singular, accents),
 * mapped to the collection they most likely meant; used to say where a file belongs.
 */
export const folderAliases: Record<string, CollectionName> = {
  reglages: 'settings',
  parametres: 'settings',
  configuration: 'settings',
  config: 'settings',
  setting: 'settings',
  categorie: 'categories',
  category: 'categories',
  groupe: 'groups',
  group: 'groups',
  annuaire: 'groups',
  page: 'pages',
  guide: 'pages',
  charte: 'pages',
  decision: 'decisions',
  evenement: 'events',
  event: 'events',
  agenda: 'events',
  annonce: 'news',
  actualite: 'news',
  actu: 'news',
  nouvelle: 'news',
  antenne: 'sections',
  magasin: 'sections',
  zone: 'sections',
  local: 'sections',
};
