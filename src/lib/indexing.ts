/**
 * Which pages stay out of search engines. One list, read by the `_headers`
 * file (X-Robots-Tag), robots.txt (Disallow), the pages' robots meta and the
 * sitemap filter, so a page is never both "noindex" and listed in the sitemap.
 */

/** Pages and files with invite links, the volunteers' CMS, the admins' digest of messages to paste, and the offline page (only the service worker shows it). */
export const noindexPaths: readonly string[] = ['/groupes/*', '/groupes.json', '/admin/*', '/annonces/a-partager/*', '/hors-connexion/*'];

/**
 * Whether a path matches one of the patterns.
 * @example isNoindex('/groupes/volants/') → true
 * @example isNoindex('/guide/') → false
 */
export function isNoindex(pathname: string, patterns: readonly string[] = noindexPaths): boolean {
  return patterns.some((pattern) => {
    const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${source}$`).test(pathname);
  });
}
