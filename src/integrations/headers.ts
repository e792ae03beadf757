import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
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
  type HeaderRule,
} from '../lib/headers.ts';
import { noindexPaths } from '../lib/indexing.ts';

/**
 * The header rules of the built site, general first; a later rule replaces a
 * same-name header of an earlier one (see src/lib/headers.ts). The README's
 * nginx and Caddy snippets come from this same list.
 */
export function headerRules(): HeaderRule[] {
  return [
    { path: '/*', headers: baseHeaders() },
    // Pagefind's WebAssembly index reader: the search page, and its worker under /pagefind/
    // (a worker gets the CSP of its own script's response).
    cspRule('/recherche/*', searchPolicy),
    cspRule('/pagefind/*', searchPolicy),
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

/** `npm run headers` prints the three forms, for a host set up by hand (the README shows them). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = headerRules();
  process.stdout.write(`# _headers\n${formatHeaders(rules)}\n# nginx\n${formatNginx(rules)}\n# Caddy\n${formatCaddy(rules)}`);
}
