/**
 * `robots.txt`: the paths that carry invite links are closed to crawlers, the
 * same list as the `X-Robots-Tag: noindex` headers.
 */

/**
 * The file's text; `*` at the end of a header path becomes a robots.txt prefix.
 * @example robotsTxt(['/groupes/*'], 'https://coop.example/sitemap-index.xml')
 *   → 'User-agent: *\nDisallow: /groupes/\n\nSitemap: https://coop.example/sitemap-index.xml\n'
 */
export function robotsTxt(closedPaths: readonly string[], sitemapUrl: string): string {
  const disallow = closedPaths.map((path) => `Disallow: ${path.replace(/\*$/, '')}`);
  return ['User-agent: *', ...disallow, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
