import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The pages of a built site, found by walking `dist/` (so the 404 page and
 * pages missing from the sitemap are swept too), for the quality gates.
 */

export interface BuiltPage {
  /** The address a browser asks for: `/`, `/groupes/`, `/404.html`. */
  path: string;
  /** The HTML file on disk. */
  file: string;
}

/** Folders of generated assets, not pages. */
const assetFolders = new Set(['_astro', 'pagefind']);

/** Every file under a folder, relative paths with `/`. */
export function walkFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walkFiles(dir, rel) : [rel];
  });
}

/**
 * @example pathOfFile('groupes/accueil/index.html') → '/groupes/accueil/'
 * @example pathOfFile('404.html') → '/404.html'
 */
export function pathOfFile(rel: string): string {
  const path = `/${rel.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page of a built site, sorted by address. */
export function builtPages(dist: string): BuiltPage[] {
  return walkFiles(dist)
    .filter((rel) => rel.endsWith('.html') && !assetFolders.has(rel.split('/')[0] ?? ''))
    .map((rel) => ({ path: pathOfFile(rel), file: join(dist, rel) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a same-site address is served from, as a static host does it
 * (`/x/` → `x/index.html`, `/x` → `x` or `x/index.html`); undefined if none.
 */
export function fileForPath(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (!relative(dist, file).startsWith('..') && existsSync(file)) {
    if (!statSync(file).isDirectory()) return file;
    if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  }
  return undefined;
}

/** The `<loc>` addresses of the sitemap(s), if the site has one. */
export function sitemapUrls(dist: string): string[] {
  return walkFiles(dist)
    .filter((rel) => /^sitemap-\d+\.xml$/.test(rel))
    .flatMap((rel) => [...readFileSync(join(dist, rel), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
}

/** Path segments that name a page of their own, not an entry (`/groupes/plateforme/…`, `/agenda/type/…`). */
const fixedSegments = new Set(['a-partager', 'plateforme', 'sante', 'type', 'groupe', 'archives', 'abonnement', 'etiquettes', 'lot', 'section']);

/**
 * The template a page is built from, its entries' ids replaced by `:id`.
 * @example templateOf('/groupes/accueil/') → '/groupes/:id/'
 * @example templateOf('/agenda/type/formation/') → '/agenda/type/:id/'
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const shape = parts.map((part, i) => (i === 0 || fixedSegments.has(part) ? part : ':id'));
  return `/${shape.join('/')}${path.endsWith('/') && parts.length ? '/' : ''}`;
}
