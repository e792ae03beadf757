import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { routes } from '../lib/routes';
import { searchPreloads } from '../lib/search';
import type { SearchAnswer, SearchMessage } from './search-worker';
import { findLeaks, formatLeaks, type MembersLink, type SweptFile } from '../lib/vault-sweep';
import { checkedEntries } from './content-guard';
import { writeServiceWorker } from './precache';
import { PRECACHE_BUDGET } from '../lib/precache';

/** A file as it was when swept: a later step that rewrites it changes this. */
const stamp = (stats: { size: number; mtimeMs: number }) => `${stats.size}:${stats.mtimeMs}`;

/**
 * The files of the output that `wanted` keeps (by path and stamp), as text;
 * gzip files (Pagefind's index) inflated first. `seen` gets each file's stamp.
 */
function outputFiles(dir: string, wanted: (path: string, stamp: string) => boolean, seen: Map<string, string>): SweptFile[] {
  const files: SweptFile[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const stats = statSync(full);
      if (stats.isDirectory()) {
        visit(full);
        continue;
      }
      const path = relative(dir, full).split('\\').join('/');
      const now = stamp(stats);
      if (!wanted(path, now)) continue;
      seen.set(path, now);
      let bytes: Buffer = readFileSync(full);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
          bytes = gunzipSync(bytes);
        } catch {
          // Not gzip after all: searched as it is.
        }
      }
      files.push({ path, text: bytes.toString('latin1') + bytes.toString('utf8') });
    }
  };
  visit(dir);
  return files;
}

/** Every HTML file of the output, as paths relative to it. */
function htmlFiles(dir: string, folder = dir): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return htmlFiles(dir, full);
    return name.endsWith('.html') ? [relative(dir, full).split('\\').join('/')] : [];
  });
}

/**
 * The search index, fed while Astro renders: each page goes to a worker thread
 * (search-worker.ts) and on to Pagefind's own process, on the second core,
 * while the first renders the next pages, instead of every page being read
 * again once all are written (5 s at 2,000 entries). Only the pages Astro
 * writes as `<address>index.html` are taken as rendered (a 404 page is
 * `404.html`); `finish` sends every other HTML file of the output from disk,
 * at the address Pagefind itself would give the file, so the index holds
 * exactly the pages written. No step between rendering and the index rewrites
 * a page's HTML; the search page's preloads come after.
 */
function searchIndex() {
  let worker: Worker | undefined;
  let answer: Promise<SearchAnswer> | undefined;
  const start = () => {
    if (worker) return worker;
    const started = new Worker(new URL('./search-worker.ts', import.meta.url));
    // A build that fails while rendering exits without waiting for the index.
    started.unref();
    answer = new Promise((resolve, reject) => {
      started.once('message', resolve);
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`Pagefind: the search index's thread stopped (code ${code})`)));
    });
    return (worker = started);
  };
  const send = (message: SearchMessage) => start().postMessage(message);
  const rendered = new Set<string>();
  return {
    /** A page just rendered, by its address (ending in `/`). */
    rendered(url: string, html: string) {
      rendered.add(url);
      send({ url, html });
    },
    /**
     * Sends the HTML files not rendered as pages, checks the rest are those
     * written, and has the index written into `pagefind/`: `written` settles when it is.
     */
    finish(outDir: string): { pages: number; written: Promise<void> } {
      const files = htmlFiles(outDir).map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
      const urls = new Set(files.map((f) => f.url));
      const stray = [...rendered].filter((url) => !urls.has(url));
      if (stray.length) throw new Error(`Pagefind: ${stray.slice(0, 3).join(', ')} indexed but not written as ${stray[0]}index.html`);
      for (const f of files) if (!rendered.has(f.url)) send({ url: f.url, html: readFileSync(join(outDir, f.file), 'utf8') });
      send({ write: join(outDir, 'pagefind') });
      const running = start();
      running.ref();
      const written = (answer as Promise<SearchAnswer>).then(async ({ errors }) => {
        await running.terminate();
        if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
      });
      return { pages: files.length, written };
    },
  };
}

/**
 * Adds to the search page the preloads of the Pagefind files whose names
 * Pagefind has just chosen (searchPreloads says which and why). A site in one
 * language only: with several, Pagefind picks one in the browser.
 */
