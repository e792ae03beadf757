/**
 * The CMS's local mode, inside `astro dev` when `npm start` runs it (it sets
 * BABILLARD_LOCAL_SECRET; `npm run dev` and builds get none of this):
 *
 * - the local backend (`backend.ts`) at `backendPath`, answering only the
 *   site's own /admin/ page, with this run's secret;
 * - /admin/ itself only for the site's exact `Host`, since it holds the secret;
 * - the CMS bundle, prepared once at start (`bundle.ts`): the admin page's
 *   script, `admin/main.ts`, becomes `client.ts` in the dev server, which
 *   checks the backend, loads the bundle and shows the content check's notices;
 * - writes refused by the backend, sent to the admin page as notices.
 */
import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { siteFiles } from '../../src/integrations/content-guard';
import { config as babillard } from '../../src/config';
import { localAccessRules } from './access';
import { localBackend } from './backend';
import { adminBundle } from './bundle';
import { backendPath, siteOrigins } from './paths';

/** The secret `npm start` creates for each run; without it there is no local mode. */

/** In the browser, the admin page's script is `client.ts` instead of `main.ts` (which the bundle holds). */
function preparedAdmin(root: string): Plugin {
  const main = join(root, 'admin/main.ts');
  const client = join(root, 'admin/local/client.ts');
  return {
    name: 'babillard:prepared-admin',
    enforce: 'pre',
    load(id) {
      if (this.environment.name !== 'client' || id.split('?')[0] !== main) return undefined;
      return `import ${JSON.stringify(client)};\n`;
    },
  };
}

export function localEditing(): AstroIntegration {
  let root = '';
  return {
    name: 'babillard:local-editing',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        if (command !== 'dev' || !babillard.localSecret) return;
        // Nothing in the dev server imports Decap any more: no need to pre-bundle it (57 MB) at every new install.
        updateConfig({
          vite: {
            plugins: [preparedAdmin(root)],
            optimizeDeps: { exclude: ['decap-cms-app', 'decap-cms-locales'] },
            // The admin page's own script, transformed before anyone asks for it.
            server: { warmup: { clientFiles: ['./admin/main.ts', './admin/local/client.ts'] } },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const secret = babillard.localSecret;
        if (!secret) return;
        const port = server.config.server.port;
        const origins = siteOrigins(port);
        const folders = { contentDir: resolve(root, babillard.contentDir), publicDir: resolve(root, babillard.publicDir) };
        const bundle = adminBundle({
          root,
          onBuilt: (seconds) => logger.info(`Le CMS est prêt (préparé en ${seconds.toFixed(1)} s) : http://127.0.0.1:${port}/admin/`),
        });
        bundle.ready().catch((error: unknown) => logger.error(`Le CMS n’a pas pu être préparé :\n${error instanceof Error ? error.message : String(error)}`));
        // The first render of /admin/ compiles the page, its options and the content (about 1 s):
        // done here, while the bundle is built, so the volunteer's first visit does not pay for it.
        // Astro's content sync at start sends a page reload that Vite keeps for the first page to
        // connect: the volunteer's first visit would load twice. With no page open, nothing needs
        // reloading, so that kept message is replaced by one every page ignores (`ifFallback`).
        server.httpServer?.once('listening', () => {
          fetch(`${origins[0]}/admin/`)
            .then((response) => response.body?.cancel())
            .catch(() => undefined)
            .finally(() => {
              if (server.ws.clients.size === 0) server.environments.client.hot.send({ type: 'full-reload', ifFallback: true });
            });
        });
        server.watcher.on('change', (file) => {
          if (bundle.uses(file)) bundle.rebuild();
        });

        const backend = localBackend({
          ...folders,
          rules: localAccessRules(),
          origins,
          secret,
          readSite: () => siteFiles(folders.contentDir, folders.publicDir),
          onRefusal: (message) => server.hot.send('babillard:local-refusal', { message }),
          onError: (error) => logger.error(`Le serveur local d’édition a rencontré une erreur : ${error instanceof Error ? error.stack : String(error)}`),
        });
        server.middlewares.use((request, response, next) => {
          const raw = (request.url ?? '/').split('?')[0] ?? '/';
          // Read as loosely as any router might (/%61dmin/, //admin/, /Admin/ are all /admin/ here).
          const path = (() => {
            try {
              return decodeURIComponent(raw);
            } catch {
              return raw;
            }
          })()
            .replace(/\/{2,}/g, '/')
            .toLowerCase();
          if (path === backendPath) return void backend(request, response);
          // The admin page holds the secret: only the site's own address gets it.
          if (path === '/admin' || path.startsWith('/admin/')) {
            if (!origins.includes(`http://${request.headers.host ?? ''}`)) {
              response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
              response.end(`Adresse refusée : ouvrez ${origins[0]}/admin/.`);
              return;
            }
            // No page of another origin may frame the CMS and lure the volunteer into its buttons (clickjacking).
            response.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
            response.setHeader('X-Frame-Options', 'SAMEORIGIN');
          }
          bundle.serve(request, response, next);
        });
      },
    },
  };
}
