import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { baseHeaders, formatHeaders, noindexRule, type HeaderRule } from '../lib/headers';
import { noindexPaths } from '../lib/indexing';

/** The header rules of the built site; the README's nginx and Caddy snippets come from the same list. */
export function headerRules(): HeaderRule[] {
  return [{ path: '/*', headers: baseHeaders() }, ...noindexPaths.map(noindexRule)];
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
