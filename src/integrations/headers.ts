import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { baseHeaders, formatHeaders, noindexRule, type HeaderRule } from '../lib/headers';

/** Every path whose pages or files carry invite links (the directory, group and platform pages, the open data); robots.txt closes the same. */
export const inviteLinkPaths = ['/groupes/*', '/groupes.json'];

/** The header rules of the built site; the README's nginx and Caddy snippets come from the same list. */
export function headerRules(): HeaderRule[] {
  return [{ path: '/*', headers: baseHeaders() }, ...inviteLinkPaths.map(noindexRule)];
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
