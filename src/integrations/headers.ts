import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { config } from '../config.ts';
import { backendFrom, backendOrigins } from '../lib/cms-backend.ts';
import {
  adminPolicyFor,
  baseHeaders,
  cspRule,
  formatCaddy,
  formatHeaders,
  formatNginx,
  mediaPolicy,
  noindexRule,
  searchPolicy,
  sitePolicy,
  withInline,
  type HeaderRule,
} from '../lib/headers.ts';
import { inlineHashes, themeFromContent, type Theme } from './inline-assets.ts';
import { noindexPaths } from '../lib/indexing.ts';

/**
 * The header rules of the built site, general first; a later rule replaces a
 * same-name header of an earlier one (see src/lib/headers.ts). The README's
 * nginx and Caddy snippets come from this same list.
 */
export function headerRules(theme: Theme = themeFromContent()): HeaderRule[] {
  // The pages' inline stylesheet and unlock script, by hash (src/integrations/inline-assets.ts).
  const inline = inlineHashes(theme);
  return [
    { path: '/*', headers: baseHeaders(withInline(sitePolicy, inline)) },
    // Pagefind's WebAssembly index reader: the search page, and its worker under /pagefind/
    // (a worker gets the CSP of its own script's response).
    cspRule('/recherche/*', withInline(searchPolicy, inline)),
    cspRule('/pagefind/*', searchPolicy),
    // Built files have a hash in their names: a new build writes new names, so browsers may keep them for a year.
    { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: '/styles/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // The co-op's media, opened on their own: inert (an SVG can hold scripts; the build refuses those too).
    cspRule('/media/*', mediaPolicy),
    // The admin exception: Decap CMS needs a looser policy, on its own path only.
    cspRule('/admin/*', adminPolicyFor(backendOrigins(backendFrom(config.cms)))),
    // Invite links and the CMS stay out of search engines (one list, also read by robots.txt and the sitemap).
    ...noindexPaths.map(noindexRule),
  ];
}

/** Writes `_headers` next to the built pages (Astro skips `_` files in src/pages). */
export function headersFile(): AstroIntegration {
  return {
    name: 'babillard:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), formatHeaders(headerRules()));
      },
    },
  };
}

/**
 * The README with its nginx and Caddy snippets replaced by these rules' (the
 * policy carries the hashes of the pages' inline texts, so they follow the CSS).
 */
export function readmeWithSnippets(readme: string, rules: readonly HeaderRule[]): string {
  return readme
    .replace(/```nginx\n# Generated[\s\S]*?```/, `\`\`\`nginx\n${formatNginx(rules)}\`\`\``)
    .replace(/```caddy\n# Generated[\s\S]*?```/, `\`\`\`caddy\n${formatCaddy(rules)}\`\`\``);
}

/**
 * `npm run headers` prints the three forms, for a host set up by hand (the README shows them);
 * `npm run headers -- --readme` rewrites the README's snippets; `-- nginx` or `-- caddy` prints one form only.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = headerRules();
  const args = process.argv.slice(2);
  if (args.includes('--readme')) writeFileSync('README.md', readmeWithSnippets(readFileSync('README.md', 'utf8'), rules));
  else if (args.includes('nginx')) process.stdout.write(formatNginx(rules));
  else if (args.includes('caddy')) process.stdout.write(formatCaddy(rules));
  else process.stdout.write(`# _headers\n${formatHeaders(rules)}\n# nginx\n${formatNginx(rules)}\n# Caddy\n${formatCaddy(rules)}`);
}
