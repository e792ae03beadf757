import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildVault } from '../../src/lib/crypto';
import { PHONE } from '../support/browser';
import { phonePerTest } from '../support/phone';
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
let page: Page;
// Invite links point to the chat apps' sites: answer them here, nothing leaves the machine.
phonePerTest(
  (test) => ({ browser, page } = test),
  (fresh) => fresh.route(/^https:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>app</title>' })),
);

const joinButtons = () => page.locator(`members-links[data-group="${group?.id}"] a.button`);

/** Types a passphrase in the page's unlock box and sends it. */
async function typePassphrase(passphrase = demoPassphrase) {
  await page.fill('#members-passphrase', passphrase);
  await page.click('members-unlock button[type="submit"]');
}
/** Types the demo passphrase and waits for the box to say the links are open. */
async function unlock() {
  await typePassphrase();
  await page.locator('members-unlock.is-unlocked').waitFor({ timeout: 20_000 });
}

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
    await typePassphrase('tilleuls en hiver');
    const message = page.locator('.members-unlock__message');
    await expect.poll(() => message.innerText(), { timeout: 20_000 }).toMatch(/pas la bonne phrase/);
    expect(await joinButtons().count()).toBe(0);
    // Next to the field and on the phone's screen, where the member is looking.
    const field = await page.locator('#members-passphrase').boundingBox();
    const said = await message.boundingBox();
    if (!field || !said) throw new Error('the field and its message must be drawn');
    expect(said.y - (field.y + field.height)).toBeLessThan(80);
    expect(said.y + said.height).toBeLessThanOrEqual(PHONE.height);
    expect(said.y).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#members-passphrase').getAttribute('aria-invalid')).toBe('true');
  });

  it('the right passphrase shows the links, they open, and the next visit remembers', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await typePassphrase(' Tilleuls en Fleurs ');
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
    await typePassphrase();
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
    await expect.poll(() => page.locator('.members-unlock__message').innerText(), { timeout: 10_000 }).toMatch(/a changé/);
    expect(await joinButtons().count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('babillard:members-key'))).toBeNull();
  });

  it('without JavaScript the page says how to get the links', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${base}/groupes/${group?.id}/`);
    expect(await p.locator('main').innerText()).toMatch(/Sans JavaScript, les liens réservés aux membres ne peuvent pas s’afficher : demandez-les à l’accueil/);
    expect(await p.locator('members-unlock form').isVisible()).toBe(false);
    expect(await p.locator('members-unlock [data-with-script]').first().isVisible()).toBe(false);
    await noJs.close();
  });

  it('the posters page draws the shop poster with the key once the passphrase is typed, never before', async () => {
    const { key } = await buildVault({ passphrase: demoPassphrase, siteUrl: settings.baseUrl, groups: {} });
    const html = readFileSync(join(dist, 'affiches/index.html'), 'utf8');
    expect(html).not.toContain(key);
    await page.goto(`${base}/affiches/`);
    const qr = page.locator('poster-key figure svg').first();
    expect(decodeQrPng(await qr.screenshot())).toBe(`${settings.baseUrl}groupes/`);
    await typePassphrase();
    await expect
      .poll(
        () =>
          page
            .locator('poster-key')
            .first()
            .evaluate((el) => el.closest('.poster')?.getAttribute('data-qr-url')),
        { timeout: 20_000 },
      )
      .toBe(`${settings.baseUrl}groupes/#cle=${key}`);
    expect(decodeQrPng(await qr.screenshot())).toBe(`${settings.baseUrl}groupes/#cle=${key}`);
  });

  it('/affiches/ (often a shared computer) does not remember the passphrase unless asked, and says « cet appareil »', async () => {
    await page.goto(`${base}/affiches/`);
    expect(await page.locator('input[name="remember"]').isChecked()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(/ce téléphone/i);
    await unlock();
    expect(await page.evaluate(() => localStorage.getItem('babillard:members-key'))).toBeNull();
    await page.reload();
    await page.locator('#members-passphrase').waitFor({ state: 'visible' });
    expect(await page.locator('members-unlock.is-unlocked').count()).toBe(0);
  });
});

