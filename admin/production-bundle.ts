import type { AstroIntegration } from 'astro';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cachedBundle, codeKey } from './bundle-cache';

/**
 * The CMS bundle of a built site. Decap and React are most of a build's
 * bundling time (about 5 s of a 100-entry build), yet they only change when
 * the code does: the bundle is built once per version of the code, in a
 * program of its own that runs while Astro renders the pages, and kept in
 * the cache (`bundle-cache.ts`) for the next builds (a content change, the
 * nightly rebuild). The admin page's script only loads it, from /admin/cms/.
 */

/** Where the bundle is served from in `dist/`. */
export const adminBundleBase = '/admin/cms/';

/** The admin page's `import '../../../admin/main'` becomes a load of the prepared bundle. */
function loadPrepared(root: string, entry: string): Plugin {
  const main = join(root, 'admin/main.ts');
  return {
    name: 'babillard:admin-bundle',
    enforce: 'pre',
    resolveId: (id) => (id === entry ? { id, external: true } : undefined),
    load(id) {
      if (this.environment.name !== 'client' || id.split('?')[0] !== main) return undefined;
      return `import(${JSON.stringify(entry)});\n`;
    },
  };
}

export function adminProductionBundle(): AstroIntegration {
  let ready: Promise<{ folder: string }> | undefined;
  return {
    name: 'babillard:admin-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        const key = codeKey(root);
        // Started now, it runs on the second core while Astro renders the pages.
        ready = cachedBundle(root, 'build', adminBundleBase, key);
        ready.catch(() => undefined);
        updateConfig({ vite: { plugins: [loadPrepared(root, `${adminBundleBase}main.js?v=${key}`)] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!ready) return;
        const { folder } = await ready;
        cpSync(folder, join(fileURLToPath(dir), adminBundleBase), { recursive: true });
      },
    },
  };
}
