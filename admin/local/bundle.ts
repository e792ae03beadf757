/**
 * The CMS bundle of `npm start`, built once at start like the production
 * `/admin/` (minified, one entry, hashed chunks) and served by the dev
 * server. Served module by module instead, as Vite serves code in
 * development, Decap and React are 57 MB in 100 requests: a blank page for
 * many seconds on every visit. `build-bundle.ts` builds it, once per version
 * of the code (the next `npm start` takes it from the cache); it is built
 * again when one of its own source files changes (the dev server watches them).
 */
import { createHash } from 'node:crypto';
import { promises as fs, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cachedBundle } from '../bundle-cache';
import { bundlePath, bundleReadyPath } from './paths';

export interface AdminBundle {
  /** Resolves once the latest build is done (rejects with its error). */
  ready: () => Promise<{ seconds: number }>;
  /** Whether a changed file is one of the bundle's sources. */
  uses: (file: string) => boolean;
  /** Builds again, after a change to one of its sources. */
  rebuild: () => void;
  /** Serves the bundle under `bundlePath`; calls `next` for anything else. */
  serve: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The bundle of `admin/main.ts` for this version of the code, from the cache or built into it (`bundle-cache.ts`). */
export function adminBundle({ root, onBuilt }: { root: string; onBuilt?: (seconds: number) => void }): AdminBundle {
  let sources = new Set<string>();
  /** The built files, by path inside the bundle's folder, with an ETag: a second visit revalidates the entry and gets 304. */
  let files = new Map<string, { bytes: Buffer; etag: string }>();
  const once = async () => {
    const started = performance.now();
    const bundle = await cachedBundle(root, 'dev', bundlePath);
    const built = new Map<string, { bytes: Buffer; etag: string }>();
    for (const rel of readdirSync(bundle.folder, { recursive: true, encoding: 'utf8' })) {
      const bytes = await fs.readFile(join(bundle.folder, rel)).catch(() => undefined);
      if (bytes) built.set(rel.split(sep).join('/'), { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` });
    }
    sources = new Set(bundle.sources);
    files = built;
    const seconds = (performance.now() - started) / 1000;
    onBuilt?.(seconds);
    return { seconds };
  };
  let current = once();
  // Never an unhandled rejection: the error is reported to whoever waits.
  current.catch(() => undefined);

  const serve = async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    if (!path.startsWith(bundlePath)) {
      next();
      return;
    }
    if (path === bundleReadyPath) {
      const state = await current.then(
        () => ({ status: 200, body: { ready: true } }),
        (error: unknown) => ({ status: 500, body: { error: error instanceof Error ? error.message.split('\n')[0] : String(error) } }),
      );
      response.writeHead(state.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(state.body));
      return;
    }
    await current.catch(() => undefined);
    const rel = path.slice(bundlePath.length);
    const file = files.get(rel);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Introuvable.');
      return;
    }
    // The entry keeps its name from one build to the next; the chunks it imports have hashed names.
    const headers = {
      'Cache-Control': rel === 'main.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
      ETag: file.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(rel)] ?? 'application/octet-stream' });
    response.end(file.bytes);
  };

  return {
    ready: () => current,
    uses: (file) => sources.has(file),
    rebuild: () => {
      current = current.catch(() => undefined).then(once);
      current.catch(() => undefined);
    },
    serve: (request, response, next) => void serve(request, response, next),
  };
}
