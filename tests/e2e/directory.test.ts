import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import platformWords from '../../src/i18n/fr-platforms';
import { PHONE, DESKTOP, launchBrowser } from '../support/browser';
import { decodeQrPng } from '../support/qr-decode';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
const dist = inject('distDir');
let browser: Browser;
let page: Page;

interface GroupData {
  name: string;
  purpose?: string;
  access: 'open' | 'request' | 'members';
  archived: boolean;
  audience: string[];
  howToAsk?: string;
  importance?: string;
  links: { platform: string; url: string }[];
}
const groups = entriesOf('groups').map((e) => ({ id: e.id, data: e.data as unknown as GroupData }));
const visible = groups.filter((g) => !g.data.archived);
const openGroups = visible.filter((g) => g.data.access === 'open');
const membersLinks = groups.filter((g) => g.data.access === 'members').flatMap((g) => g.data.links.map((l) => l.url));
const settings = entriesOf('settings')[0]?.data as { baseUrl: string; houseRules: string[] };
const directoryUrl = new URL('groupes/', settings.baseUrl).href;
const groupPageUrl = (id: string) => new URL(`groupes/${id}/`, settings.baseUrl).href;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(() => browser.close());

describe('a member on a phone', () => {
  it('goes from the home page to the directory, then one tap shows the house rules and the join link', async () => {
    await page.goto(`${base}/`);
    await page.locator('main a[href="/groupes/"]').first().click();
    await page.waitForURL(`${base}/groupes/`);
    const first = openGroups[0];
    const link = first?.data.links[0];
    if (!first || !link) throw new Error('the example content needs an open group with a link');
    const card = page.locator(`#groupe-${first.id}`);
    const join = card.locator('a.button', { hasText: 'Ouvrir' }).first();
    expect(await join.isVisible()).toBe(false);
    await card.locator('.join-link summary').first().click();
    for (const rule of settings.houseRules) expect(await card.locator('.house-rules').first().innerText()).toContain(rule);
    expect(await join.isVisible()).toBe(true);
    expect(await join.getAttribute('href')).toBe(link.url);
    const rulesBox = await card.locator('.house-rules').first().boundingBox();
    const buttonBox = await join.boundingBox();
    expect(rulesBox && buttonBox && rulesBox.y < buttonBox.y).toBe(true);
  });

  it('finds a join button, with the house rules, for every public link and no other', async () => {
    await page.goto(`${base}/groupes/`);
    const hrefs = await page.locator('.join-link a.button').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.sort()).toEqual(openGroups.flatMap((g) => g.data.links.map((l) => l.url)).sort());
    const rules = await page.locator('.join-link .house-rules').allTextContents();
    expect(rules).toHaveLength(hrefs.length);
    for (const text of rules) for (const rule of settings.houseRules) expect(text).toContain(rule);
  });

  it('request groups get an « ask to join » button; members-only ones one line leading to the passphrase', async () => {
    await page.goto(`${base}/groupes/`);
    for (const group of visible.filter((g) => g.data.access !== 'open')) {
      const card = page.locator(`#groupe-${group.id}`);
      expect(await card.locator('.join-link').count()).toBe(0);
      if (group.data.access === 'request') expect(await card.locator('.join-request a.button').getAttribute('href')).toMatch(/^(mailto:|https:)/);
      else expect(await card.locator('.members-locked a[href="#membres"]').count()).toBe(1);
    }
    const request = visible.find((g) => g.data.access === 'request');
    if (request?.data.howToAsk) {
      await page.goto(`${base}/groupes/${request.id}/`);
      expect(await page.locator('.join').innerText()).toContain(request.data.howToAsk);
    }
  });

  it('copies a link with the copy button, the fallback for in-app browsers', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const phone = await context.newPage();
    const group = openGroups[0];
    const link = group?.data.links[0];
    await phone.goto(`${base}/groupes/${group?.id}/`);
    await phone.locator('copy-link button').first().click();
    // The status is written once the clipboard has answered: wait for it rather than read it at once.
    await phone.locator('copy-link [role="status"]').first().filter({ hasText: 'Lien copié.' }).waitFor();
    expect(await phone.evaluate(() => navigator.clipboard.readText())).toBe(link?.url);
    await context.close();
  });

  it('without JavaScript, still opens the rules and can select the link to copy it', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const phone = await context.newPage();
    await phone.goto(`${base}/groupes/`);
    const first = openGroups[0];
    const card = phone.locator(`#groupe-${first?.id}`);
    await card.locator('.join-link summary').first().click();
    expect(await card.locator('.join-link a.button').first().isVisible()).toBe(true);
    expect(await card.locator('copy-link input').first().inputValue()).toBe(first?.data.links[0]?.url);
    expect(await card.locator('copy-link button').count()).toBe(0);
    await context.close();
  });
});

