/**
 * Sections and zones in the example site (two shops): the list, a section's
 * page, its feeds and posters, « ma section » remembered on the device only,
 * and the same pages without JavaScript.
 */
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, launchBrowser } from '../support/browser';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
const dist = inject('distDir');
let browser: Browser;

interface SectionData {
  name: string;
  place: { name: string; address?: string; lat?: number; lon?: number };
  officeHolders: { role: string; name: string }[];
  zones: { id: string; name: string; lead: string }[];
}
const sections = entriesOf('sections').map((e) => ({ id: e.id, data: e.data as unknown as SectionData }));
const groups = entriesOf('groups').map((e) => ({ id: e.id, data: e.data as unknown as { name: string; section?: string; zone?: string; archived: boolean } }));
const events = entriesOf('events').map((e) => ({ id: e.id, data: e.data as unknown as { title: string; section?: string; organiser?: string } }));
const news = entriesOf('news').map((e) => ({ id: e.id, data: e.data as unknown as { title: string; section?: string; date: string } }));
const doutre = sections.find((s) => s.id === 'doutre');
const sectionOfEvent = (e: (typeof events)[number]) => e.data.section ?? groups.find((g) => g.id === e.data.organiser)?.data.section;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const phone = async (javaScriptEnabled = true): Promise<Page> => (await browser.newContext({ viewport: PHONE, javaScriptEnabled })).newPage();

describe('the sections', () => {
  it('the example has two shops, one with zones, groups, events and news of its own', () => {
    expect(sections.map((s) => s.id).sort()).toEqual(['doutre', 'tilleuls']);
    expect(doutre?.data.zones.length).toBeGreaterThan(0);
    expect(groups.filter((g) => g.data.section === 'doutre').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => sectionOfEvent(e) === 'doutre').length).toBeGreaterThanOrEqual(2);
  });

  it('/sections/ lists each section with its address and a map link, reached from the menu', async () => {
    const page = await phone();
    await page.goto(`${base}/`);
    // On a phone the menu is folded behind its button.
    const menu = page.locator('.nav-menu summary');
    if (await menu.isVisible()) await menu.click();
    await page.locator('nav a:visible', { hasText: 'Sections' }).first().click();
    await page.waitForURL(`${base}/sections/`);
    for (const section of sections) {
      const card = page.locator('.section-card', { has: page.locator(`a[href="/sections/${section.id}/"]`) });
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.innerText()).toContain(section.data.place.address ?? section.data.place.name);
      expect(await card.locator('a[href^="https://www.openstreetmap.org/"]').count()).toBe(1);
    }
    await page.context().close();
  });

  it('a section’s page gives its people, contact, zones, its own groups, next events and news', async () => {
    const page = await phone();
    await page.goto(`${base}/sections/doutre/`);
    const main = page.locator('main');
    const text = await main.innerText();
    for (const holder of doutre?.data.officeHolders ?? []) expect(text).toContain(holder.name);
    for (const zone of doutre?.data.zones ?? []) {
      expect(text).toContain(zone.name);
      expect(text).toContain(`Responsable : ${zone.lead}`);
      // Each zone lists the groups that belong to it.
      const zoneGroups = groups.filter((g) => g.data.zone === zone.id);
      for (const group of zoneGroups) expect(await page.locator(`#zone-${zone.id} a[href="/groupes/${group.id}/"]`).count()).toBe(1);
    }
    expect(await main.locator('a[href^="mailto:doutre@"]').count()).toBeGreaterThan(0);
    const cards = await main.locator('.group-card').evaluateAll((nodes) => nodes.map((n) => n.closest('li')?.getAttribute('data-section')));
    expect(cards.length).toBe(groups.filter((g) => g.data.section === 'doutre' && !g.data.archived).length);
    expect(new Set(cards)).toEqual(new Set(['doutre']));
    for (const event of events.filter((e) => sectionOfEvent(e) === 'doutre')) expect(text).toContain(event.data.title);
    for (const item of news.filter((n) => n.data.section === 'doutre')) expect(text).toContain(item.data.title);
    expect(await main.locator('a[href="/agenda/section/doutre/"]').count()).toBeGreaterThan(0);
    expect(await main.locator('a[href="/affiches/section/doutre/"]').count()).toBe(1);
    await page.context().close();
  });

  it('the directory, agenda and news of a section are pages of their own, without JavaScript', async () => {
    const page = await phone(false);
    await page.goto(`${base}/groupes/section/doutre/`);
    const names = await page.locator('.group-card h3').allInnerTexts();
    expect(names.sort()).toEqual(
      groups
        .filter((g) => g.data.section === 'doutre' && !g.data.archived)
        .map((g) => g.data.name)
        .sort(),
    );
    await page.goto(`${base}/agenda/section/doutre/`);
    expect((await page.locator('main').innerText()).includes('Inventaire du magasin de la Doutre')).toBe(true);
    await page.goto(`${base}/annonces/section/doutre/`);
    expect(await page.locator('.news-card').count()).toBe(news.filter((n) => n.data.section === 'doutre').length);
    await page.context().close();
  });
});

