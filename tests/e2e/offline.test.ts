import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { precacheOf } from '../bench/measure';
import { PHONE, launchBrowser } from '../support/browser';
import { buildSite, projectRoot } from '../support/build-site';
import { serve } from '../support/serve';
import { entriesOf } from '../support/site-content';
import { demoPassphrase } from './global-setup';

/**
 * The pocket copy: a phone opens the site once, loses the network, and keeps
 * reading; a new build is offered, not imposed. The site is served with its
 * `_headers` (its Content-Security-Policy included) from a folder of this
 * file's own, so that a second build can replace it while a page is open.
 */
const dist = inject('distDir');
const scratch = mkdtempSync(join(tmpdir(), 'babillard-offline-'));
const served = join(scratch, 'served');
const nextBuild = join(scratch, 'next');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspErrors: string[] = [];

const groups = entriesOf('groups').filter((g) => !g.data['archived']);
const membersGroup = groups.find((g) => g.data['access'] === 'members');
const membersLinks = entriesOf('groups')
  .filter((g) => g.data['access'] === 'members')
  .flatMap((g) => (g.data['links'] as { url: string }[]).map((l) => l.url));
const news = entriesOf('news')[0];
const removedGroup = 'commandes-groupees';
const changedChapter = 'bienvenue';
const newWords = 'Cette phrase vient de la nouvelle version du guide.';

/** Every text the service worker's caches hold, with the addresses. */
const cachedTexts = () =>
  page.evaluate(async () => {
    const out: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) out.push({ url: new URL(request.url).pathname, text: (await (await cache.match(request))?.text()) ?? '' });
    }
    return out;
  });

const styled = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

beforeAll(async () => {
  cpSync(dist, served, { recursive: true });
  // The next build: one chapter reworded, one group gone.
  const content = join(scratch, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const chapter = join(content, 'pages', `${changedChapter}.md`);
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/\n---\n/, `\n---\n${newWords}\n\n`));
  rmSync(join(content, 'groups', `${removedGroup}.md`));
  const result = buildSite({ contentDir: content, outDir: nextBuild, env: { BABILLARD_MEMBERS_PASSPHRASE: demoPassphrase } });
  if (result.status !== 0) throw new Error(result.output);
  server = await serve(served);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'allow' });
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the pocket copy', () => {
  it('the worker registers under the served Content-Security-Policy after one visit', async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("worker-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    expect(cspErrors).toEqual([]);
  });

  it('without network, the directory, a group page, a chapter, the charter and the agenda render with their styles', async () => {
    await context.setOffline(true);
    const visits: [string, string][] = [
      ['/groupes/', fr['groups.title']],
      [`/groupes/${groups[0]?.id}/`, String(groups[0]?.data['name'])],
      [`/guide/${changedChapter}/`, 'Bienvenue à la Cagette'],
      ['/charte/', 'Charte des groupes de discussion'],
      ['/agenda/', 'Agenda'],
    ];
    for (const [path, title] of visits) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('h1').first().innerText(), path).toBe(title);
      expect(await styled(), path).toBe('rgb(251, 250, 247)');
    }
  });

  it('without network, a page never opened shows the offline page, listing what is there', async () => {
    await page.goto(`${server.url}/annonces/${news?.id}/`);
    expect(await page.locator('h1').innerText()).toBe(fr['offline.title']);
    expect(await styled()).toBe('rgb(251, 250, 247)');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/groupes/', '/guide/', '/charte/', '/agenda/', '/annonces/']));
  });

  it('without network, members-only links unlock with the passphrase, then with the remembered key', async () => {
    await page.goto(`${server.url}/groupes/${membersGroup?.id}/`);
    await page.fill('#members-passphrase', demoPassphrase);
    await page.click('members-unlock button[type="submit"]');
    const buttons = page.locator(`members-links[data-group="${membersGroup?.id}"] a.button`);
    await expect.poll(() => buttons.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.goto(`${server.url}/groupes/`);
    await expect.poll(() => page.locator('members-links a.button').count(), { timeout: 10_000 }).toBe(membersLinks.length);
  });

  it('keeps members-only links sealed in its caches, and nothing of /admin/', async () => {
    await context.setOffline(false);
    await page.goto(`${server.url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.goto(`${server.url}/`);
    const cached = await cachedTexts();
    expect(cached.length).toBeGreaterThan(20);
    for (const url of membersLinks) expect(cached.filter((c) => c.text.includes(url)).map((c) => c.url)).toEqual([]);
    expect(cached.filter((c) => c.url.startsWith('/admin/') || c.url.startsWith('/pagefind/')).map((c) => c.url)).toEqual([]);
  });

  it('after a new build, a notice offers the new version; reloading shows it, and a removed page is gone from the cache', async () => {
    await page.goto(`${server.url}/guide/${changedChapter}/`);
    expect(await page.locator('main').innerText()).not.toContain(newWords);
    rmSync(served, { recursive: true, force: true });
    cpSync(nextBuild, served, { recursive: true });
    // The next visit with network: the page still reads as it was, and the notice appears.
    await page.goto(`${server.url}/guide/${changedChapter}/`);
    const notice = page.locator('site-update');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.innerText()).toContain(fr['offline.updateReady']);
    expect(await page.locator('main').innerText()).not.toContain(newWords);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: fr['offline.reload'] }).click()]);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(newWords);
    expect(await page.locator('site-update').isVisible()).toBe(false);
    const urls = (await cachedTexts()).map((c) => c.url);
    expect(urls).toContain(`/guide/${changedChapter}/`);
    expect(urls).not.toContain(`/groupes/${removedGroup}/`);
    // And offline, that group's page is no longer there.
    await context.setOffline(true);
    await page.goto(`${server.url}/groupes/${removedGroup}/`);
    expect(await page.locator('h1').innerText()).toBe(fr['offline.title']);
    await context.setOffline(false);
    expect(cspErrors).toEqual([]);
  });
});

describe('installing the site', () => {
  it('the manifest names square PNG icons of 192 and 512 px, maskable, that the site serves', async () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string; purpose: string }[] };
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === 'maskable');
      expect(icon, `${size} maskable`).toBeDefined();
      const png = PNG.sync.read(readFileSync(join(dist, icon?.src ?? '')));
      expect([png.width, png.height]).toEqual([size, size]);
      // The safe zone's edge is the page colour: the logo sits inside, whatever the mask.
      expect([...png.data.subarray(0, 3)]).toEqual([0xfb, 0xfa, 0xf7]);
    }
  });
});

describe('the precache’s weight', () => {
  it('the example site’s pocket copy is at most 600 KB compressed, and lists only files the build wrote', () => {
    const { files, bytes } = precacheOf(dist);
    expect(files).toBeGreaterThan(30);
    expect(bytes, `${(bytes / 1024).toFixed(0)} KB gzip`).toBeLessThanOrEqual(600 * 1024);
  });
});
