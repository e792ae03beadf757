import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformWithOxc } from 'vite';
import { config } from '../config';
import type { AgendaEvent } from '../lib/agenda';
import type { Importance } from '../data/groups';
import {
  fitBudget,
  manifestIcons,
  pageFiles,
  PRECACHE_BUDGET,
  precachePages,
  scriptImports,
  workerScript,
  type PrecacheEntry,
  type PrecachePages,
  type WeighedPage,
} from '../lib/precache';
import { routes } from '../lib/routes';
import { localNow } from '../lib/timezone';
import type { CheckedEntry } from '../content-check';

/** The built file of a site path: `/guide/` is `guide/index.html`. */
const fileOf = (outDir: string, url: string) => join(outDir, url.endsWith('/') ? `${url}index.html` : url);

const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The pages of this build's pocket copy, from the checked content. */
function pagesOf(entries: readonly CheckedEntry[]): PrecachePages {
  const of = (collection: CheckedEntry['collection']) => entries.filter((e) => e.collection === collection);
  const settings = of('settings')[0]?.data as { timezone?: string } | undefined;
  const pages = of('pages').map((e) => ({ id: e.id, kind: e.data['kind'], order: Number(e.data['order'] ?? 0) }));
  return precachePages({
    groups: of('groups').map((e) => ({ id: e.id, archived: e.data['archived'] === true, importance: e.data['importance'] as Importance })),
    guide: pages.filter((p) => p.kind === 'guide').map((p) => p.id),
    hasCharter: pages.some((p) => p.kind === 'charter'),
    events: of('events').map((e) => ({ id: e.id, data: e.data as unknown as AgendaEvent })),
    now: localNow(config.now, settings?.timezone ?? 'Europe/Paris'),
    horizonMonths: config.horizonMonths,
  });
}

/**
 * Writes /sw.js into the built site: the precache list (the pages and every
 * file they load, each with a hash of its bytes, up to PRECACHE_BUDGET), then
 * the worker's code from src/elements/service-worker.ts with its types
 * stripped. Returns the list, its compressed weight and the pages left to be
 * cached when visited, for the build log.
 */
export async function writeServiceWorker(
  outDir: string,
  entries: readonly CheckedEntry[],
): Promise<{ entries: PrecacheEntry[]; bytes: number; left: string[] }> {
  const weights = new Map<string, number>();
  const weight = (url: string) => weights.get(url) ?? weights.set(url, gzipSync(readFileSync(fileOf(outDir, url))).length).get(url) ?? 0;
  /** What a file loads in turn: a page its stylesheets, scripts and images, a script its chunks, the manifest its icons. */
  const loads = (url: string): string[] => {
    const file = fileOf(outDir, url);
    if (file.endsWith('.html')) return pageFiles(readFileSync(file, 'utf8'));
    if (url.endsWith('.js')) return scriptImports(readFileSync(file, 'utf8'), url);
    if (url.endsWith('.webmanifest')) return manifestIcons(JSON.parse(readFileSync(file, 'utf8')) as { icons?: { src?: string }[] });
    return [];
  };
  const pages = new Map<string, WeighedPage>();
  const weighed = (url: string): WeighedPage => pages.get(url) ?? pages.set(url, weigh(url)).get(url) ?? weigh(url);
  const weigh = (url: string): WeighedPage => {
    const files = new Set<string>();
    const queue = loads(url);
    while (queue.length) {
      const next = queue.shift() ?? '';
      if (files.has(next) || !existsSync(fileOf(outDir, next))) continue;
      files.add(next);
      queue.push(...loads(next));
    }
    return { url, bytes: weight(url), files: [...files].map((f) => ({ url: f, bytes: weight(f) })) };
  };
  const built = (urls: readonly string[]) => urls.filter((url) => existsSync(fileOf(outDir, url))).map(weighed);
  const { core, more } = pagesOf(entries);
  const { kept, left } = fitBudget([...built(core), weighed('/manifest.webmanifest')], built(more), PRECACHE_BUDGET);
  const urls = new Set(kept.flatMap((url) => [url, ...weighed(url).files.map((f) => f.url)]));
  const list = [...urls].map((url) => ({ url, revision: hash(readFileSync(fileOf(outDir, url))) }));
  const source = readFileSync(new URL('../elements/service-worker.ts', import.meta.url), 'utf8');
  const { code } = await transformWithOxc(source, 'service-worker.ts', { lang: 'ts' });
  writeFileSync(join(outDir, routes.serviceWorker), workerScript(list, hash(JSON.stringify(list)), code));
  return { entries: list, bytes: list.reduce((sum, { url }) => sum + weight(url), 0), left };
}
