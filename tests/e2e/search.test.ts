import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bareWords } from '../../src/lib/search';
import { PHONE, DESKTOP, launchBrowser } from '../support/browser';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
const dist = inject('distDir');
const today = '2026-11-21'; // BABILLARD_NOW of the e2e build
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(() => browser.close());

/** Every page the search may return, with its address and title, read from the content files. */
function searchablePages(): { url: string; title: string }[] {
  const groups = entriesOf('groups')
    .filter((g) => !g.data['archived'])
    .map((g) => ({ url: `/groupes/${g.id}/`, title: g.data['name'] as string }));
  const pages = entriesOf('pages').map((p) => {
    const kind = p.data['kind'];
    return { url: kind === 'guide' ? `/guide/${p.id}/` : kind === 'charter' ? '/charte/' : `/${p.id}/`, title: p.data['title'] as string };
  });
  const events = entriesOf('events').map((e) => ({ url: `/agenda/${e.id}/`, title: e.data['title'] as string }));
  const news = entriesOf('news')
    .filter((n) => (n.data['date'] as string) <= today)
    .map((n) => ({ url: `/annonces/${n.id}/`, title: n.data['title'] as string }));
  return [...groups, ...pages, ...events, ...news];
}

interface Shown {
  url: string;
  title: string;
  kind: string;
}

/** Searches through the page's own form (as a visitor types) and reads the results shown. */
async function search(query: string): Promise<Shown[]> {
  if (!page.url().startsWith(`${base}/recherche/`)) await page.goto(`${base}/recherche/`);
  await page.fill('main input[name="q"]', query);
  await page.waitForFunction((q) => (document.querySelector('[data-status]')?.textContent ?? '').includes(`« ${q} »`), query);
  return shownResults();
}

async function shownResults(): Promise<Shown[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      url: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('h2')?.textContent ?? '',
      kind: li.querySelector('.search-result__kind')?.textContent ?? '',
    })),
  );
}

describe('search', () => {
  it('loads nothing of the search until the visitor searches', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/`);
    await page.goto(`${base}/recherche/`);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.fill('main input[name="q"]', 'groupe');
    await page.waitForSelector('.search-result');
    expect(requested).toContain('/pagefind/pagefind.js');
    page.removeAllListeners('request');
  });

  it('"créneau" finds the pages about créneaux, with or without the accent or the plural', async () => {
    const titled = searchablePages().filter((p) =>
      bareWords(p.title)
        .split(' ')
        .some((w) => w === 'creneau' || w === 'creneaux'),
    );
    expect(titled.length).toBeGreaterThan(1);
    const results = await search('créneau');
    expect(titled.map((p) => p.url)).toContain(results[0]?.url);
    for (const page of titled) expect(results.map((r) => r.url)).toContain(page.url);
    const urls = (shown: Shown[]) => shown.map((r) => r.url).sort();
    expect(urls(await search('creneau'))).toEqual(urls(results));
    expect(urls(await search('créneaux'))).toEqual(urls(results));
  });

  it('"assemblée" puts a page about the general assembly first, typed with or without the accent', async () => {
    const titled = searchablePages().filter((p) => bareWords(p.title).split(' ').includes('assemblee'));
    expect(titled.length).toBeGreaterThan(0);
    for (const query of ['assemblée', 'assemblee']) {
      const [first] = await search(query);
      expect(titled.map((p) => p.url)).toContain(first?.url);
    }
  });

  it('a group’s name finds that group first, and says it is a group', async () => {
    const groups = entriesOf('groups').filter((g) => !g.data['archived']);
    for (const group of groups) {
      const [first] = await search(group.data['name'] as string);
      expect(first, group.id).toEqual({ url: `/groupes/${group.id}/`, title: group.data['name'], kind: 'Groupe' });
    }
  });

  it('each result says what it is, and the kind filter keeps only that kind', async () => {
    const prefix: Record<string, string> = { Groupe: '/groupes/', Agenda: '/agenda/', Guide: '/guide/', Charte: '/charte/', Annonce: '/annonces/' };
    await page.goto(`${base}/recherche/`);
    const all = await search('créneau');
    for (const result of all) if (result.kind !== 'Page') expect(result.url.startsWith(prefix[result.kind] ?? '?'), `${result.kind} ${result.url}`).toBe(true);
    const guides = all.filter((r) => r.kind === 'Guide');
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.length).toBeLessThan(all.length);

    const count = await page.locator('[data-kind-count="guide"]').textContent();
    expect(count).toBe(`(${guides.length})`);
    await page.locator('.search-kinds label', { hasText: 'Guide' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, guides.length);
    const filtered = await shownResults();
    expect(filtered.map((r) => r.kind)).toEqual(guides.map(() => 'Guide'));
    expect(filtered.map((r) => r.url).sort()).toEqual(guides.map((r) => r.url).sort());
    expect(new URL(page.url()).searchParams.get('type')).toBe('guide');

    // The address keeps words and kind: reloading it shows the same results.
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, guides.length);
    expect(await page.locator('main input[name="q"]').inputValue()).toBe('créneau');
  });

  it('the header search on a computer leads to the results', async () => {
    const group = entriesOf('groups').find((g) => !g.data['archived']);
    if (!group) throw new Error('the example content needs a group');
    const wide = await browser.newPage({ viewport: DESKTOP });
    await wide.goto(`${base}/agenda/`);
    await wide.fill('header input[name="q"]', group.data['name'] as string);
    await wide.press('header input[name="q"]', 'Enter');
    await wide.waitForURL(/\/recherche\/\?q=/);
    await wide.waitForSelector('.search-result');
    expect(await wide.locator('.search-result a').first().getAttribute('href')).toBe(`/groupes/${group.id}/`);
    await wide.close();
  });

  it('on a phone the header offers a link to the search page', async () => {
    await page.goto(`${base}/guide/`);
    await page.locator('a.header-search--link').click();
    await page.waitForURL(`${base}/recherche/`);
    expect(await page.locator('h1').textContent()).toBe('Rechercher');
  });
});

describe('the search index', () => {
  const fragments = () => {
    const dir = join(dist, 'pagefind', 'fragment');
    return readdirSync(dir).map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
  };

  it('holds the detail pages only, never an invite link', () => {
    const texts = fragments();
    const urls = texts.map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url).sort();
    expect(urls).toEqual(
      searchablePages()
        .map((p) => p.url)
        .sort(),
    );
    const inviteLinks = entriesOf('groups').flatMap((g) => (g.data['links'] as { url: string }[]).map((l) => l.url));
    expect(inviteLinks.length).toBeGreaterThan(0);
    for (const link of inviteLinks) for (const text of texts) expect(text).not.toContain(link);
  });
});