describe('filters without JavaScript', () => {
  it('has a page per platform in use, listing exactly the groups on that platform', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${base}/groupes/`);
    const platformPages = await p.locator('.filters a[href^="/groupes/plateforme/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    const used = [...new Set(visible.flatMap((g) => g.data.links.map((l) => l.platform)))];
    expect(platformPages.map((href) => href.split('/')[3]).sort()).toEqual(used.sort());
    for (const href of platformPages) {
      const platform = href.split('/')[3];
      await p.goto(`${base}${href}`);
      const shown = await p.locator('.group-card').evaluateAll((els) => els.map((e) => e.id.replace('groupe-', '')));
      expect(shown.sort()).toEqual(
        visible
          .filter((g) => g.data.links.some((l) => l.platform === platform))
          .map((g) => g.id)
          .sort(),
      );
      const joins = await p.locator('.join-link a.button').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(joins.sort()).toEqual(openGroups.flatMap((g) => g.data.links.filter((l) => l.platform === platform).map((l) => l.url)).sort());
    }
    await context.close();
  });

  it('jumps to a category with its anchor, from the index at the top', async () => {
    await page.goto(`${base}/groupes/`);
    const anchors = await page.locator('.directory-index a.directory-index__category').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(anchors.length).toBe(new Set(visible.map((g) => (g as unknown as { data: { category: string } }).data.category)).size);
    for (const anchor of anchors) expect(await page.locator(`section h2[id="${anchor.slice(1)}"]`).count()).toBe(1);
  });

  it('answers "which groups are for me?" by audience', async () => {
    await page.goto(`${base}/groupes/`);
    const blocks = page.locator('.for-me details');
    const count = await blocks.count();
    const audiences = new Set(visible.flatMap((g) => g.data.audience));
    expect(count).toBe(audiences.size);
    for (let i = 0; i < count; i++) {
      const ids = await blocks
        .nth(i)
        .locator('a')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('href') ?? '').replace('#groupe-', '')));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(await page.locator(`#groupe-${id}`).count()).toBe(1);
    }
    const newcomers = visible.filter((g) => g.data.audience.includes('nouveaux')).map((g) => g.data.name);
    const block = blocks.filter({ hasText: 'Nouveaux membres' });
    expect((await block.locator('a').allTextContents()).sort()).toEqual(newcomers.sort());
  });

  it('lists each audience’s groups from the essential to the optional, each level named', async () => {
    await page.goto(`${base}/groupes/`);
    const rank = { essentiel: 0, 'selon-votre-role': 1, 'si-vous-voulez': 2 } as Record<string, number>;
    const importanceOf = (name: string) => rank[visible.find((g) => g.data.name === name)?.data.importance ?? 'si-vous-voulez'] ?? 2;
    for (const block of await page.locator('.for-me details').all()) {
      const names = await block.locator('a').allTextContents();
      const ranks = names.map(importanceOf);
      expect(ranks, names.join(', ')).toEqual([...ranks].sort((a, b) => a - b));
    }
    const newcomers = page.locator('.for-me details').filter({ hasText: 'Nouveaux membres' });
    expect(await newcomers.locator('dt').allTextContents()).toEqual(['Essentiel', 'Selon votre équipe ou votre rôle', 'Si vous voulez']);
  });
});

describe('QR codes on group pages', () => {
  it.each(['dark', 'light'] as const)('decode to exactly each invite link (%s theme)', async (colorScheme) => {
    const context = await browser.newContext({ viewport: DESKTOP, colorScheme });
    const p = await context.newPage();
    for (const group of openGroups) {
      await p.goto(`${base}/groupes/${group.id}/`);
      const codes = p.locator('.join-option__qr svg');
      expect(await codes.count()).toBe(group.data.links.length);
      for (const [i, link] of group.data.links.entries()) {
        expect(decodeQrPng(await codes.nth(i).screenshot()), `${group.id} ${link.platform}`).toBe(link.url);
        const name = platformWords[`platform.${link.platform}.name` as keyof typeof platformWords];
        expect(await codes.nth(i).getAttribute('aria-label')).toBe(`QR code du lien ${name}`);
      }
    }
    await context.close();
  });
});

describe('posters', () => {
  let pages: Buffer[] = [];
  let titles: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'babillard-posters-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeAll(async () => {
    const p = await browser.newPage();
    await p.goto(`${base}/affiches/`);
    titles = await p.locator('.poster h2').allInnerTexts();
    const pdf = join(scratch, 'affiches.pdf');
    await p.pdf({ path: pdf, preferCSSPageSize: true });
    await p.close();
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, join(scratch, 'page')]);
    pages = readdirSync(scratch)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => readFileSync(join(scratch, f)));
  });

  it('print one A4 page per poster: the directory, each group, then the sheets of cards', () => {
    const sheets = Math.ceil((visible.length + 1) / 8);
    expect(pages).toHaveLength(1 + visible.length + sheets);
    expect(titles).toHaveLength(1 + visible.length);
  });

  it('the directory poster’s code leads to the directory, where the join buttons are', async () => {
    const decoded = decodeQrPng(pages[0] ?? Buffer.alloc(0));
    expect(decoded).toBe(directoryUrl);
    await page.goto(`${base}${new URL(decoded ?? '').pathname}`);
    expect(await page.locator('h1').innerText()).toBe('Groupes de discussion');
    expect(await page.locator('.join-link').count()).toBeGreaterThan(0);
  });

  it('each group poster’s code leads to that group’s page, not to its invite link', () => {
    for (const [i, title] of titles.slice(1).entries()) {
      const group = visible.find((g) => g.data.name === title);
      expect(group, title).toBeDefined();
      expect(decodeQrPng(pages[i + 1] ?? Buffer.alloc(0)), title).toBe(groupPageUrl(group?.id ?? ''));
    }
  });

  it('every small card decodes, once per group plus the directory', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await p.emulateMedia({ media: 'print' });
    await p.goto(`${base}/affiches/`);
    const cards = p.locator('.mini-card');
    const decoded: (string | null)[] = [];
    for (let i = 0; i < (await cards.count()); i++) decoded.push(decodeQrPng(await cards.nth(i).locator('svg').screenshot()));
    await p.close();
    expect(decoded.sort()).toEqual([directoryUrl, ...visible.map((g) => groupPageUrl(g.id))].sort());
  });
});