describe('the feeds and posters of a section', () => {
  it('the calendar of a section carries its events, and those its groups organise, read by ical.js', () => {
    for (const section of sections) {
      const root = new ICAL.Component(ICAL.parse(readFileSync(join(dist, `agenda/section/${section.id}.ics`), 'utf8')));
      const uids = root
        .getAllSubcomponents('vevent')
        .filter((c) => !c.hasProperty('recurrence-id'))
        .map((c) => String(c.getFirstPropertyValue('uid')));
      const expected = events.filter((e) => sectionOfEvent(e) === section.id);
      expect(uids.length, section.id).toBe(expected.length);
      for (const event of expected)
        expect(
          uids.some((uid) => uid.startsWith(event.id)),
          event.id,
        ).toBe(true);
      expect(root.getFirstPropertyValue('x-wr-calname')).toContain(section.data.name);
    }
  });

  it('the RSS feed of a section carries only its news', async () => {
    const response = await fetch(`${base}/annonces/section/doutre/rss.xml`);
    expect(response.status).toBe(200);
    const xml = new XMLParser().parse(await response.text()) as { rss: { channel: { title: string; item: { title: string } | { title: string }[] } } };
    const items = [xml.rss.channel.item].flat();
    expect(items.map((i) => i.title)).toEqual(news.filter((n) => n.data.section === 'doutre').map((n) => n.data.title));
    expect(xml.rss.channel.title).toContain('Magasin de la Doutre');
  });

  it('the posters of a section: its own poster, one per group of the section, and cards', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${base}/affiches/section/doutre/`);
    const posters = await page.locator('.poster').count();
    const own = groups.filter((g) => g.data.section === 'doutre' && !g.data.archived);
    expect(posters).toBe(own.length + 1);
    expect(await page.locator('.poster').first().getAttribute('data-qr-url')).toMatch(/\/sections\/doutre\/$/);
    expect(await page.locator('.mini-card').count()).toBe(own.length + 1);
    await page.close();
  });

  it('/groupes.json says the section and zone of each group', async () => {
    const json = (await (await fetch(`${base}/groupes.json`)).json()) as { groups: { id: string; section: string | null; zone: string | null }[] };
    for (const group of json.groups) {
      const data = groups.find((g) => g.id === group.id)?.data;
      expect([group.section, group.zone], group.id).toEqual([data?.section ?? null, data?.zone ?? null]);
    }
    expect(json.groups.some((g) => g.zone !== null)).toBe(true);
  });
});

describe('« ma section »', () => {
  it('without JavaScript, the home page simply links to each section', async () => {
    const page = await phone(false);
    await page.goto(`${base}/`);
    const block = page.locator('.my-section');
    for (const section of sections) expect(await block.locator(`a[href="/sections/${section.id}/"]`).isVisible()).toBe(true);
    expect(await block.locator('form').isVisible()).toBe(false);
    await page.context().close();
  });

  it('is chosen once, kept on the device, sent nowhere, and puts its groups first in the directory', async () => {
    const page = await phone();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${base}/`);
    const block = page.locator('.my-section');
    await block.locator('select').selectOption('doutre');
    const before = requests.length;
    await block.locator('button[type="submit"]').click();
    await block.locator('[data-chosen]').waitFor({ state: 'visible' });
    // Choosing asks nothing of any server, and no cookie is set.
    expect(requests.slice(before)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('babillard:section'))).toBe('doutre');
    expect(await block.locator('[data-name]').innerText()).toBe('Magasin de la Doutre');
    expect(await block.locator('a[data-link="page"]').getAttribute('href')).toBe('/sections/doutre/');
    expect(await block.locator('a[data-link="agenda"]').getAttribute('href')).toBe('/agenda/section/doutre/');
    expect(requests.every((url) => url.startsWith(base))).toBe(true);

    await page.goto(`${base}/groupes/`);
    await page.locator('.my-section [data-chosen]').waitFor({ state: 'visible' });
    const teams = page.locator('.directory-section', { has: page.locator('#equipes-de-creneau') }).locator('ul.cards > li');
    const order = await teams.evaluateAll((items) => items.map((li) => li.getAttribute('data-section')));
    const mine = order.filter((s) => s === 'doutre').length;
    expect(mine).toBeGreaterThan(0);
    expect(order.slice(0, mine)).toEqual(Array(mine).fill('doutre'));
    expect(await teams.first().getAttribute('class')).toContain('is-my-section');

    // Changing: the choice is forgotten and the directory goes back to its own order.
    await page.locator('.my-section button[data-change]').click();
    await page.locator('.my-section form').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => localStorage.getItem('babillard:section'))).toBe(null);
    const after = await teams.evaluateAll((items) => items.map((li) => li.getAttribute('data-section')));
    expect(after.slice(0, mine)).not.toEqual(Array(mine).fill('doutre'));
    await page.context().close();
  });
});
