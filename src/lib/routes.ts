/**
 * Every address the site builds, spelled once. Pages link through these
 * builders, and the content check uses `sitePages` to tell a volunteer that a
 * link written in a file leads nowhere, before anything is built.
 */

export const routes = {
  home: '/',
  groups: '/groupes/',
  group: (id: string) => `/groupes/${id}/`,
  platform: (id: string) => `/groupes/plateforme/${id}/`,
  health: '/groupes/sante/',
  groupsJson: '/groupes.json',
  posters: '/affiches/',
  poster: (id: string) => `/affiches/${id}/`,
  /** The posters of groups beyond the first batch: /affiches/lot/2/ holds the second. */
  posterBatch: (n: number) => (n <= 1 ? '/affiches/' : `/affiches/lot/${n}/`),
  guide: '/guide/',
  chapter: (id: string) => `/guide/${id}/`,
  charter: '/charte/',
  agenda: '/agenda/',
  archives: '/agenda/archives/',
  subscribe: '/agenda/abonnement/',
  allFeed: '/agenda.ics',
  /** The same feeds with a reminder the day before: beside their page's folder, so no id can take their name. */
  allReminderFeed: '/agenda-rappel.ics',
  event: (id: string) => `/agenda/${id}/`,
  eventFeed: (id: string) => `/agenda/${id}.ics`,
  /** One date of a series on its event's page (`date` is the date the rule gave it, `YYYY-MM-DD`). */
  occurrence: (id: string, date: string) => `/agenda/${id}/#${occurrenceAnchor(date)}`,
  /** That one date alone, for « Ajouter à mon agenda ». */
  occurrenceFeed: (id: string, date: string) => `/agenda/${id}/${date}.ics`,
  type: (id: string) => `/agenda/type/${id}/`,
  typeFeed: (id: string) => `/agenda/type/${id}.ics`,
  typeReminderFeed: (id: string) => `/agenda/type/${id}/rappel.ics`,
  organiser: (id: string) => `/agenda/groupe/${id}/`,
  organiserFeed: (id: string) => `/agenda/groupe/${id}.ics`,
  organiserReminderFeed: (id: string) => `/agenda/groupe/${id}/rappel.ics`,
  news: '/annonces/',
  newsItem: (id: string) => `/annonces/${id}/`,
  tag: (tag: string) => `/annonces/etiquettes/${tag}/`,
  rss: '/annonces/rss.xml',
  /** The digest of the coming days, ready to paste into the announcements channel (noindex, not in the menu). */
  digest: '/annonces/a-partager/',
  page: (id: string) => `/${id}/`,
  search: '/recherche/',
  admin: '/admin/',
  /** Sections and zones: built only when content/sections/ has files. */
  sections: '/sections/',
  section: (id: string) => `/sections/${id}/`,
  sectionGroups: (id: string) => `/groupes/section/${id}/`,
  sectionAgenda: (id: string) => `/agenda/section/${id}/`,
  sectionFeed: (id: string) => `/agenda/section/${id}.ics`,
  sectionNews: (id: string) => `/annonces/section/${id}/`,
  sectionRss: (id: string) => `/annonces/section/${id}/rss.xml`,
  sectionPosters: (id: string) => `/affiches/section/${id}/`,
  /** The guide, the rules, the charter and the directory as one print-ready A5 booklet. */
  booklet: '/livret/',
  /** What the service worker shows, without network, for a page it does not hold. */
  offline: '/hors-connexion/',
  /** The service worker: at the root, so that its scope is the whole site. */
  serviceWorker: '/sw.js',
  /** A stylesheet served as a file, by its hashed name (src/integrations/inline-assets.ts). */
  stylesheet: (file: string) => `/styles/${file}`,
  /** The square PNG icons of the installed site (web manifest, iPhone home screen). */
  icon: (size: number) => `/icon-${size}.png`,
} as const;

/**
 * The anchor of one date of a series on its event's page.
 * @example occurrenceAnchor('2026-12-12') → 'date-2026-12-12'
 */
export function occurrenceAnchor(date: string): string {
  return `date-${date}`;
}

/** Group posters per page of /affiches/: 30 posters and their cards stay well under 1 MB of HTML. */
export const POSTERS_PER_BATCH = 30;

/** How many pages of posters a directory of `groups` groups needs (at least one). */
export const posterBatchCount = (groups: number) => Math.max(1, Math.ceil(groups / POSTERS_PER_BATCH));

/** Top-level names a free page (`/<id>/`) must not take: the site's own sections and files. */
export const reservedPageIds = [
  'groupes',
  'guide',
  'agenda',
  'annonces',
  'charte',
  'affiches',
  'recherche',
  'admin',
  'media',
  'pagefind',
  '404',
  'livret',
  'hors-connexion',
  'sw.js',
  'sections',
  'styles',
];
/** Names under /groupes/ taken by directory pages. */
export const reservedGroupIds = ['sante', 'plateforme', 'section'];
/** Names under /affiches/ taken by poster pages (a group named so would lose its poster). */
export const reservedPosterIds = ['lot', 'section'];
/** Names under /annonces/ taken by pages of the news. */
export const reservedNewsIds = ['etiquettes', 'a-partager', 'section'];
/** Names under /agenda/ taken by agenda pages. */
export const reservedEventIds = ['archives', 'abonnement', 'type', 'groupe', 'section'];

