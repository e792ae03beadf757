import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';
import { PHONE, launchBrowser } from '../support/browser';
import { projectRoot } from '../support/build-site';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(() => browser.close());

const settings = () => entriesOf('settings')[0]?.data as { name: string; baseUrl: string; accentColour: string; logo?: string };
const chapters = () =>
  entriesOf('pages')
    .filter((p) => p.data['kind'] === 'guide')
    .sort((a, b) => (a.data['order'] as number) - (b.data['order'] as number));

describe('guide chapter', () => {
  it('has a table of contents of the whole guide, the current chapter marked with its sections', async () => {
    const all = chapters();
    const withSections = all.find((c) => renderMarkdown(c.body).headings.filter((h) => h.depth === 2).length > 1);
    if (!withSections) throw new Error('the example guide needs a chapter with sections');
    await page.goto(`${base}/guide/${withSections.id}/`);
    const toc = page.locator('nav.guide-toc');
    expect(await toc.locator(':scope > ol > li > a').allTextContents()).toEqual(all.map((c) => c.data['title']));
    expect(await toc.locator('a[aria-current="page"]').getAttribute('href')).toBe(`/guide/${withSections.id}/`);
    const sections = renderMarkdown(withSections.body).headings.filter((h) => h.depth === 2);
    expect(await toc.locator('ul a').allTextContents()).toEqual(sections.map((h) => h.text));
    await toc.locator('ul a').last().click();
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(sections.at(-1)?.id ?? '')}`);
    expect(await page.locator('main').textContent()).toMatch(/\d+ min de lecture/);
  });
});

describe('charter', () => {
  it('every section has a visible link to itself', async () => {
    await page.goto(`${base}/charte/`);
    const ids = await page.locator('.charter h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const anchor = page.locator(`.charter h2[id="${id}"] a.heading-anchor`);
      expect(await anchor.getAttribute('href')).toBe(`#${id}`);
      expect(await anchor.isVisible()).toBe(true);
    }
    await page.locator(`.charter h2[id="${ids[1]}"] a.heading-anchor`).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${ids[1]}`);
  });

  it('each decision links to the charter section it changed, and the section links back', async () => {
    await page.goto(`${base}/charte/`);
    for (const decision of entriesOf('decisions')) {
      const item = page.locator(`#decision-${decision.id}`);
      const section = decision.data['section'] as string;
      expect(await item.locator('a', { hasText: /./ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`#${section}`);
      expect(await page.locator(`.charter h2[id="${section}"]`).count()).toBe(1);
      expect(await page.locator(`.toc a[href="#decision-${decision.id}"]`).count()).toBe(1);
    }
  });
});

describe('site basics', () => {
  const sitemapPaths = async () => {
    const index = await (await fetch(`${base}/sitemap-index.xml`)).text();
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    const paths: string[] = [];
    for (const file of files) {
      const xml = await (await fetch(`${base}${file}`)).text();
      paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    }
    return paths;
  };

  it('the sitemap lists the public pages and none of the pages kept out of search engines', async () => {
    const paths = await sitemapPaths();
    expect(paths).toContain('/');
    expect(paths).toContain('/charte/');
    expect(paths.filter((p) => p.startsWith('/groupes/'))).toEqual([]);
    expect(await (await fetch(`${base}/robots.txt`)).text()).toContain(`Sitemap: ${new URL('sitemap-index.xml', settings().baseUrl).href}`);
  });

  it('each page has its canonical address, description and Open Graph card; group pages say noindex instead', async () => {
    const { baseUrl, name } = settings();
    for (const path of (await sitemapPaths()).slice(0, 12)) {
      await page.goto(`${base}${path}`);
      const head = await page.evaluate(() => ({
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
        ogSite: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
        title: document.title,
      }));
      expect(head.canonical, path).toBe(new URL(path.slice(1), baseUrl).href);
      expect(head.ogUrl).toBe(head.canonical);
      expect(head.description?.length, path).toBeGreaterThan(10);
      expect(head.ogSite).toBe(name);
      expect(head.title.startsWith(head.ogTitle ?? '?'), path).toBe(true);
    }
    const group = entriesOf('groups').find((g) => !g.data['archived']);
    await page.goto(`${base}/groupes/${group?.id}/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  });

  it('the favicon and the web app manifest come from the settings', async () => {
    const { name, accentColour, logo } = settings();
    await page.goto(`${base}/`);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe(logo ?? '/favicon.svg');
    expect((await fetch(`${base}${icon}`)).status).toBe(200);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await fetch(`${base}${manifestHref}`)).json()) as { name: string; theme_color: string; icons: { src: string }[] };
    expect(manifest.name).toBe(name);
    expect(manifest.theme_color).toBe(accentColour);
    for (const { src } of manifest.icons) expect((await fetch(`${base}${src}`)).status).toBe(200);
  });

  it('"last updated" shows the editor’s date, else the file’s last commit', async () => {
    const dated = entriesOf('pages').find((p) => p.data['kind'] === 'guide' && typeof p.data['updated'] === 'string');
    if (!dated) throw new Error('the example guide needs a chapter with an updated date');
    await page.goto(`${base}/guide/${dated.id}/`);
    expect(await page.locator('.last-updated time').getAttribute('datetime')).toBe(dated.data['updated']);

    const event = entriesOf('events')[0];
    if (!event) throw new Error('the example content needs an event');
    const log = spawnSync('git', ['log', '-1', '--format=%cs', '--', event.file], { cwd: projectRoot, encoding: 'utf8' });
    const committed = log.status === 0 ? log.stdout.trim() : '';
    await page.goto(`${base}/agenda/${event.id}/`);
    if (committed) expect(await page.locator('.last-updated time').getAttribute('datetime')).toBe(committed);
    else expect(await page.locator('.last-updated').count()).toBe(0);
  });
});