describe('invite links stay away from search engines and strangers', () => {
  it('no members-only link appears in any file of the site, in clear or URL-encoded', () => {
    expect(membersLinks.length).toBeGreaterThan(0);
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const leaks: string[] = [];
    for (const file of walk(dist)) {
      const content = readFileSync(file, 'latin1');
      for (const url of membersLinks) {
        for (const form of [url, encodeURIComponent(url), url.replace(/&/g, '&amp;'), JSON.stringify(url).slice(1, -1)]) {
          if (content.includes(form)) leaks.push(`${file.slice(dist.length)}: ${url}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('pages and files with invite links say noindex, in the headers and in the page', async () => {
    const paths = ['/groupes/', `/groupes/${openGroups[0]?.id}/`, '/groupes/plateforme/whatsapp/', '/groupes/sante/', '/groupes.json'];
    for (const path of paths) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-robots-tag'), path).toContain('noindex');
      const body = await response.text();
      if (path.endsWith('/')) expect(body, path).toContain('<meta name="robots" content="noindex, nofollow"');
    }
    expect((await fetch(`${base}/`)).headers.get('x-robots-tag')).toBeNull();
  });

  it('robots.txt closes the same paths and points to the sitemap', async () => {
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain('Disallow: /groupes/');
    expect(robots).toContain('Disallow: /groupes.json');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', settings.baseUrl).href}`);
  });
});

describe('open data', () => {
  it('/groupes.json lists every visible group with its public links only', async () => {
    const json = (await (await fetch(`${base}/groupes.json`)).json()) as {
      url: string;
      categories: { id: string; groups: string[] }[];
      groups: { id: string; name: string; url: string; access: string; links: { url: string }[]; platforms: string[] }[];
    };
    expect(json.url).toBe(directoryUrl);
    expect(json.groups.map((g) => g.id).sort()).toEqual(visible.map((g) => g.id).sort());
    expect(json.categories.flatMap((c) => c.groups).sort()).toEqual(visible.map((g) => g.id).sort());
    for (const entry of json.groups) {
      const group = visible.find((g) => g.id === entry.id);
      expect(entry.url).toBe(groupPageUrl(entry.id));
      expect(entry.links.map((l) => l.url)).toEqual(group?.data.access === 'open' ? group.data.links.map((l) => l.url) : []);
      expect(entry.platforms.sort()).toEqual([...new Set(group?.data.links.map((l) => l.platform))].sort());
    }
  });
});

describe('the group health page', () => {
  it('lists the example warnings for admins, outside the menu and the sitemap', async () => {
    await page.goto(`${base}/groupes/sante/`);
    const items = await page.locator('.health > li').evaluateAll((els) => els.map((e) => e.id.replace('sante-', '')));
    // The site is built with BABILLARD_NOW=2026-11-21: files reviewed before 2025-11-21 are over a year old.
    const pattern = new RegExp((settings as unknown as { groupNamePattern: string }).groupNamePattern, 'u');
    const data = visible.map((g) => ({ id: g.id, ...(g.data as unknown as { name: string; admins: string[]; reviewed: string }) }));
    const expected = {
      admins: data.filter((g) => g.admins.length < 2).map((g) => g.id),
      name: data.filter((g) => !pattern.test(g.name)).map((g) => g.id),
      reviewed: data.filter((g) => g.reviewed < '2025-11-21').map((g) => g.id),
    };
    // The example content has one of each on purpose.
    for (const [kind, ids] of Object.entries(expected)) {
      expect(ids, kind).toHaveLength(1);
      expect(await page.locator(`#sante-${ids[0]} [data-kind="${kind}"]`).count(), kind).toBe(1);
    }
    expect(items.sort()).toEqual([...new Set(Object.values(expected).flat())].sort());
    expect(await page.locator('.site-nav a[href="/groupes/sante/"]').count()).toBe(0);
    expect(await (await fetch(`${base}/sitemap-0.xml`)).text()).not.toContain('/groupes/sante/');
  });
});
