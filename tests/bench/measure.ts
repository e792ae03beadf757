import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, walkFiles } from '../support/pages.ts';

/**
 * Sizes of a built site, for the benchmark table and the size budgets: what
 * a visitor downloads per page (HTML, its stylesheets, its scripts and what
 * they import), gzip-compressed as any host serves them.
 */

/** Total bytes of the files under a folder (0 if it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return walkFiles(dir).reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0);
}

/**
 * The kind of page an address is, for grouping.
 * @example pageType('/groupes/accueil/') → 'group page'
 */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return 'home';
  if (path === '/404.html') return '404';
  const sections: Record<string, [string, string]> = {
    groupes: ['directory', 'group page'],
    guide: ['guide index', 'guide chapter'],
    agenda: ['agenda', 'event page'],
    annonces: ['news list', 'news item'],
  };
  const section = sections[first ?? ''];
  if (section) {
    if (!second) return section[0];
    if (first === 'agenda' && second === 'archives') return 'agenda';
    if (first === 'annonces' && second === 'etiquettes') return 'news list';
    return third ? `${first} other` : section[1];
  }
  if (first === 'charte') return 'charter';
  if (first === 'admin') return 'admin';
  if (first === 'recherche') return 'search';
  // Posters: a print tool whose page may redraw the shop poster's QR code with the members' key.
  if (first === 'affiches') return 'posters';
  // The booklet: a print document, like the posters (no service worker, no menu).
  if (first === 'livret') return 'booklet';
  if (first === 'hors-connexion') return 'offline page';
  return parts.length === 1 ? 'free page' : `${first} other`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** The stylesheets and scripts a page loads from the site (following static imports between scripts). */
export function assetsOf(dist: string, html: string): { css: string[]; js: string[]; inlineJs: number } {
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="stylesheet"/.test(tag))
    .map((tag) => attr(tag, 'href') ?? '')
    .filter((href) => href.startsWith('/'));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="modulepreload"/.test(tag))
    .map((tag) => attr(tag, 'href') ?? '');
  const js = new Set<string>();
  const queue = [...scripts.map((m) => attr(m[0], 'src') ?? '').filter(Boolean), ...preloads].filter((src) => src.startsWith('/'));
  while (queue.length) {
    const src = queue.shift() ?? '';
    if (js.has(src) || !existsSync(join(dist, src))) continue;
    js.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) queue.push(new URL(m[1] ?? '', `http://x${src}`).pathname);
  }
  const inlineJs = scripts
    .filter((m) => !attr(m[0], 'src') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .reduce((sum, m) => sum + Buffer.byteLength(m[2] ?? ''), 0);
  return { css, js: [...js], inlineJs };
}

/** Bytes of JavaScript a page makes the browser download and run (raw, not compressed). */
export function jsBytes(dist: string, html: string): number {
  const { js, inlineJs } = assetsOf(dist, html);
  return js.reduce((sum, src) => sum + statSync(join(dist, src)).size, inlineJs);
}

/** A page's weight as downloaded: its HTML, stylesheets and scripts, each gzip-compressed. */
export function compressedWeight(dist: string, file: string): number {
  const html = readFileSync(file);
  const { css, js } = assetsOf(dist, html.toString('utf8'));
  return [html, ...[...css, ...js].map((href) => readFileSync(join(dist, href)))].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
}

/**
 * The pocket copy's precache: the list the build wrote into /sw.js, and what a
 * phone downloads to fill it (each file gzip-compressed, as hosts serve them).
 */
export function precacheOf(dist: string): { files: number; bytes: number } {
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return { files: 0, bytes: 0 };
  const list = /const BABILLARD_PRECACHE = (\[.*?\]);\n/.exec(readFileSync(worker, 'utf8'))?.[1] ?? '[]';
  const urls = (JSON.parse(list) as { url: string }[]).map((entry) => entry.url);
  const fileOf = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
  return { files: urls.length, bytes: urls.reduce((sum, url) => sum + gzipSync(readFileSync(fileOf(url)), { level: 9 }).length, 0) };
}

export interface SiteSizes {
  pages: number;
  distBytes: number;
  searchIndexBytes: number;
  largestPage: { path: string; bytes: number };
  /** The most JavaScript any page of each type ships, in bytes. */
  jsByType: Record<string, number>;
  /** /groupes/ with its CSS and JS, gzip. */
  directoryBytes: number;
  /** The service worker's precache, gzip. */
  precache: { files: number; bytes: number };
}

/** Everything the benchmark prints about one built site. */
export function measureSite(dist: string): SiteSizes {
  const pages = builtPages(dist);
  let largestPage = { path: '', bytes: 0 };
  const jsByType: Record<string, number> = {};
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const bytes = Buffer.byteLength(html);
    if (bytes > largestPage.bytes) largestPage = { path: page.path, bytes };
    const type = pageType(page.path);
    jsByType[type] = Math.max(jsByType[type] ?? 0, jsBytes(dist, html));
  }
  const directory = join(dist, 'groupes', 'index.html');
  return {
    pages: pages.length,
    distBytes: folderBytes(dist),
    searchIndexBytes: folderBytes(join(dist, 'pagefind')),
    largestPage,
    jsByType,
    directoryBytes: existsSync(directory) ? compressedWeight(dist, directory) : 0,
    precache: precacheOf(dist),
  };
}
