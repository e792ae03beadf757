import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { buildVault } from '../../src/lib/crypto';
import { PHONE, launchBrowser } from '../support/browser';
import { decodeQrPng } from '../support/qr-decode';
import { entriesOf } from '../support/site-content';
import { demoPassphrase } from './global-setup';

const base = inject('baseUrl');
const dist = inject('distDir');
const settings = entriesOf('settings')[0]?.data as { baseUrl: string };
const membersGroups = entriesOf('groups').filter((g) => g.data['access'] === 'members' && !g.data['archived']);
const membersLinks = membersGroups.flatMap((g) => (g.data['links'] as { url: string }[]).map((l) => l.url));
const group = membersGroups[0];
const groupLinks = (group?.data['links'] as { url: string }[] | undefined)?.map((l) => l.url) ?? [];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: PHONE });
  // Invite links point to the chat apps' sites: answer them here, nothing leaves the machine.
  await context.route(/^https:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>app</title>' }));
  page = await context.newPage();
});

const joinButtons = () => page.locator(`members-links[data-group="${group?.id}"] a.button`);

describe('members-only links', () => {
  it('the example has members-only groups to protect', () => {
    expect(membersLinks.length).toBeGreaterThanOrEqual(2);
  });

  it('appear nowhere in dist in clear text, not even URL-encoded', () => {
    const leaks: string[] = [];
    for (const file of files(dist)) {
      const text = readFileSync(file).toString('latin1') + readFileSync(file, 'utf8');
      for (const url of membersLinks) {
        for (const form of [url, encodeURIComponent(url), url.replace(/^https:\/\//, ''), url.split(/[#/+]/).at(-1) ?? url]) {
          if (form.length > 8 && text.includes(form)) leaks.push(`${file.slice(dist.length)}: ${form}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('a wrong passphrase shows a clear message and no link', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await page.fill('#members-passphrase', 'tilleuls en hiver');
    await page.click('members-unlock button[type="submit"]');
    await expect.poll(() => page.locator('members-unlock [role="status"]').innerText(), { timeout: 20_000 }).toMatch(/pas la bonne phrase/);
    expect(await joinButtons().count()).toBe(0);
  });

  it('the right passphrase shows the links, they open, and the next visit remembers', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await page.fill('#members-passphrase', ' Tilleuls en Fleurs ');
    await page.click('members-unlock button[type="submit"]');
    await expect.poll(() => joinButtons().count(), { timeout: 20_000 }).toBe(groupLinks.length);
    expect(await joinButtons().evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(groupLinks);
    await page.reload();
    await expect.poll(() => joinButtons().count(), { timeout: 10_000 }).toBe(groupLinks.length);
    await joinButtons().first().click();
    await page.waitForURL(groupLinks[0] ?? '');
  });

  it('the poster URL unlocks the directory without typing and leaves no key in the address bar', async () => {
    const { key } = await buildVault({ passphrase: demoPassphrase, siteUrl: settings.baseUrl, groups: {} });
    await page.goto(`${base}/groupes/#cle=${key}`);
    await expect.poll(() => page.locator('members-links a.button').count(), { timeout: 10_000 }).toBe(membersLinks.length);
    expect(page.url()).toBe(`${base}/groupes/`);
  });

  it('"forget" locks again, also after a reload', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await page.fill('#members-passphrase', demoPassphrase);
    await page.click('members-unlock button[type="submit"]');
    await expect.poll(() => joinButtons().count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.click('members-unlock [data-forget]');
    await expect.poll(() => joinButtons().count()).toBe(0);
    await page.reload();
    // The element shows its form once it has looked for a saved key; only then is "no buttons" an answer.
    await page.locator('#members-passphrase').waitFor({ state: 'visible' });
    expect(await joinButtons().count()).toBe(0);
  });

  it('an old key (the passphrase changed) is dropped with an explanation', async () => {
    const { key } = await buildVault({ passphrase: 'ancienne phrase', siteUrl: settings.baseUrl, groups: {} });
    await page.goto(`${base}/groupes/${group?.id}/`);
    await page.evaluate((k) => localStorage.setItem('babillard:members-key', k), key);
    await page.reload();
    await expect.poll(() => page.locator('members-unlock [role="status"]').innerText(), { timeout: 10_000 }).toMatch(/a changé/);
    expect(await joinButtons().count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('babillard:members-key'))).toBeNull();
  });

  it('without JavaScript the page says how to get the links', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${base}/groupes/${group?.id}/`);
    expect(await p.locator('main').innerText()).toMatch(/Sans JavaScript, les liens réservés aux membres ne peuvent pas s’afficher : demandez-les à l’accueil/);
    expect(await p.locator('members-unlock form').isVisible()).toBe(false);
    await noJs.close();
  });

  it('the posters page draws the shop poster with the key once the passphrase is typed, never before', async () => {
    const { key } = await buildVault({ passphrase: demoPassphrase, siteUrl: settings.baseUrl, groups: {} });
    const html = readFileSync(join(dist, 'affiches/index.html'), 'utf8');
    expect(html).not.toContain(key);
    await page.goto(`${base}/affiches/`);
    const qr = page.locator('poster-key figure svg');
    expect(decodeQrPng(await qr.screenshot())).toBe(`${settings.baseUrl}groupes/`);
    await page.fill('#members-passphrase', demoPassphrase);
    await page.click('members-unlock button[type="submit"]');
    await expect
      .poll(() => page.locator('poster-key').evaluate((el) => el.closest('.poster')?.getAttribute('data-qr-url')), { timeout: 20_000 })
      .toBe(`${settings.baseUrl}groupes/#cle=${key}`);
    expect(decodeQrPng(await qr.screenshot())).toBe(`${settings.baseUrl}groupes/#cle=${key}`);
  });
});
