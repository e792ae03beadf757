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

/** Searches through the page's own form (as a visitor types) and reads the results shown once Pagefind has answered. */
async function search(query: string): Promise<Shown[]> {
  if (!page.url().startsWith(`${base}/recherche/`)) await page.goto(`${base}/recherche/`);
  await page.fill('main input[name="q"]', query);
  await page.waitForFunction(
    (q) =>
      document.querySelector('babillard-search')?.getAttribute('data-state') === 'done' &&
      (document.querySelector('[data-status]')?.textContent ?? '').includes(`« ${q} »`),
    query,
  );
  return shownResults();
}

/** The same, then « Voir plus de résultats » until every result is shown. */
async function searchAll(query: string): Promise<Shown[]> {
  await search(query);
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
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
  it('loads nothing of the search on other pages, and starts loading it as /recherche/ opens, without a worker', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${base}/`);
    await page.goto(`${base}/agenda/`);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const engine = page.waitForRequest((request) => /\/pagefind\/pagefind\.[a-z_0-9]+\.pf_meta$/.test(new URL(request.url()).pathname));
    // The example site's index is small: its chunks come with the page, before a word is typed.
    const index = page.waitForRequest((request) => /\/pagefind\/index\/[a-z_0-9]+\.pf_index$/.test(new URL(request.url()).pathname));
    await page.goto(`${base}/recherche/`);
    await Promise.all([engine, index]);
    expect(requested).toContain('/pagefind/pagefind.js');
    await page.fill('main input[name="q"]', 'groupe');
    await page.waitForSelector('.search-result');
    expect(requested.filter((path) => path.includes('worker'))).toEqual([]);
    page.removeAllListeners('request');
  });

  it('answers group and page names at once, before Pagefind has come: « volan » finds the Volants group', async () => {
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    const fresh = await browser.newPage({ viewport: PHONE });
    await fresh.route('**/pagefind/**', (route) => (holding ? void held.push(() => route.continue()) : route.continue()));
    await fresh.goto(`${base}/recherche/`);
    await fresh.fill('main input[name="q"]', 'volan');
    await fresh.waitForSelector('babillard-search[data-state="titles"] .search-result');
    expect(await fresh.locator('.search-result a').first().getAttribute('href')).toBe('/groupes/volants/');
    expect(await fresh.locator('.search-result__kind').first().innerText()).toBe('Groupe');
    // Pagefind has not answered: nothing of its index has been let through.
    expect(await fresh.locator('babillard-search').getAttribute('data-state')).toBe('titles');
    holding = false;
    for (const release of held.splice(0)) await release();
    await fresh.waitForSelector('babillard-search[data-state="done"]');
    expect(await fresh.locator('.search-result a').first().getAttribute('href')).toBe('/groupes/volants/');
    await fresh.close();
  });

  it('« volan » still finds the Volants group once Pagefind has answered, and so do « vol » and « Volants »', async () => {
    for (const query of ['volan', 'vol', 'Volants']) {
      const [first] = await search(query);
      expect(first?.url, query).toBe('/groupes/volants/');
    }
  });

  it('fetches the data of the first five results only, and five more with « Voir plus de résultats »', async () => {
    const fragments: string[] = [];
    const fresh = await browser.newPage({ viewport: PHONE });
    fresh.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
    });
    await fresh.goto(`${base}/recherche/?q=cagette`);
    await fresh.waitForSelector('babillard-search[data-state="done"]');
    const total = Number(/\d+/.exec((await fresh.locator('[data-status]').textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(10);
    expect(fragments).toHaveLength(5);
    const shown = await fresh.locator('.search-result').count();
    expect(shown).toBeLessThan(total);
    await fresh.locator('[data-more]').click();
    await fresh.waitForFunction(
      () =>
        document.querySelector('babillard-search')?.getAttribute('data-state') === 'done' && !document.querySelector('[data-more]')?.hasAttribute('disabled'),
    );
    expect(fragments).toHaveLength(10);
    // Every result shows once: the groups found by their name are not repeated when Pagefind's data comes.
    const urls = await fresh.locator('.search-result a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(urls).size).toBe(urls.length);
    await fresh.close();
  });

  it('never joins two words in a snippet', async () => {
    const results = await search('pour qui');
    expect(results.length).toBeGreaterThan(0);
    const excerpts = await page.locator('.search-result p:not(.badge)').allInnerTexts();
    expect(excerpts.some((text) => /Pour qui [A-ZÉ]/.test(text))).toBe(true);
    for (const text of excerpts) expect(text, text).not.toMatch(/qui[A-ZÉ]/);
  });

  it('"créneau" finds the pages about créneaux, with or without the accent or the plural', async () => {
    const titled = searchablePages().filter((p) =>
      bareWords(p.title)
        .split(' ')
        .some((w) => w === 'creneau' || w === 'creneaux'),
    );
    expect(titled.length).toBeGreaterThan(1);
    const results = await searchAll('créneau');
    expect(titled.map((p) => p.url)).toContain(results[0]?.url);
    for (const page of titled) expect(results.map((r) => r.url)).toContain(page.url);
    const urls = (shown: Shown[]) => shown.map((r) => r.url).sort();
    expect(urls(await searchAll('creneau'))).toEqual(urls(results));
    expect(urls(await searchAll('créneaux'))).toEqual(urls(results));
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
    const all = await searchAll('créneau');
    for (const result of all) if (result.kind !== 'Page') expect(result.url.startsWith(prefix[result.kind] ?? '?'), `${result.kind} ${result.url}`).toBe(true);
    const guides = all.filter((r) => r.kind === 'Guide');
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.length).toBeLessThan(all.length);

    const count = await page.locator('[data-kind-count="guide"]').textContent();
    expect(count).toBe(`(${guides.length})`);
    await page.locator('.search-kinds label', { hasText: 'Guide' }).click();
    await page.waitForSelector('babillard-search[data-state="done"]');
    expect(guides.length, 'the guide filter should fit in one step of results').toBeLessThanOrEqual(5);
    const filtered = await shownResults();
    expect(filtered.map((r) => r.kind)).toEqual(guides.map(() => 'Guide'));
    expect(filtered.map((r) => r.url).sort()).toEqual(guides.map((r) => r.url).sort());
    expect(new URL(page.url()).searchParams.get('type')).toBe('guide');

    // The address keeps words and kind: reloading it shows the same results.
    await page.reload();
    await page.waitForSelector('babillard-search[data-state="done"]');
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

  it('never joins the text of two blocks into one word', () => {
    let pairs = 0;
    for (const text of fragments()) {
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      const html = readFileSync(join(dist, fragment.url.endsWith('/') ? `${fragment.url}index.html` : fragment.url), 'utf8');
      const blocks = blockTexts(html);
      for (const [i, block] of blocks.entries()) {
        const next = blocks[i + 1];
        if (!next) continue;
        const joined = `${block.split(/\s+/).at(-1) ?? ''}${next.split(/\s+/)[0] ?? ''}`;
        // A joined form that is written somewhere as one word (a product name) proves nothing.
        if (blocks.some((b) => b.includes(joined))) continue;
        pairs += 1;
        expect(fragment.content.includes(joined), `${fragment.url}: « ${joined} »`).toBe(false);
      }
    }
    expect(pairs).toBeGreaterThan(500);
  });
});

/** Elements that run inside a line of text; every other tag starts or ends a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'del',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/** The texts of the blocks of a page's main element, in order (scripts and SVG drawings left out). */
function blockTexts(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
  return main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .split(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/i)
    .reduce<string[]>(
      (blocks, piece, i) => {
        // split() with a group alternates text and tag names.
        if (i % 2 === 1) {
          if (!INLINE.has(piece.toLowerCase())) blocks.push('');
        } else blocks[blocks.length - 1] = `${blocks.at(-1) ?? ''}${piece}`;
        return blocks;
      },
      [''],
    )
    .map((block) => block.replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole).trim())
    .filter(Boolean);
}
