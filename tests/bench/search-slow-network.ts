/**
 * `npm run bench:search [runs] [dist]`: how fast the site search answers a
 * member on a weak phone network. Builds the example site (or takes an
 * already built `dist` folder), serves it gzipped as hosts do, and in
 * Chromium, throttled through the DevTools protocol to DevTools' « Slow 3G »
 * (2 s round trip, 400 kbit/s each way) with a 4× CPU slowdown, in a fresh
 * profile each run (cold cache), times two journeys:
 *
 * - typed: `/recherche/` opens; once it has loaded, the member types a word;
 *   from that keystroke to the first result on screen, and to the full-text
 *   results (the status line gives their count);
 * - arrived: `/recherche/?q=…` opens (the header's form sends there); from the
 *   navigation to the first result, and to the full-text results.
 *
 * Also counts the requests under `/pagefind/`. Prints a Markdown table, one
 * row per run and the median, ready for the README. A script, not a test:
 * timings depend on the machine and on what else it runs.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launchBrowser } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { serve } from '../support/serve.ts';
import { slow3g } from './throttle.ts';

const runs = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const given = process.argv[3];
/** A word found in titles and in texts, with more than five pages: every part of the search has work to do. */
const query = 'créneau';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Timing {
  first: number;
  full: number;
  requests: number;
}

/** A fresh, throttled phone page, and the count of its requests under /pagefind/. */
async function throttledPage(browser: Browser): Promise<{ page: Page; pagefindRequests: () => number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let requests = 0;
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests += 1;
  });
  return { page, pagefindRequests: () => requests, close: () => context.close() };
}

/** Resolves with the time at which a result shows, and at which the status line gives the full-text count. */
async function resultsShown(page: Page, started: number): Promise<{ first: number; full: number }> {
  const first = page.waitForSelector('.search-result', { timeout: 120_000 }).then(() => performance.now() - started);
  const full = page
    .waitForFunction(
      (q) =>
        /\d/.test(document.querySelector('[data-status]')?.textContent ?? '') &&
        (document.querySelector('[data-status]')?.textContent ?? '').includes(`« ${q} »`),
      query,
      {
        timeout: 120_000,
        polling: 50,
      },
    )
    .then(() => performance.now() - started);
  return { first: await first, full: await full };
}

async function typed(browser: Browser, url: string): Promise<Timing> {
  const { page, pagefindRequests, close } = await throttledPage(browser);
  await page.goto(`${url}/recherche/`, { waitUntil: 'load', timeout: 120_000 });
  const field = page.locator('main input[name="q"]');
  await field.focus();
  const started = performance.now();
  await field.fill(query);
  const shown = await resultsShown(page, started);
  const requests = pagefindRequests();
  await close();
  return { ...shown, requests };
}

async function arrived(browser: Browser, url: string): Promise<Timing> {
  const { page, pagefindRequests, close } = await throttledPage(browser);
  const started = performance.now();
  await page.goto(`${url}/recherche/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: 120_000 });
  const shown = await resultsShown(page, started);
  const requests = pagefindRequests();
  await close();
  return { ...shown, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let dist = given;
if (!dist) {
  dist = join(projectRoot, 'tests/.output/bench-search');
  process.stderr.write('Building the example site…\n');
  const built = buildSite({ contentDir: 'content', outDir: dist });
  if (built.status !== 0) throw new Error(`The example site did not build:\n${built.output}`);
}
const server = await serve(dist, { compress: true });
const browser = await launchBrowser();
const rows: { typed: Timing; arrived: Timing }[] = [];
try {
  for (let i = 0; i < runs; i += 1) {
    rows.push({ typed: await typed(browser, server.url), arrived: await arrived(browser, server.url) });
    process.stderr.write(`run ${i + 1}/${runs} done\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const line = (name: string, r: { typed: Timing; arrived: Timing }) =>
  `| ${name} | ${seconds(r.typed.first)} | ${seconds(r.typed.full)} | ${r.typed.requests} | ${seconds(r.arrived.first)} | ${seconds(r.arrived.full)} | ${r.arrived.requests} |`;
const pick = (key: 'typed' | 'arrived', field: keyof Timing) => median(rows.map((r) => r[key][field]));
const mid = {
  typed: { first: pick('typed', 'first'), full: pick('typed', 'full'), requests: pick('typed', 'requests') },
  arrived: { first: pick('arrived', 'first'), full: pick('arrived', 'full'), requests: pick('arrived', 'requests') },
};
process.stdout.write(
  [
    `Slow 3G (2 s round trip, 400 kbit/s), CPU 4× slower, cold cache; query « ${query} ».`,
    '',
    '| run | typed on /recherche/ → first result | → full-text results | /pagefind/ requests | /recherche/?q= opened → first result | → full-text results | /pagefind/ requests |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r, i) => line(String(i + 1), r)),
    line('median', mid),
    '',
  ].join('\n'),
);
