/**
 * The HTTP headers the site asks its host for, written as a Netlify-style
 * `_headers` file (also read by Cloudflare Pages and our test server) and
 * turned into nginx and Caddy snippets for the README.
 */

export interface HeaderRule {
  /** A path pattern; `*` matches anything. */
  path: string;
  headers: Record<string, string>;
}

/** Headers for every response. (The quality-gates issue hardens these.) */
export function baseHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Pages and files that carry invite links stay out of search engines.
 * @example noindexRule('/groupes/*') → { path: '/groupes/*', headers: { 'X-Robots-Tag': 'noindex, nofollow' } }
 */
export function noindexRule(path: string): HeaderRule {
  return { path, headers: { 'X-Robots-Tag': 'noindex, nofollow' } };
}

/** The `_headers` file text. @example formatHeaders([{ path: '/*', headers: { A: 'b' } }]) → '/*\n  A: b\n' */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => `${rule.path}\n${Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`).join('\n');
}