describe('one state per group', () => {
  const houseRules = (entriesOf('settings')[0]?.data as { houseRules: string[] }).houseRules;
  const byId = Object.fromEntries(membersGroups.map((g) => [g.id, (g.data['links'] as { platform: string; url: string }[]).map((l) => l.url)]));

  it('locked, a members-only card has one line leading to the passphrase, and no join button', async () => {
    await page.goto(`${base}/groupes/`);
    for (const { id } of membersGroups) {
      const card = page.locator(`#groupe-${id}`);
      expect(await card.locator('.members-locked').innerText()).toMatch(/phrase secrète/);
      expect(await card.locator('a.button').count()).toBe(0);
    }
    await page.locator(`#groupe-${group?.id} .members-locked a`).click();
    expect(await page.locator('#members-passphrase').isVisible()).toBe(true);
  });

  it('unlocked, the directory shows no members-only notice, and each link has the full join block of an open group', async () => {
    await page.goto(`${base}/groupes/`);
    await unlock();
    // The box is one line with « Oublier ».
    const box = await page.locator('members-unlock').boundingBox();
    expect(box?.height).toBeLessThan(90);
    expect(await page.locator('members-unlock [data-forget]').isVisible()).toBe(true);
    const visibleNotices = await page
      .locator('main')
      .getByText(/réservé aux membres|Membres seulement|phrase secrète/i)
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent));
    expect(visibleNotices).toEqual([]);
    for (const [id, urls] of Object.entries(byId)) {
      const card = page.locator(`#groupe-${id}`);
      const joins = card.locator('.join-link');
      expect(await joins.count(), id).toBe(urls.length);
      for (const [i, url] of urls.entries()) {
        const join = joins.nth(i);
        await join.locator('summary').click();
        for (const rule of houseRules) expect(await join.locator('.house-rules').innerText()).toContain(rule);
        expect(await join.locator('a.button').getAttribute('href')).toBe(url);
        expect(await join.locator('copy-link input').inputValue()).toBe(url);
        // copy-link's own script adds its button to the unlocked block too.
        expect(await join.locator('copy-link button').count()).toBe(1);
        expect(await join.innerText()).toContain('Ce que les autres voient de vous');
      }
    }
  });

  it('unlocked, a members-only group page shows each link’s options with its QR code, like an open group', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await unlock();
    const join = page.locator('section.join');
    for (const rule of houseRules) expect(await join.locator('.house-rules').innerText()).toContain(rule);
    const options = join.locator('.join-option');
    expect(await options.count()).toBe(groupLinks.length);
    for (const [i, url] of groupLinks.entries()) {
      const option = options.nth(i);
      expect(await option.locator('a.button').getAttribute('href')).toBe(url);
      expect(await option.locator('copy-link input').inputValue()).toBe(url);
      expect(await option.innerText()).toContain('Ce que les autres voient de vous');
      expect(decodeQrPng(await option.locator('.join-option__qr svg').screenshot())).toBe(url);
    }
    expect(await join.getByText(/réservé aux membres/).count()).toBe(0);
  });

  it('not ticking « remember » keeps the key for this page only', async () => {
    await page.goto(`${base}/groupes/${group?.id}/`);
    await page.locator('input[name="remember"]').uncheck();
    await unlock();
    expect(await page.evaluate(() => localStorage.getItem('babillard:members-key'))).toBeNull();
    await page.reload();
    await page.locator('#members-passphrase').waitFor({ state: 'visible' });
    expect(await joinButtons().count()).toBe(0);
  });
});

describe('posters of members-only groups', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'babillard-members-posters-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('say the passphrase is needed; printed once /affiches/ is unlocked, their QR code carries the key', async () => {
    const { key } = await buildVault({ passphrase: demoPassphrase, siteUrl: settings.baseUrl, groups: {} });
    const name = group?.data['name'] as string;
    const groupUrl = `${settings.baseUrl}groupes/${group?.id}/`;
    await page.goto(`${base}/affiches/`);
    const poster = page.locator('.poster').filter({ has: page.locator('h2', { hasText: name }) });
    expect(await poster.locator('figcaption').innerText()).toMatch(/phrase secrète/);
    await typePassphrase();
    await expect.poll(() => poster.getAttribute('data-qr-url'), { timeout: 20_000 }).toBe(`${groupUrl}#cle=${key}`);
    expect(await poster.locator('figcaption').innerText()).toBe('Scannez pour rejoindre ce groupe');
    const pdf = join(scratch, 'affiches.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    // One poster per sheet: the group's own sheet, rendered finely (the key makes its code denser than the directory poster's).
    const titles = await page.locator('.poster h2').allInnerTexts();
    const sheet = String(titles.indexOf(name) + 1);
    expect(Number(sheet)).toBeGreaterThan(0);
    execFileSync('pdftoppm', ['-r', '200', '-png', '-f', sheet, '-l', sheet, '-singlefile', pdf, join(scratch, 'sheet')]);
    expect(decodeQrPng(readFileSync(join(scratch, 'sheet.png')))).toBe(`${groupUrl}#cle=${key}`);
    // The card to cut out carries the key too; an open group's card never does.
    const card = page.locator(`.mini-card[data-qr-url^="${groupUrl}"]`);
    expect(await card.getAttribute('data-qr-url')).toBe(`${groupUrl}#cle=${key}`);
    // Cards are small: look at them at their printed size, as the directory test does.
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.emulateMedia({ media: 'print' });
    expect(decodeQrPng(await card.locator('svg').screenshot())).toBe(`${groupUrl}#cle=${key}`);
    expect(await page.locator('.mini-card[data-keyed]').count()).toBe(membersGroups.length);
  });
});
