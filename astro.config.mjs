// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { localEditing } from './admin/local/integration.ts';
import { adminProductionBundle } from './admin/production-bundle.ts';
import { siteOrigins } from './admin/local/paths.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { finishBuild } from './src/integrations/finish-build.ts';
import { headersFile } from './src/integrations/headers.ts';
import { isNoindex } from './src/lib/indexing.ts';
import { config } from './src/config.ts';

/** The public address comes from the co-op's settings; a broken file is reported by contentGuard. */
function siteUrl() {
  try {
    const settings = /** @type {{ baseUrl?: string }} */ (parse(readFileSync(`${config.contentDir}/settings/site.yaml`, 'utf8')));
    return settings?.baseUrl ?? 'http://localhost:4321/';
  } catch {
    return 'http://localhost:4321/';
  }
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'ignore',
  // Tests build fixture sites side by side without touching dist/.
  outDir: config.outDir,
  publicDir: config.publicDir,
  // The guard runs first so a broken content file stops everything before any output.
  // Pages kept out of search engines (src/lib/indexing.ts) are left out of the sitemap too.
  // localEditing: the CMS's local backend, only in `astro dev` started by `npm start` (admin/local/).
  // adminProductionBundle: the CMS's own bundle, prepared beside the build and cached (admin/production-bundle.ts).
  // finishBuild comes last: the search index, then the sweep for members-only links over every file written.
  integrations: [
    contentGuard(),
    localEditing(),
    adminProductionBundle(),
    react(),
    sitemap({ filter: (page) => !isNoindex(new URL(page).pathname) }),
    headersFile(),
    finishBuild(),
  ],
  build: {
    // External stylesheets only: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
    // Pages rendered four at a time: one page's file writes and streams no longer leave the main
    // thread idle (a third of the rendering time at 2,000 entries, by CPU profile).
    concurrency: 4,
  },
  vite: {
    // Scripts as files, never inlined however small: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
    server: {
      // In `astro dev`, no page of another origin (another local server) may read this one's answers:
      // /admin/ holds the local backend's secret under `npm start`.
      cors: { origin: siteOrigins(config.port) },
      // The port asked for or none: the local backend answers only the address it was started on.
      strictPort: true,
    },
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
