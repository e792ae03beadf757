/**
 * The site's service worker (/sw.js): the pocket copy. The build
 * (src/integrations/finish-build.ts) strips the types and writes the precache
 * list in front of this file, so a new build is a new worker byte for byte.
 *
 * - Precached pages (directory, guide, charter, agenda, the weeks ahead…) and
 *   their styles, scripts and icons are served from this build's cache, even
 *   with network: what a member reads never changes under their eyes. A new
 *   build installs beside it and waits; the page offers « recharger ».
 * - Other pages go to the network first and are kept for later (the last
 *   RUNTIME_LIMIT of them); without network, the kept copy or the offline page.
 * - /admin/ and the search index are left alone: never cached, never answered here.
 *
 * No library: the few strategies needed fit in this file, under the site's CSP.
 */

interface PrecacheEntry {
  url: string;
  revision: string;
}
/** Written in front of this file by the build. */
declare const BABILLARD_PRECACHE: readonly PrecacheEntry[];
declare const BABILLARD_VERSION: string;
declare const BABILLARD_OFFLINE: string;

/** The parts of the ServiceWorkerGlobalScope used here (the DOM types of the project do not have them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const PREFIX = 'babillard-';
const PRECACHE = `${PREFIX}${BABILLARD_VERSION}`;
const RUNTIME = `${PREFIX}visited`;
/** The list of a precache, kept inside it, so the next build fetches only what changed. */
const LIST = '/__babillard-precache.json';
/** Pages and files kept from visits, oldest dropped first. */
const RUNTIME_LIMIT = 60;
const precached = new Map(BABILLARD_PRECACHE.map((entry) => [entry.url, entry.revision]));
/** Paths the worker never answers: the CMS, and the search index (big, and of use online only). */
const untouched = /^\/(admin|pagefind)\//;

/** Copies what an older build already holds at the same revision; fetches the rest. */
async function install(): Promise<void> {
  const cache = await caches.open(PRECACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== PRECACHE && name !== RUNTIME);
  const known = new Map<string, Cache>();
  for (const name of older) {
    const old = await caches.open(name);
    const list = await old.match(LIST);
    if (!list) continue;
    for (const entry of (await list.json()) as PrecacheEntry[]) if (precached.get(entry.url) === entry.revision) known.set(entry.url, old);
  }
  await Promise.all(
    BABILLARD_PRECACHE.map(async ({ url }) => {
      const kept = await known.get(url)?.match(url);
      if (kept) return cache.put(url, kept);
      const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return cache.put(url, response);
    }),
  );
  await cache.put(LIST, new Response(JSON.stringify(BABILLARD_PRECACHE), { headers: { 'Content-Type': 'application/json' } }));
}

/** Once this build takes over: the older builds' caches and the pages kept under them go (a removed page with them). */
async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== PRECACHE).map((name) => caches.delete(name)));
  await worker.clients.claim();
}

/** The precache's name for a page: `/guide/x/index.html` and `/guide/x` are `/guide/x/`. */
function precacheKey(url: URL): string | undefined {
  const path = url.pathname.replace(/\/index\.html$/, '/');
  if (precached.has(path)) return path;
  if (precached.has(`${path}/`)) return `${path}/`;
  return undefined;
}

async function fromPrecache(key: string, request: Request): Promise<Response> {
  return (await (await caches.open(PRECACHE)).match(key)) ?? fromNetwork(request);
}

async function keep(request: Request, response: Response): Promise<void> {
  const cache = await caches.open(RUNTIME);
  await cache.put(request, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - RUNTIME_LIMIT)).map((key) => cache.delete(key)));
}

/** Network first; a good answer is kept, a page that is gone is forgotten; offline, the kept copy or the offline page. */
async function fromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await keep(request, response.clone());
    else if (response.status === 404 || response.status === 410) await (await caches.open(RUNTIME)).delete(request);
    return response;
  } catch (error) {
    const kept = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (kept) return kept;
    if (request.mode === 'navigate') {
      const offline = await (await caches.open(PRECACHE)).match(BABILLARD_OFFLINE);
      if (offline) return offline;
    }
    throw error;
  }
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(activate()));
// The page's « recharger » button: the waiting build takes over, then the page reloads.
worker.addEventListener('message', (event) => {
  if (event.data === 'babillard:update') void worker.skipWaiting();
});
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || untouched.test(url.pathname)) return;
  const key = precacheKey(url);
  event.respondWith(key ? fromPrecache(key, request) : fromNetwork(request));
});
