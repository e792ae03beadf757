/**
 * The HTTP headers the site asks its host for. One list of rules is written
 * as a Netlify-style `_headers` file (also read by Cloudflare Pages and our
 * test server) and turned into nginx and Caddy snippets for the README, so
 * every host sends the same headers.
 *
 * Rules are matched like this everywhere: a request gets the headers of every
 * rule whose path matches, in list order, and a later (more specific) rule
 * replaces a header of the same name set by an earlier one. That is how a
 * path such as `/admin/*` gets its own Content-Security-Policy instead of a
 * second one (two CSP headers would both apply, i.e. the strictest wins).
 */

export interface HeaderRule {
  /** `/*` (everything) or a folder `/name/*`; a folder rule replaces same-name headers of `/*`. */
  path: string;
  headers: Record<string, string>;
}

/** A Content-Security-Policy as directive → sources. */
export type CspDirectives = Record<string, readonly string[]>;

/**
 * The public site's policy: only our own files, no inline script or style,
 * no plugin, no framing, forms and `<base>` pinned to the site.
 */
export const sitePolicy: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for small SVG images written into CSS or by components (QR codes); never another origin.
  'img-src': ["'self'", 'data:'],
  // The pocket copy's service worker, /sw.js (default-src says as much; spelled out since it is the one worker).
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The search page runs Pagefind, whose index reader is WebAssembly; browsers
 * only compile WebAssembly under a CSP that says `'wasm-unsafe-eval'` (it does
 * not allow JavaScript `eval`).
 */
export const searchPolicy: CspDirectives = {
  ...sitePolicy,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
};

/**
 * The co-op's media under /media/, for when one is opened on its own (an SVG
 * is then a document): nothing may run or load, not even from the site, and
 * the sandbox gives it an opaque origin of its own. Inline styles stay, since
 * SVG drawings use them; they cannot fetch anything under `default-src 'none'`.
 */
export const mediaPolicy: CspDirectives = {
  'default-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'unsafe-inline'"],
  'frame-ancestors': ["'none'"],
  sandbox: [],
};

/**
 * THE ADMIN EXCEPTION. Decap CMS at `/admin/` is a single-page app bundled
 * from npm: it injects its own styles at run time (emotion), previews images
 * the editor has just picked (blob:), and talks to the git host's API. Those
 * needs are confined to `/admin/*`; the public pages never get them. Tune this
 * policy (and only this one) when the CMS backend changes.
 */
export function adminPolicyFor(gitHostOrigins: readonly string[]): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    // The git host's API, from the same BABILLARD_CMS_* settings as the CMS itself.
    'connect-src': ["'self'", ...gitHostOrigins],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * A policy that also allows the inline texts the pages carry (their one
 * stylesheet, the unlock script), each by its hash: nothing else inline runs.
 * @example withInline(sitePolicy, { styles: ["'sha256-a'"], scripts: [] })['style-src'] → ["'self'", "'sha256-a'"]
 */
export function withInline(policy: CspDirectives, inline: { styles: readonly string[]; scripts: readonly string[] }): CspDirectives {
  return {
    ...policy,
    'script-src': [...(policy['script-src'] ?? []), ...inline.scripts],
    'style-src': [...(policy['style-src'] ?? []), ...inline.styles],
  };
}

/** The admin policy for a CMS on GitHub, as an example and for tests. */
export const adminPolicy: CspDirectives = adminPolicyFor(['https://api.github.com']);

/**
 * @example formatCsp({ 'default-src': ["'self'"], 'object-src': ["'none'"] }) → "default-src 'self'; object-src 'none'"
 */
