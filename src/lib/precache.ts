/**
 * What the pocket copy holds: the pages a member needs in a cellar with no
 * network, and the files those pages use, read from the built HTML. The build
 * (src/integrations/precache.ts) feeds this with the content and `dist/`; the
 * list is never written by hand. Pure: plain data in, plain data out.
 */
import { upcomingDates, type AgendaEvent } from './agenda';
import { addDays } from './civil-date';
import { routes } from './routes';
import { importanceLevels, type Importance } from '../data/groups';
export { PRECACHE_BUDGET } from '../data/offline';

/** How far ahead event pages are kept: the next shifts and meetings, not all history. */
export const PRECACHE_WEEKS = 8;

/** The groups' importance for a newcomer, most needed first (src/data/groups.ts). */
const importanceOrder: readonly string[] = importanceLevels;

export interface PrecacheModel {
  groups: readonly { id: string; archived: boolean; importance: Importance }[];
  guide: readonly string[];
  hasCharter: boolean;
  events: readonly { id: string; data: AgendaEvent }[];
  /** Local wall-clock time of the build, `YYYY-MM-DDTHH:mm`. */
  now: string;
  horizonMonths: number;
}

export interface PrecachePages {
  /** Kept whatever the budget: the home page, the directory, the offline page and the lists it links to. */
  core: string[];
  /** In order of need: the guide's chapters, the essential groups, the events by date, the other groups. */
  more: string[];
}

/**
 * The pages kept for offline use: home, directory and every group page, guide,
 * charter, agenda and the events of the next PRECACHE_WEEKS weeks, the news
 * list and the offline page itself.
 * @example precachePages({ groups: [{ id: 'volants', archived: false, importance: 'essentiel' }], guide: ['bienvenue'], hasCharter: true, events: [], now: '2026-11-21T12:00', horizonMonths: 6 })
 *   → { core: ['/', '/groupes/', '/hors-connexion/', '/guide/', '/charte/', '/agenda/', '/annonces/'], more: ['/guide/bienvenue/', '/groupes/volants/'] }
 */
export function precachePages(model: PrecacheModel): PrecachePages {
  const until = addDays(model.now.slice(0, 10), PRECACHE_WEEKS * 7);
  const clock = { now: model.now, horizonMonths: model.horizonMonths };
  const soon = model.events
    .map((e) => ({ id: e.id, next: upcomingDates(e.data, clock)[0]?.start.slice(0, 10) }))
    .filter((e): e is { id: string; next: string } => e.next !== undefined && e.next <= until)
    .sort((a, b) => a.next.localeCompare(b.next));
  const rank = (g: { importance: Importance }) => importanceOrder.indexOf(g.importance);
  const groups = model.groups.filter((g) => !g.archived).sort((a, b) => rank(a) - rank(b));
  const groupsOf = (essential: boolean) => groups.filter((g) => (rank(g) === 0) === essential).map((g) => routes.group(g.id));
  return {
    core: [routes.home, routes.groups, routes.offline, routes.guide, ...(model.hasCharter ? [routes.charter] : []), routes.agenda, routes.news],
    more: [...model.guide.map((id) => routes.chapter(id)), ...groupsOf(true), ...soon.map((e) => routes.event(e.id)), ...groupsOf(false)],
  };
}

/** A page of the pocket copy with its compressed weight and the files it loads (with theirs). */
export interface WeighedPage {
  url: string;
  bytes: number;
  files: readonly { url: string; bytes: number }[];
}

/**
 * The pages that fit the budget: the core pages always, then the others in
 * order until the next one would pass it. A file several pages load counts once.
 * @example fitBudget([{ url: '/', bytes: 5, files: [] }], [{ url: '/a/', bytes: 4, files: [] }, { url: '/b/', bytes: 1, files: [] }], 8)
 *   → { kept: ['/'], left: ['/a/', '/b/'] }
 */
export function fitBudget(core: readonly WeighedPage[], more: readonly WeighedPage[], budget: number): { kept: string[]; left: string[] } {
  const counted = new Set<string>();
  let total = 0;
  const cost = (page: WeighedPage) =>
    (counted.has(page.url) ? 0 : page.bytes) + page.files.filter((f) => !counted.has(f.url)).reduce((sum, f) => sum + f.bytes, 0);
  const take = (page: WeighedPage) => {
    total += cost(page);
    for (const url of [page.url, ...page.files.map((f) => f.url)]) counted.add(url);
  };
  core.forEach(take);
  let fitting = 0;
  for (const page of more) {
    if (total + cost(page) > budget) break;
    take(page);
    fitting += 1;
  }
  return { kept: [...core, ...more.slice(0, fitting)].map((p) => p.url), left: more.slice(fitting).map((p) => p.url) };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
const local = (url: string | undefined): url is string => url !== undefined && url.startsWith('/') && !url.startsWith('//');

/**
 * The site's own files a built page loads: stylesheets, icons and manifest,
 * scripts and the modules they preload, and images. Other origins never
 * appear (the privacy gate fails the build's tests on one), and are skipped.
 * @example pageFiles('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><img src="/media/c.svg" alt="">')
 *   → ['/_astro/a.css', '/_astro/b.js', '/media/c.svg']
 */
export function pageFiles(html: string): string[] {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    if (/\b(stylesheet|icon|manifest|modulepreload|apple-touch-icon)\b/.test(rel) && local(href)) files.add(href);
  }
  for (const [tag] of html.matchAll(/<(script|img)\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (local(src)) files.add(src);
  }
  return [...files].map((url) => url.replace(/[?#].*$/, ''));
}

/**
 * The modules a built script imports by path (Astro's chunks), resolved against the script's own address.
 * @example scriptImports('import{a}from"./chunk.X.js";', '/_astro/page.Y.js') → ['/_astro/chunk.X.js']
 */
export function scriptImports(code: string, from: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)].map((m) => new URL(m[1] ?? '', `http://site${from}`).pathname);
}

/** The icons a web manifest names. */
export function manifestIcons(manifest: { icons?: readonly { src?: string }[] }): string[] {
  return (manifest.icons ?? []).map((icon) => icon.src).filter(local);
}

export interface PrecacheEntry {
  url: string;
  /** A hash of the file: a file whose revision is unchanged is not fetched again after a new build. */
  revision: string;
}

/**
 * The service worker file: the precache list, this build's version and the
 * offline page's address, then the worker's code.
 * @example workerScript([{ url: '/', revision: 'ab12' }], 'v1', 'self.addEventListener(…)') → 'const BABILLARD_PRECACHE = [{"url":"/","revision":"ab12"}];\n…'
 */
export function workerScript(entries: readonly PrecacheEntry[], version: string, code: string): string {
  return [
    '// Generated by the build (src/integrations/precache.ts) from dist/; do not edit.',
    `const BABILLARD_PRECACHE = ${JSON.stringify(entries)};`,
    `const BABILLARD_VERSION = ${JSON.stringify(version)};`,
    `const BABILLARD_OFFLINE = ${JSON.stringify(routes.offline)};`,
    code,
  ].join('\n');
}
