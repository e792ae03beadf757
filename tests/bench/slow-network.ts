/**
 * `npm run bench:network [-- dist [path…]]`: the member in the shop, on the shop's
 * network. Chromium's DevTools throttling as the « Slow 3G » preset sets it
 * (2 s round trip per request, 400 kbit/s down and up) and a CPU four times
 * slower, a cold cache for every run, a server that compresses like any host
 * (gzip). For the directory and two group pages (one open, one members-only),
 * three runs each, the median of:
 *
 * - first paint: the browser's first contentful paint;
 * - unlocked: the page opened from a shop poster's address (`#cle=…`), until
 *   the members-only groups show their join blocks.
 *
 * Without a `dist` argument it builds the example site with the demo
 * passphrase first. Prints a Markdown table for the README. A script, not a
 * test: timings depend on the machine; the suite keeps size budgets instead
 * (tests/build/budgets.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildVault } from '../../src/lib/crypto.ts';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { serve } from '../support/serve.ts';
import { slow3g } from './throttle.ts';

export const cpuSlowdown = 4;
const RUNS = 3;
const passphrase = 'tilleuls en fleurs';
const siteUrl = 'https://babillard.example.org/';

const pages = [
  { label: 'directory `/groupes/`', path: '/groupes/', members: true },
  { label: 'members-only group `/groupes/volants/`', path: '/groupes/volants/', members: true },
  { label: 'open group `/groupes/annonces/`', path: '/groupes/annonces/', members: false },
];

interface Run {
  paint: number;
  unlocked?: number | undefined;
  bytes: number;
  requests: number;
}

async function once(browser: Browser, url: string, members: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  // The moment the members' blocks are in the page, on the page's own clock (0 = navigation start).
  await page.addInitScript(() => {
    const watch = new MutationObserver(() => {
      if (document.documentElement?.classList.contains('members-unlocked')) {
        (window as unknown as { unlockedAt: number }).unlockedAt = performance.now();
        watch.disconnect();
      }
    });
    // The document itself: init scripts run before <html> exists.
    watch.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (members) await page.waitForFunction(() => 'unlockedAt' in window, undefined, { timeout: 120_000 });
  const paint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) resolve(found.startTime);
        else new PerformanceObserver((list) => resolve(list.getEntries()[0]?.startTime ?? NaN)).observe({ type: 'paint', buffered: true });
      }),
  );
  const unlocked = members ? await page.evaluate(() => (window as unknown as { unlockedAt: number }).unlockedAt) : undefined;
  await context.close();
  return { paint, unlocked, bytes, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);

async function main() {
  let dist = process.argv[2];
  // Some of the pages only, by path (while trying a change).
  const only = process.argv.slice(3);
  let scratch: string | undefined;
  if (!dist) {
    scratch = mkdtempSync(join(tmpdir(), 'babillard-network-'));
    dist = join(scratch, 'dist');
    const built = buildSite({ contentDir: 'content', outDir: dist, env: { BABILLARD_MEMBERS_PASSPHRASE: passphrase } });
    if (built.status !== 0) throw new Error(built.output);
  }
  const { key } = await buildVault({ passphrase, siteUrl, groups: {} });
  const server = await serve(dist, { compress: true });
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const { label, path, members } of pages.filter((p) => !only.length || only.includes(p.path))) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, `${server.url}${path}${members ? `#cle=${key}` : ''}`, members));
      const paints = runs.map((r) => r.paint);
      const unlocks = runs.flatMap((r) => (r.unlocked === undefined ? [] : [r.unlocked]));
      rows.push(
        `| ${label} | ${seconds(median(paints))} (${paints.map((p) => (p / 1000).toFixed(2)).join(', ')}) | ${
          unlocks.length ? `${seconds(median(unlocks))} (${unlocks.map((u) => (u / 1000).toFixed(2)).join(', ')})` : '—'
        } | ${runs[0]?.requests ?? 0} | ${((runs[0]?.bytes ?? 0) / 1024).toFixed(1)} KB |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`Slow 3G (${slow3g.latency} ms round trip, 400 kbit/s), CPU ×${cpuSlowdown}, cold cache, gzip; median of ${RUNS} runs (the runs):\n`);
  console.log('| page | first paint | unlocked from the poster | requests | transferred |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

await main();
