/**
 * `npm run bench:cms [runs]`: how fast `/admin/` is under `npm start`. Each
 * run starts `npm start` (admin/start.ts) over a scratch copy of content/ and
 * public/ on a free port, then times, in Chromium:
 *
 * - how long `npm start` takes until the site answers, and until the CMS
 *   bundle it prepares at start is ready;
 * - the very first visit of `/admin/`, opened the moment the site answers
 *   (before the bundle is ready: the worst case a volunteer can meet);
 * - a first visit once the terminal says the CMS is ready (a fresh browser
 *   profile: nothing cached);
 * - a second visit in the same profile.
 *
 * A visit is timed from `goto` to the collection list (the « Se connecter »
 * button of the local backend is pressed as soon as it shows; Decap remembers
 * it in the profile, so the second visit has none). Prints a
 * Markdown table ready for the README. A script, not a test: timings depend
 * on the machine and on what else it runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext } from 'playwright-core';
import { bundleReadyPath } from '../../admin/local/paths.ts';
import { launchBrowser } from '../support/browser.ts';
import { projectRoot } from '../support/build-site.ts';
import { freePort } from '../support/free-port.ts';

const runs = Math.max(1, Number(process.argv[2] ?? 1) || 1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Resolves once `url` answers 200, polling (a script measuring a start-up, not a test). */
async function answers(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start stopped:\n${output()}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One visit of /admin/ in a browser context: milliseconds until the collection list shows. */
async function visit(context: BrowserContext, url: string, output: () => string): Promise<number> {
  const page = await context.newPage();
  const said: string[] = [];
  page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
  page.on('requestfailed', (request) => said.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  const started = performance.now();
  try {
    await page.goto(`${url}/admin/`, { timeout: 120_000 });
    // Decap remembers the local login in a profile: a second visit has no button to press.
    const login = page.getByRole('button', { name: 'Se connecter' });
    const list = page.getByRole('link', { name: 'Groupes de discussion' }).first();
    await login.or(list).first().waitFor({ timeout: 120_000 });
    if (await login.isVisible()) await login.click();
    await list.waitFor({ timeout: 120_000 });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\nThe page said:\n${said.join('\n')}\n\nnpm start said:\n${output()}`, {
      cause: error,
    });
  }
  const elapsed = performance.now() - started;
  await page.close();
  return elapsed;
}

interface Row {
  siteUp: number;
  cmsReady: number;
  earliest: number;
  first: number;
  second: number;
}

async function run(browser: Browser): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), 'babillard-bench-cms-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'public'), join(root, 'public'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The test runner's or the shell's own settings would change what astro dev serves.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  const started = performance.now();
  const child = spawn(join(projectRoot, 'node_modules/.bin/node'), ['admin/start.ts'], {
    cwd: projectRoot,
    env: { ...inherited, BABILLARD_CONTENT_DIR: join(root, 'content'), BABILLARD_PUBLIC_DIR: join(root, 'public'), BABILLARD_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    await answers(`${url}/`, child, () => log);
    const siteUp = performance.now() - started;
    // Opened as soon as the site answers, while the CMS bundle may still be in the making.
    // The bundle's readiness is watched meanwhile, so its time is not that of this visit.
    const ready = answers(`${url}${bundleReadyPath}`, child, () => log).then(() => performance.now() - started);
    const early = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const earliest = await visit(early, url, () => log);
    await early.close();
    const cmsReady = await ready;
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await visit(fresh, url, () => log);
    const second = await visit(fresh, url, () => log);
    await fresh.close();
    return { siteUp, cmsReady, earliest, first, second };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(root, { recursive: true, force: true });
  }
}

const browser = await launchBrowser();
const rows: Row[] = [];
try {
  for (let i = 0; i < runs; i += 1) {
    rows.push(await run(browser));
    process.stderr.write(`run ${i + 1}/${runs} done\n`);
  }
} finally {
  await browser.close();
}

process.stdout.write(
  [
    '| run | `npm start` → site answers | → CMS ready | /admin/ opened at once → collection list | first visit once ready | second visit |',
    '|---|---|---|---|---|---|',
    ...rows.map((r, i) => `| ${i + 1} | ${seconds(r.siteUp)} | ${seconds(r.cmsReady)} | ${seconds(r.earliest)} | ${seconds(r.first)} | ${seconds(r.second)} |`),
    '',
  ].join('\n'),
);
