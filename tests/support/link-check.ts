import { readFileSync } from 'node:fs';
import { builtPages, fileForPath, sitemapUrls } from './pages.ts';

/**
 * The internal link check of a built site: every `href`, `src`, `srcset`,
 * `action` and `poster` that points into the site must resolve to a built
 * file, and a `#fragment` to an element with that id on the target page.
 * Links to other sites are not fetched (no network in tests).
 */

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** @example decodeEntities('a&amp;b&#39;c') → "a&b'c" */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Every URL-bearing attribute of a page: tag, attribute and the decoded value (srcset split into its URLs). */
export function linksOf(html: string): { tag: string; attribute: string; value: string }[] {
  const found: { tag: string; attribute: string; value: string }[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)\b[^>]*>/g)) {
    for (const match of tag[0].matchAll(/\s(href|src|srcset|action|poster|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      const attribute = match[1] ?? '';
      const value = decodeEntities(match[3] ?? match[4] ?? match[5] ?? '').trim();
      const values = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const v of values) found.push({ tag: (tag[1] ?? '').toLowerCase(), attribute, value: v });
    }
  }
  return found;
}

/** The ids (and `<a name>`) of a page, decoded. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) ids.add(decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return ids;
}

/**
 * Problems with the internal links of a built site, one readable line each
 * (page, element, what is wrong); empty when every link resolves.
 */
export function checkLinks(dist: string): string[] {
  const sitemap = sitemapUrls(dist);
  const siteOrigin = sitemap[0] ? new URL(sitemap[0]).origin : undefined;
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOfFile = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsOf(readFileSync(file, 'utf8'))));
    return ids;
  };
  /** Resolves one address seen on `from`; returns a problem or undefined. */
  const check = (from: string, raw: string): string | undefined => {
    if (raw === '') return 'is empty';
    if (/^javascript:/i.test(raw)) return 'is a javascript: link';
    if (/^(mailto|tel|sms|data|blob):/i.test(raw)) return undefined;
    const url = new URL(raw, `http://site.invalid${from}`);
    const internal = url.origin === 'http://site.invalid' || (siteOrigin !== undefined && url.origin === siteOrigin);
    if (!internal) return undefined;
    const file = fileForPath(dist, url.pathname);
    if (!file) return `points to ${url.pathname}, which is not built`;
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && fragment !== 'top' && file.endsWith('.html') && !idsOfFile(file).has(fragment))
      return `points to #${fragment}, but ${url.pathname} has no element with that id`;
    return undefined;
  };
  for (const page of builtPages(dist)) {
    const html = readFileSync(page.file, 'utf8');
    for (const link of linksOf(html)) {
      const problem = check(page.path, link.value);
      if (problem) problems.push(`${page.path}: <${link.tag} ${link.attribute}="${link.value}"> ${problem}`);
    }
  }
  for (const loc of sitemap) {
    const url = new URL(loc);
    if (!fileForPath(dist, url.pathname)) problems.push(`sitemap: ${loc} is not built`);
  }
  return problems;
}