function preloadSearchData(outDir: string, bundle = '/pagefind/') {
  const page = join(outDir, routes.search, 'index.html');
  const folder = join(outDir, bundle);
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const languages = Object.entries(entry.languages);
  const [language] = languages;
  if (languages.length !== 1 || !language) return;
  const [lang, { hash }] = language;
  const chunks = (dir: string) =>
    existsSync(join(folder, dir))
      ? readdirSync(join(folder, dir))
          .filter((name) => name.startsWith(`${lang}_`))
          .sort()
          .map((name) => ({ file: `${dir}/${name}`, bytes: statSync(join(folder, dir, name)).size }))
      : [];
  const links = searchPreloads(bundle, { meta: `pagefind.${hash}.pf_meta`, filters: chunks('filter').map((c) => c.file), index: chunks('index') });
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${page}: no </head> to add the search preloads to`);
  writeFileSync(page, html.replace('</head>', `${links}</head>`));
}

/**
 * The end of every build, part of `astro build` itself so that no way of
 * building skips it: the search index (Pagefind, fed each page as Astro renders it),
 * the service worker and its precache list (read from the pages written), and the sweep of the
 * whole output for members-only links (most of it while Pagefind writes its index). A link found in
 * clear stops the build with exit code 1 and deletes the output, so a leaking
 * site is never left behind to be deployed.
 */
export function finishBuild(): AstroIntegration {
  let search: ReturnType<typeof searchIndex> | undefined;
  return {
    name: 'babillard:finish-build',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        search = searchIndex();
        const feed = search;
        setPrerenderer((astro) => ({
          ...astro,
          render: async (request, options) => {
            const result = await astro.render(request, options);
            const response = result instanceof Response ? result : result.response;
            const url = decodeURI(new URL(request.url).pathname);
            const page = options.routeData.type === 'page' && url.endsWith('/') && response.status === 200;
            if (!page || !response.headers.get('content-type')?.startsWith('text/html')) return result;
            // The very bytes Astro writes to the file, read once here and handed back.
            const bytes = await response.arrayBuffer();
            feed.rendered(url, new TextDecoder().decode(bytes));
            const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { pages: read, written } = (search ?? searchIndex()).finish(outDir);
        search = undefined;
        // While Pagefind writes its index, in a process of its own, the sweep reads what Astro wrote;
        // what is written or rewritten from here on (the index, the search page, the service worker) is swept after.
        const links: MembersLink[] = checkedEntries()
          .filter((e) => e.collection === 'groups' && e.data['access'] === 'members')
          .flatMap((e) => (e.data['links'] as { url: string }[]).map((link) => ({ group: e.id, name: String(e.data['name']), url: link.url })));
        const swept = new Map<string, string>();
        const leaks = links.length
          ? findLeaks(
              outputFiles(outDir, (path) => !path.startsWith('pagefind/'), swept),
              links,
            )
          : [];
        await written;
        preloadSearchData(outDir);
        logger.info(`Index de recherche écrit (${read} pages lues).`);

        const precache = await writeServiceWorker(outDir, checkedEntries());
        logger.info(`Copie hors connexion : ${precache.entries.length} fichiers, ${(precache.bytes / 1024).toFixed(0)} Ko compressés.`);
        if (precache.left.length)
          logger.info(
            `Copie hors connexion : ${precache.left.length} pages au-delà de ${PRECACHE_BUDGET / 1024 / 1024} Mo (${precache.left.slice(0, 3).join(', ')}…) seront gardées à leur première visite.`,
          );

        if (links.length === 0) return;
        leaks.push(
          ...findLeaks(
            outputFiles(outDir, (path, now) => swept.get(path) !== now, swept),
            links,
          ),
        );
        if (leaks.length === 0) {
          logger.info(`Liens réservés aux membres : aucun en clair dans ${relative(process.cwd(), outDir) || outDir}/.`);
          return;
        }
        rmSync(outDir, { recursive: true, force: true });
        process.stderr.write(`\n${formatLeaks(leaks, relative(process.cwd(), outDir) || outDir)}\n\n`);
        process.exit(1);
      },
    },
  };
}
