// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { contentGuard } from './src/integrations/content-guard.ts';
import { headersFile } from './src/integrations/headers.ts';
import { contentDir } from './src/paths.ts';

/** The public address comes from the co-op's settings; a broken file is reported by contentGuard. */
function siteUrl() {
  try {
    const settings = /** @type {{ baseUrl?: string }} */ (yaml.load(readFileSync(`${contentDir}/settings/site.yaml`, 'utf8')));
    return settings?.baseUrl ?? 'http://localhost:4321/';
  } catch {
    return 'http://localhost:4321/';
  }
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'ignore',
  // Tests build fixture sites side by side without touching dist/.
  outDir: process.env.BABILLARD_OUT_DIR ?? './dist',
  // The guard runs first so a broken content file stops everything before any output.
  integrations: [contentGuard(), react(), sitemap(), headersFile()],
  build: {
    // External stylesheets only: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
  },
  vite: {
    // Scripts as files, never inlined: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