export function formatCsp(policy: CspDirectives): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** Browser features the site never uses, switched off for it and anything it could embed. */
const deniedFeatures = ['accelerometer', 'browsing-topics', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

/** Headers for every response (`policy`: the site's, with the hashes of its inline texts). */
export function baseHeaders(policy: CspDirectives = sitePolicy): Record<string, string> {
  return {
    'Content-Security-Policy': formatCsp(policy),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    // For browsers that predate the CSP frame-ancestors directive.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * A folder with its own Content-Security-Policy.
 * @example cspRule('/recherche/*', searchPolicy) → { path: '/recherche/*', headers: { 'Content-Security-Policy': "default-src 'self'; …" } }
 */
export function cspRule(path: string, policy: CspDirectives): HeaderRule {
  return { path, headers: { 'Content-Security-Policy': formatCsp(policy) } };
}

/**
 * Pages and files that carry invite links stay out of search engines.
 * @example noindexRule('/groupes/*') → { path: '/groupes/*', headers: { 'X-Robots-Tag': 'noindex, nofollow' } }
 */
export function noindexRule(path: string): HeaderRule {
  return { path, headers: { 'X-Robots-Tag': 'noindex, nofollow' } };
}

/**
 * What a rule path covers: a folder ('/*' → '/', '/admin/*' → '/admin/') or
 * one exact file ('/groupes.json'). Throws on any other shape.
 */
function scopeOf(path: string): { folder: string; exact: boolean } {
  if (path === '/*') return { folder: '/', exact: false };
  const match = /^(\/[^*]+\/)\*$/.exec(path);
  if (match?.[1]) return { folder: match[1], exact: false };
  if (/^\/[^*\s]+[^/*]$/.test(path)) return { folder: path, exact: true };
  throw new Error(`Unsupported header rule path "${path}": use "/*", "/folder/*" or "/exact/file.ext".`);
}

const covers = (rulePath: string, path: string) => {
  const { folder, exact } = scopeOf(rulePath);
  return exact ? path === folder : path.startsWith(folder);
};

/**
 * Headers a request path gets: every matching rule in order, later ones replacing same-name headers.
 * @example headersFor([{ path: '/*', headers: { A: '1' } }, { path: '/x/*', headers: { A: '2' } }], '/x/y/') → { A: '2' }
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (covers(rule.path, path)) Object.assign(headers, rule.headers);
  return headers;
}

/** The distinct folders and files of the rules, each with the full header set a request there gets. */
function scopes(rules: readonly HeaderRule[]): { folder: string; exact: boolean; inner: string[]; headers: Record<string, string> }[] {
  const all = [...new Map(rules.map((rule) => [rule.path, scopeOf(rule.path)])).values()];
  const unique = [...new Map(all.map((scope) => [`${scope.exact}${scope.folder}`, scope])).values()].sort((a, b) => a.folder.localeCompare(b.folder));
  return unique.map(({ folder, exact }) => ({
    folder,
    exact,
    inner: exact
      ? []
      : unique.filter((other) => other.folder !== folder && other.folder.startsWith(folder)).map((other) => (other.exact ? other.folder : `${other.folder}*`)),
    headers: headersFor(rules, folder),
  }));
}

const generatedNote = 'Generated from src/integrations/headers.ts (npm run headers); do not edit by hand.';

/** The `_headers` file text. @example formatHeaders([{ path: '/*', headers: { A: 'b' } }]) → '/*\n  A: b\n' */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      (rule) =>
        `${rule.path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('\n');
}

/**
 * nginx `location` blocks for the `server` block serving `dist/`. nginx picks
 * the longest matching prefix and a location with its own `add_header` does
 * not inherit the server's, so each block repeats its folder's full set.
 */
export function formatNginx(rules: readonly HeaderRule[]): string {
  const blocks = scopes(rules).map(({ folder, exact, headers }) => {
    const lines = Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
    return `location ${exact ? '= ' : ''}${folder} {\n${lines.join('\n')}\n}`;
  });
  return `# ${generatedNote}\n${blocks.join('\n')}\n`;
}

/**
 * Caddy `header` directives for the site block serving `dist/`. Each folder
 * gets a named matcher excluding the folders inside it, so exactly one block
 * applies to a request whatever order Caddy sorts them in.
 */
export function formatCaddy(rules: readonly HeaderRule[]): string {
  const blocks = scopes(rules).map(({ folder, exact, inner, headers }, index) => {
    const matcher = [`\tpath ${folder}${exact ? '' : '*'}`, ...(inner.length ? [`\tnot path ${inner.join(' ')}`] : [])];
    const lines = Object.entries(headers).map(([name, value]) => `\t${name} "${value.replace(/"/g, '\\"')}"`);
    return `@headers${index} {\n${matcher.join('\n')}\n}\nheader @headers${index} {\n${lines.join('\n')}\n}`;
  });
  return `# ${generatedNote}\n${blocks.join('\n')}\n`;
}
