import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, launchBrowser } from '../support/browser';
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

const settings = () => entriesOf('settings')[0]?.data as { name: string; baseUrl: string };
const published = () =>
  entriesOf('news')
    .filter((n) => (n.data['date'] as string) <= today)
    .sort((a, b) => (b.data['date'] as string).localeCompare(a.data['date'] as string) || a.id.localeCompare(b.id));

/** Every built HTML page, as its site path and text. */
function builtPages(): { path: string; html: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      // The CMS (/admin/) is Decap's application, not a page of the site.
      if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' || (dir === dist && name === 'admin') ? [] : walk(full);
      return name.endsWith('.html') ? [full] : [];
    });
  return walk(dist).map((file) => ({ path: `/${relative(dist, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
}

describe('urgent banner', () => {
  const urgent = () => published().filter((n) => typeof n.data['urgentUntil'] === 'string' && today <= n.data['urgentUntil']);

  it('is on every page while the item’s urgent-until date has not passed, linking to it, but on the item’s own page', () => {
    const [newest] = urgent();
    expect(newest).toBeDefined();
    const own = `/annonces/${newest?.id}/`;
    // Posters are printed: an urgent banner would end up on paper.
    const pages = builtPages().filter(({ html }) => !html.includes('class="print-body"'));
    expect(pages.length).toBeGreaterThan(40);
    for (const { path, html } of pages) {
      const banner = /<section class="urgent"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      if (path === own) expect(banner, path).toBe('');
      else expect(banner, path).toContain(`href="${own}"`);
    }
  });

  it('leads to the news item in one tap', async () => {
    const [item] = urgent();
    await page.goto(`${base}/guide/`);
    const banner = page.locator('section.urgent');
    expect(await banner.isVisible()).toBe(true);
    await banner.locator('a').first().click();
    await page.waitForURL(`${base}/annonces/${item?.id}/`);
    expect(await page.locator('h1').textContent()).toBe(item?.data['title']);
  });
});

describe('RSS feed', () => {
  it('parses, and lists the published news newest first with absolute links', async () => {
    const response = await fetch(`${base}/annonces/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    // Well-formed for the browser's own XML parser too.
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? 'ok', xml)).toBe(
      'ok',
    );
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml) as {
      rss: {
        channel: {
          title: string;
          link: string;
          language: string;
          item: { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string; category?: string[] }[];
        };
      };
    };
    const { channel } = feed.rss;
    const site = settings();
    expect(channel.title).toContain(site.name);
    expect(channel.language).toBe('fr');
    const news = published();
    expect(channel.item.map((i) => i.title)).toEqual(news.map((n) => n.data['title']));
    channel.item.forEach((item, i) => {
      const entry = news[i];
      const url = new URL(`annonces/${entry?.id}/`, site.baseUrl).href;
      expect(item.link).toBe(url);
      expect(item.guid['#text']).toBe(url);
      expect(item.description).toBe(entry?.data['summary']);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(entry?.data['date']);
      expect(item.category ?? []).toEqual(entry?.data['tags']);
    });
  });

  it('is announced by every page, for feed readers to find', () => {
    for (const { path, html } of builtPages()) {
      expect(html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/annonces\/rss\.xml">/);
    }
  });
});

describe('tags', () => {
  it('each tag page lists exactly the news carrying the tag', async () => {
    const news = published();
    const tags = [...new Set(news.flatMap((n) => n.data['tags'] as string[]))];
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags.slice(0, 3)) {
      await page.goto(`${base}/annonces/etiquettes/${tag}/`);
      const links = await page.locator('.news-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(news.filter((n) => (n.data['tags'] as string[]).includes(tag)).map((n) => `/annonces/${n.id}/`));
    }
  });
});
