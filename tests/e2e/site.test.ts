import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, launchBrowser } from '../support/browser';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
const dist = inject('distDir');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(() => browser.close());

const text = async (selector: string) => (await page.locator(selector).allInnerTexts()).join('\n');

describe('every page type renders its content', () => {
  it('home: the co-op, the way to groups and guide, next events and latest news', async () => {
    await page.goto(`${base}/`);
    const settings = entriesOf('settings')[0]?.data as { name: string; tagline: string };
    expect(await text('h1')).toBe(settings.name);
    expect(await text('main')).toContain(settings.tagline);
    expect(await page.locator('main a[href="/groupes/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/guide/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="prochainement"] .event-card').count()).toBe(3);
    expect(await page.locator('.news-card').count()).toBe(3);
  });

  it('directory: every visible group under its category, archived ones hidden', async () => {
    await page.goto(`${base}/groupes/`);
    const main = await text('main');
    // The example content keeps an archived group (paniers-du-verger), so the first branch below runs.
    expect(entriesOf('groups').filter((g) => g.data['archived'] === true).length).toBeGreaterThan(0);
    for (const group of entriesOf('groups')) {
      const { name, archived } = group.data as { name: string; archived: boolean };
      if (archived) {
        expect(main).not.toContain(name);
        expect(existsSync(join(dist, 'groupes', group.id))).toBe(false);
      } else expect(main).toContain(name);
    }
    for (const category of entriesOf('categories')) expect(main).toContain((category.data as { name: string }).name);
  });

  it('group page: purpose, rules, admins, and a join button per open link', async () => {
    const open = entriesOf('groups').find((g) => g.data['access'] === 'open' && !g.data['archived']);
    if (!open) throw new Error('the example content needs an open group');
    await page.goto(`${base}/groupes/${open.id}/`);
    expect(await text('h1')).toBe(open.data['name']);
    expect(await text('main')).toContain(open.data['purpose'] as string);
    for (const admin of open.data['admins'] as string[]) expect(await text('main')).toContain(admin);
    for (const link of open.data['links'] as { url: string }[]) expect(await page.locator(`a.button[href="${link.url}"]`).count()).toBe(1);
  });

  it('members-only group page: explains how to get the link and prints none', async () => {
    const members = entriesOf('groups').find((g) => g.data['access'] === 'members' && !g.data['archived']);
    if (!members) throw new Error('the example content needs a members-only group');
    await page.goto(`${base}/groupes/${members.id}/`);
    const html = await page.content();
    for (const link of members.data['links'] as { url: string }[]) expect(html).not.toContain(link.url);
    // Locked, the page says the link is for members and how they unlock it.
    expect(await text('main')).toMatch(/réservés? aux membres|qu’aux membres/);
  });

  it('guide: chapters in order, with previous and next links', async () => {
    const chapters = entriesOf('pages')
      .filter((p) => p.data['kind'] === 'guide')
      .sort((a, b) => (a.data['order'] as number) - (b.data['order'] as number));
    await page.goto(`${base}/guide/`);
    const titles = await page.locator('.chapters h2').allInnerTexts();
    expect(titles).toEqual(chapters.map((c) => c.data['title']));
    await page.goto(`${base}/guide/${chapters[1]?.id}/`);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(`/guide/${chapters[0]?.id}/`);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(`/guide/${chapters[2]?.id}/`);
  });

  it('charter: decisions newest first, each linked to an existing section', async () => {
    await page.goto(`${base}/charte/`);
    const dates = await page.locator('.decisions time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBe(entriesOf('decisions').length);
    expect([...dates].sort().reverse()).toEqual(dates);
    const anchors = await page.locator('.decisions a[href^="#"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const anchor of anchors) expect(await page.locator(`[id="${anchor.slice(1)}"]`).count()).toBe(1);
  });

  it('agenda and event page: French dates, place with a map link, organiser', async () => {
    await page.goto(`${base}/agenda/`);
    expect(await text('main')).toMatch(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \p{L}+, \d{1,2}\sh/u);
    const first = page.locator('.event-card h3 a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`${base}${href}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await text('.event-facts')).toMatch(/Quand/);
  });

  it('news: newest first, and each item opens', async () => {
    await page.goto(`${base}/annonces/`);
    const dates = await page.locator('.news-card time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.locator('.news-card__title a').first().click();
    expect(await text('.prose')).not.toBe('');
  });

  it('an unknown address gets the 404 page', async () => {
    const response = await page.goto(`${base}/nulle-part/`);
    expect(response?.status()).toBe(404);
    expect(await text('h1')).toBe('Page introuvable');
  });
});

describe('navigation', () => {
  it('each header link leads to its section', async () => {
    await page.goto(`${base}/`);
    // On the phone, the menu is behind its button.
    const menu = '.site-nav__list--folded a';
    const links = await page.locator(menu).evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href') ?? '', label: e.textContent ?? '' })));
    // The example co-op has two shops: the sections get their entry.
    expect(entriesOf('sections').length).toBeGreaterThan(0);
    expect(links.map((l) => l.href)).toEqual(['/groupes/', '/guide/', '/agenda/', '/annonces/', '/charte/', '/sections/']);
    for (const { href, label } of links) {
      await page.goto(`${base}/`);
      await page.locator('.nav-menu summary').click();
      await page.locator(menu, { hasText: label }).click();
      await page.waitForURL(`${base}${href}`);
      expect(await page.locator(`${menu}[aria-current="page"]`).getAttribute('href')).toBe(href);
      expect(await page.locator('h1').count()).toBe(1);
    }
  });

  it('the footer offers a report to the moderation address', async () => {
    await page.goto(`${base}/`);
    const settings = entriesOf('settings')[0]?.data as { moderationEmail: string };
    expect(await page.locator(`footer a[href^="mailto:${settings.moderationEmail}"]`).count()).toBe(1);
  });
});

describe('phone layout', () => {
  // Every built page is held to 390 px by the accessibility sweep (accessibility.test.ts); the search results are drawn in the browser, after it.
  it('the search results do not scroll sideways at 390×844', async () => {
    await page.goto(`${base}/recherche/?q=cr%C3%A9neau`);
    await page.locator('.search-result').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});

describe('the CMS page of a built site', () => {
  it('loads its prepared bundle under the admin CSP and says in French that the git host is not configured', async () => {
    const cms = await browser.newPage();
    const problems: string[] = [];
    cms.on('pageerror', (error) => problems.push(error.message));
    cms.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await cms.goto(`${base}/admin/`);
    await cms.getByText('Le CMS n’est pas encore relié au dépôt git de la coopérative', { exact: false }).waitFor();
    expect(problems).toEqual([]);
    await cms.close();
  });
});