/** What the check needs to know of the content to list the pages. */
export interface SiteModel {
  groups: readonly { id: string; platforms: readonly string[]; archived: boolean; headings: readonly string[] }[];
  categories: readonly string[];
  guide: readonly { id: string; headings: readonly string[] }[];
  charter?: { headings: readonly string[]; decisions: readonly string[] } | undefined;
  pages: readonly { id: string; headings: readonly string[] }[];
  events: readonly { id: string; organiser?: string | undefined; headings: readonly string[] }[];
  types: readonly string[];
  /** Published news only: an item dated later is not built yet. */
  news: readonly { id: string; tags: readonly string[]; headings: readonly string[] }[];
  /** The sections' ids (none: no section page is built). */
  sections?: readonly string[] | undefined;
}

/** The anchors of a page, or `any` for a page whose anchors the check does not list. */
export type Anchors = ReadonlySet<string> | 'any';

/**
 * Every page and file the build writes, with the anchors a link may aim at.
 * Anchors are listed for the pages built from Markdown (their headings, plus the
 * ids the page itself adds); other generated pages accept any anchor.
 * @example sitePages({ guide: [{ id: 'bienvenue', headings: ['le-magasin'] }], … }).get('/guide/bienvenue/') → Set { 'le-magasin', … }
 */
export function sitePages(model: SiteModel): Map<string, Anchors> {
  const pages = new Map<string, Anchors>();
  const add = (path: string, anchors: Anchors = 'any') => pages.set(path, anchors);
  const set = (...lists: (readonly string[])[]) => new Set(lists.flat());
  for (const path of [
    routes.home,
    routes.health,
    routes.groupsJson,
    routes.posters,
    routes.guide,
    routes.agenda,
    routes.archives,
    routes.subscribe,
    routes.allFeed,
    routes.allReminderFeed,
    routes.news,
    routes.rss,
    routes.digest,
    routes.search,
    routes.admin,
    routes.booklet,
    routes.offline,
    routes.serviceWorker,
  ])
    add(path);
  for (const file of [
    '/robots.txt',
    '/manifest.webmanifest',
    '/favicon.svg',
    '/theme.css',
    '/sitemap-index.xml',
    '/404.html',
    routes.icon(192),
    routes.icon(512),
  ])
    add(file);
  const visible = model.groups.filter((g) => !g.archived);
  add(
    routes.groups,
    set(
      model.categories,
      visible.map((g) => `groupe-${g.id}`),
      ['pour-moi'],
    ),
  );
  for (const group of visible) {
    add(routes.group(group.id), set(group.headings, ['rejoindre', 'regles', 'infos']));
    add(routes.poster(group.id));
  }
  for (let n = 2; n <= posterBatchCount(visible.length); n++) add(routes.posterBatch(n));
  for (const platform of new Set(visible.flatMap((g) => g.platforms))) add(routes.platform(platform));
  for (const chapter of model.guide) add(routes.chapter(chapter.id), set(chapter.headings, ['sommaire-guide']));
  if (model.charter) {
    add(
      routes.charter,
      set(
        model.charter.headings,
        ['sommaire', 'decisions'],
        model.charter.decisions.map((id) => `decision-${id}`),
      ),
    );
  }
  for (const page of model.pages) add(routes.page(page.id), set(page.headings));
  for (const event of model.events) {
    add(routes.event(event.id), set(event.headings, ['prochaines-dates']));
    add(routes.eventFeed(event.id));
  }
  for (const type of model.types) {
    add(routes.type(type));
    add(routes.typeFeed(type));
    add(routes.typeReminderFeed(type));
  }
  for (const organiser of new Set(model.events.map((e) => e.organiser).filter((id): id is string => id !== undefined))) {
    add(routes.organiser(organiser));
    add(routes.organiserFeed(organiser));
    add(routes.organiserReminderFeed(organiser));
  }
  for (const item of model.news) add(routes.newsItem(item.id), set(item.headings));
  for (const tag of new Set(model.news.flatMap((n) => n.tags))) add(routes.tag(tag));
  const sections = model.sections ?? [];
  if (sections.length > 0) add(routes.sections);
  for (const id of sections) {
    for (const path of [
      routes.section(id),
      routes.sectionGroups(id),
      routes.sectionAgenda(id),
      routes.sectionFeed(id),
      routes.sectionNews(id),
      routes.sectionRss(id),
      routes.sectionPosters(id),
    ])
      add(path);
  }
  return pages;
}

/**
 * The page a site path names, in the form `sitePages` lists it: `/guide/x`,
 * `/guide/x/` and `/guide/x/index.html` are the same page.
 * @example pageKey('/guide/bienvenue/index.html') → '/guide/bienvenue/'
 * @example pageKey('/agenda.ics') → '/agenda.ics'
 */
export function pageKey(pathname: string): string {
  const path = pathname.replace(/\/index\.html$/, '/');
  if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path.split('/').at(-1) ?? '')) return path;
  return `${path}/`;
}
