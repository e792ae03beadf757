import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerRules } from '../../src/integrations/headers';
import { inlineScript, inlineStyle, themeFromContent } from '../../src/integrations/inline-assets';
import { cspHash } from '../../src/lib/inline';
import { adminPolicy, formatCaddy, formatHeaders, formatNginx, headersFor, searchPolicy, sitePolicy } from '../../src/lib/headers';
import { parseHeadersFile, servedHeaders } from '../support/serve';

const rules = headerRules();
/** Paths of every kind the site serves, including the folders with their own rules. */
const samplePaths = [
  '/',
  '/groupes.json',
  '/index.html',
  '/404.html',
  '/theme.css',
  '/groupes/',
  '/groupes/accueil/',
  '/guide/bienvenue/',
  '/agenda/',
  '/annonces/x/',
  '/recherche/',
  '/pagefind/pagefind.js',
  '/admin/',
  '/admin/config.yml',
  '/media/logo.svg',
  '/_astro/members.Ab12Cd34.js',
];

/** What nginx does with the generated snippet: the longest matching `location` prefix, its `add_header` lines only. */
function nginxHeaders(snippet: string, path: string): Record<string, string> {
  const locations = [...snippet.matchAll(/^location (= )?(\S+) \{\n([\s\S]*?)\n\}/gm)].map((m) => ({
    exact: Boolean(m[1]),
    prefix: m[2] ?? '',
    headers: Object.fromEntries(
      [...(m[3] ?? '').matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map((h) => [h[1], (h[2] ?? '').replace(/\\"/g, '"')]),
    ),
  }));
  // nginx: an exact `location =` wins outright, else the longest prefix.
  const best =
    locations.find((l) => l.exact && l.prefix === path) ??
    locations.filter((l) => !l.exact && path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return best?.headers ?? {};
}

/** What Caddy does with the generated snippet: every `header` block whose named matcher matches; there must be exactly one. */
function caddyHeaders(snippet: string, path: string): Record<string, string> {
  const matchers = new Map(
    [...snippet.matchAll(/^@(\w+) \{\n([\s\S]*?)\n\}/gm)].map((m) => {
      const body = m[2] ?? '';
      const include = /^\tpath (.+)$/m.exec(body)?.[1]?.split(' ') ?? [];
      const exclude = /^\tnot path (.+)$/m.exec(body)?.[1]?.split(' ') ?? [];
      const hit = (patterns: string[]) => patterns.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p));
      return [m[1], hit(include) && !hit(exclude)] as const;
    }),
  );
  const blocks = [...snippet.matchAll(/^header @(\w+) \{\n([\s\S]*?)\n\}/gm)].filter((m) => matchers.get(m[1] ?? ''));
  if (blocks.length !== 1) throw new Error(`Caddy: ${blocks.length} header blocks apply to ${path}, expected exactly one`);
  return Object.fromEntries([...(blocks[0]?.[2] ?? '').matchAll(/^\t(\S+) "((?:[^"\\]|\\.)*)"$/gm)].map((h) => [h[1], (h[2] ?? '').replace(/\\"/g, '"')]));
}

const csp = (headers: Record<string, string>) => headers['Content-Security-Policy'] ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it('public pages: only our own files and the inline texts they carry, by hash; no eval, no plugin, no framing', () => {
    const policy = csp(headersFor(rules, '/groupes/accueil/'));
    const theme = themeFromContent();
    const stylesheets = (['site', 'directory', 'print'] as const).map((name) => cspHash(inlineStyle(name, theme)));
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${cspHash(inlineScript('members'))} ${cspHash(inlineScript('urgent'))}`);
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${stylesheets.join(' ')}`);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('no policy anywhere lets inline script run or loads script from another origin', () => {
    for (const policy of [sitePolicy, searchPolicy, adminPolicy]) {
      const scripts = policy['script-src'] ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((s) => /^(https?:|\*|data:|blob:)/.test(s))).toEqual([]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
    }
  });

  it('the search page may compile WebAssembly, and only it; the admin exception stays under /admin/', () => {
    expect(csp(headersFor(rules, '/recherche/'))).toContain("'wasm-unsafe-eval'");
    expect(csp(headersFor(rules, '/'))).not.toContain('wasm-unsafe-eval');
    expect(csp(headersFor(rules, '/admin/'))).toContain("'unsafe-eval'");
    for (const path of samplePaths.filter((p) => !p.startsWith('/admin/') && !p.startsWith('/media/')))
      expect(csp(headersFor(rules, path))).not.toMatch(/'unsafe-(eval|inline)'/);
  });

  it('a medium opened on its own (an SVG) runs nothing and loads nothing, in a sandbox', () => {
    const policy = csp(headersFor(rules, '/media/logo.svg'));
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/(^|; )sandbox($|;)/);
    expect(policy).not.toMatch(/script-src|'unsafe-eval'|connect-src/);
    expect(headersFor(rules, '/media/logo.svg')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('caching', () => {
  it('built files, whose names change with their content, are kept a year; pages are not', () => {
    expect(headersFor(rules, '/_astro/copy-link.Ab12Cd34.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/groupes/', '/theme.css', '/media/logo.svg']) expect(headersFor(rules, path)['Cache-Control'], path).toBeUndefined();
  });
});

describe('other security headers', () => {
  it('every response: no sniffing, no referrer, no framing, powerful features off', () => {
    for (const path of samplePaths) {
      const headers = headersFor(rules, path);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('no-referrer');
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      expect(headers['Permissions-Policy'], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
  });

  it('pages with invite links and the CMS stay out of search engines, the rest does not', () => {
    expect(headersFor(rules, '/groupes/accueil/')['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(headersFor(rules, '/admin/')['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(headersFor(rules, '/guide/bienvenue/')['X-Robots-Tag']).toBeUndefined();
  });
});

describe('one list of rules, three host formats', () => {
  const served = parseHeadersFile(formatHeaders(rules));
  const nginx = formatNginx(rules);
  const caddy = formatCaddy(rules);

  it.each(samplePaths)('%s gets the same headers from _headers, nginx and Caddy', (path) => {
    const expected = servedHeaders(served, path);
    expect(Object.keys(expected).length).toBeGreaterThan(4);
    expect(headersFor(rules, path)).toEqual(expected);
    expect(nginxHeaders(nginx, path)).toEqual(expected);
    expect(caddyHeaders(caddy, path)).toEqual(expected);
  });

  it('the README shows the snippets exactly as generated (npm run headers prints them)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme, 'README nginx snippet is stale: run `npm run headers -- --readme`').toContain(`\`\`\`nginx\n${nginx}\`\`\``);
    expect(readme, 'README Caddy snippet is stale: run `npm run headers -- --readme`').toContain(`\`\`\`caddy\n${caddy}\`\`\``);
  });
});
