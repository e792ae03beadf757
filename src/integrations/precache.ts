import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformWithOxc } from 'vite';
import { config } from '../config';
import type { AgendaEvent } from '../lib/agenda';
import { manifestIcons, pageFiles, precachePages, scriptImports, workerScript, type PrecacheEntry } from '../lib/precache';
import { routes } from '../lib/routes';
import { localNow } from '../lib/timezone';
import type { CheckedEntry } from '../content-check';

/** The built file of a site path: `/guide/` is `guide/index.html`. */
const fileOf = (outDir: string, url: string) => join(outDir, url.endsWith('/') ? `${url}index.html` : url);

const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The pages of this build's pocket copy, from the checked content. */
function pagesOf(entries: readonly CheckedEntry[]): string[] {
  const of = (collection: CheckedEntry['collection']) => entries.filter((e) => e.collection === collection);
  const settings = of('settings')[0]?.data as { timezone?: string } | undefined;
  const pages = of('pages').map((e) => ({ id: e.id, kind: e.data['kind'], order: Number(e.data['order'] ?? 0) }));
  return precachePages({
    groups: of('groups').map((e) => ({ id: e.id, archived: e.data['archived'] === true })),
    guide: pages.filter((p) => p.kind === 'guide').map((p) => p.id),
    hasCharter: pages.some((p) => p.kind === 'charter'),
    events: of('events').map((e) => ({ id: e.id, data: e.data as unknown as AgendaEvent })),
    now: localNow(config.now, settings?.timezone ?? 'Europe/Paris'),
    horizonMonths: config.horizonMonths,
  });
}

/**
 * Writes /sw.js into the built site: the precache list (the pages and every
 * file they load, each with a hash of its bytes), then the worker's code from
 * src/elements/service-worker.ts with its types stripped. Returns the list
 * and its compressed weight, for the build log.
 */
export async function writeServiceWorker(outDir: string, entries: readonly CheckedEntry[]): Promise<{ entries: PrecacheEntry[]; bytes: number }> {
  const urls = new Set<string>();
  const queue: string[] = [];
  const add = (url: string) => {
    if (urls.has(url) || !existsSync(fileOf(outDir, url))) return;
    urls.add(url);
    queue.push(url);
  };
  for (const page of pagesOf(entries)) add(page);
  add('/manifest.webmanifest');
  while (queue.length) {
    const url = queue.shift() ?? '';
    const file = fileOf(outDir, url);
    if (file.endsWith('.html')) pageFiles(readFileSync(file, 'utf8')).forEach(add);
    else if (url.endsWith('.js')) scriptImports(readFileSync(file, 'utf8'), url).forEach(add);
    else if (url.endsWith('.webmanifest')) manifestIcons(JSON.parse(readFileSync(file, 'utf8')) as { icons?: { src?: string }[] }).forEach(add);
  }
  const list = [...urls].map((url) => ({ url, revision: hash(readFileSync(fileOf(outDir, url))) }));
  const source = readFileSync(new URL('../elements/service-worker.ts', import.meta.url), 'utf8');
  const { code } = await transformWithOxc(source, 'service-worker.ts', { lang: 'ts' });
  writeFileSync(join(outDir, routes.serviceWorker), workerScript(list, hash(JSON.stringify(list)), code));
  const bytes = list.reduce((sum, { url }) => sum + gzipSync(readFileSync(fileOf(outDir, url))).length, 0);
  return { entries: list, bytes };
}
