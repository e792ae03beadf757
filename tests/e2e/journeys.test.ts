import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, DESKTOP } from '../support/browser';
import { phonePerTest } from '../support/phone';
import { builtPages, templateOf } from '../support/pages';
import { entriesOf } from '../support/site-content';

/**
 * A member's journeys on a phone (issue 14): from the shop's poster to the
 * right group in two screens, a header and banner that leave the page to the
 * page, the guide and « which groups for me? » saying the same thing, asking
 * to join in one tap, and pages that need nothing but their HTML to be drawn.
 */
const base = inject('baseUrl');
const dist = inject('distDir');
const today = '2026-11-21'; // BABILLARD_NOW of the e2e build

interface GroupData {
  name: string;
  access: 'open' | 'request' | 'members';
  archived: boolean;
  audience: string[];
  importance: string;
  howToAsk?: string;
}
const groups = entriesOf('groups')
  .map((e) => ({ id: e.id, data: e.data as unknown as GroupData }))
  .filter((g) => !g.data.archived);
const settings = entriesOf('settings')[0]?.data as { moderationEmail: string };
const urgentItem = entriesOf('news').find(
  (n) => typeof n.data['urgentUntil'] === 'string' && String(n.data['date']) <= today && today <= n.data['urgentUntil'],
);

let browser: Browser;
let context: BrowserContext;
let page: Page;
phonePerTest((test) => ({ browser, context, page } = test));

describe('two screens to the right group, on a 390 px phone', () => {
  it('the index at the top of /groupes/ names every group within two screen heights, and one tap shows its card', async () => {
    await page.goto(`${base}/groupes/`);
    for (const group of groups) {
      const link = page.locator(`.directory-index a[href="#groupe-${group.id}"]`);
      expect(await link.innerText()).toBe(group.data.name);
      const box = await link.boundingBox();
      expect(box && box.y + box.height, group.id).toBeLessThanOrEqual(2 * PHONE.height);
    }
    const saturday = groups.find((g) => g.id === 'equipe-samedi') ?? groups.at(-1);
    await page.locator(`.directory-index a[href="#groupe-${saturday?.id}"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#groupe-${saturday?.id}`);
    const card = await page.locator(`#groupe-${saturday?.id}`).boundingBox();
    expect(card && card.y >= 0 && card.y < PHONE.height).toBe(true);
  });

  it('the header is one row on every kind of page, its menu behind one button that opens it', async () => {
    // Printed pages (posters, booklet) have no site frame, nor does the CMS.
    const framed = builtPages(dist).filter((p) => !p.path.startsWith('/admin/') && !readFileSync(p.file, 'utf8').includes('class="print-body"'));
    const paths = [...new Map(framed.map((p) => [templateOf(p.path), p.path])).values()].filter((path) => path !== '/groupes/sante/');
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height, path).toBeLessThan(72);
    }
    await page.goto(`${base}/guide/`);
    const menu = page.locator('.nav-menu');
    expect(await menu.locator('a[href="/agenda/"]').isVisible()).toBe(false);
    await menu.locator('summary').click();
    await menu.locator('a[href="/agenda/"]').click();
    await page.waitForURL(`${base}/agenda/`);
  });

  it('on a computer, the menu stays in the header row', async () => {
    const wide = await browser.newPage({ viewport: DESKTOP });
    await wide.goto(`${base}/guide/`);
    expect(await wide.locator('.site-nav__list--wide a[href="/agenda/"]').isVisible()).toBe(true);
    expect(await wide.locator('.nav-menu').isVisible()).toBe(false);
    await wide.close();
  });
});

describe('the urgent banner', () => {
  it('takes one line, and is not on its own item’s page', async () => {
    if (!urgentItem) throw new Error('the example content needs an urgent news item');
    await page.goto(`${base}/groupes/`);
    const line = await page.locator('.urgent').boundingBox();
    expect(line?.height).toBeLessThanOrEqual(48);
    expect(await page.locator('.urgent a').getAttribute('href')).toBe(`/annonces/${urgentItem.id}/`);
    await page.goto(`${base}/annonces/${urgentItem.id}/`);
    expect(await page.locator('.urgent').count()).toBe(0);
    expect(readFileSync(join(dist, 'annonces', urgentItem.id, 'index.html'), 'utf8')).not.toContain('class="urgent"');
  });

  it('closes, stays closed on the next pages, and comes back when the item changes', async () => {
    await page.goto(`${base}/guide/`);
    await page.locator('.urgent__close').click();
    expect(await page.locator('.urgent').isVisible()).toBe(false);
    await page.goto(`${base}/agenda/`);
    // Hidden by the script in <head>, before the first paint: never shown, so nothing shifts.
    expect(await page.evaluate(() => document.documentElement.classList.contains('urgent-closed'))).toBe(true);
    expect(await page.locator('.urgent').isVisible()).toBe(false);
    // An edited item is another banner: what was closed was the earlier one.
    await page.evaluate(() => localStorage.setItem('babillard:urgent-closed', 'fermeture:000000000000'));
    await page.reload();
    expect(await page.locator('.urgent').isVisible()).toBe(true);
  });

  it('without JavaScript it stays, without a close button', async () => {
    const noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${base}/guide/`);
    expect(await p.locator('.urgent').isVisible()).toBe(true);
    expect(await p.locator('.urgent__close').isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('ask to join in one tap', () => {
  it('a request group’s button writes to the address it names, subject and body naming the group', async () => {
    const request = groups.find((g) => g.data.access === 'request');
    if (!request) throw new Error('the example content needs a group on request');
    const named = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(request.data.howToAsk ?? '')?.[0]?.replace(/\.$/, '') ?? settings.moderationEmail;
    for (const path of ['/groupes/', `/groupes/${request.id}/`]) {
      await page.goto(`${base}${path}`);
      const scope = path === '/groupes/' ? page.locator(`#groupe-${request.id}`) : page.locator('section.join');
      const href = (await scope.getByRole('link', { name: 'Demander à rejoindre' }).getAttribute('href')) ?? '';
      const url = new URL(href);
      expect(url.protocol).toBe('mailto:');
      expect(decodeURIComponent(url.pathname)).toBe(named);
      expect(url.searchParams.get('subject')).toBe(`Demande pour rejoindre « ${request.data.name} »`);
      expect(url.searchParams.get('body')).toContain(`rejoindre le groupe « ${request.data.name} »`);
    }
  });
});

describe('groups in the guide', () => {
  it('the guide places the cards of the groups it names, in the order « Quels groupes pour moi ? › Nouveaux membres » gives', async () => {
    await page.goto(`${base}/guide/comment-on-se-parle/`);
    const placed = await page.locator('.prose .placed-group .group-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(placed.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${base}/groupes/`);
    const newcomers = await page
      .locator('.for-me details')
      .filter({ hasText: 'Nouveaux membres' })
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace('#groupe-', '/groupes/') + '/'));
    const positions = placed.map((href) => newcomers.indexOf(href));
    expect(
      positions.every((p) => p >= 0),
      `${placed.join(', ')} in ${newcomers.join(', ')}`,
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The essential group comes first in both.
    expect(groups.find((g) => `/groupes/${g.id}/` === placed[0])?.data.importance).toBe('essentiel');
  });
});

describe('reading', () => {
  it('the guide pager puts label and title on lines of their own and breaks no word, at 390 px', async () => {
    await page.goto(`${base}/guide/comment-on-se-parle/`);
    for (const link of await page.locator('.pager a').all()) {
      const label = await link.locator('.pager__dir').boundingBox();
      const title = await link.locator('.pager__title').boundingBox();
      expect(label && title && title.y >= label.y + label.height - 1).toBe(true);
      // Every word of the title is drawn in one piece: one box per word.
      const split = await link.locator('.pager__title').evaluate((el) => {
        const text = el.firstChild;
        if (!text?.textContent) return [];
        const broken: string[] = [];
        for (const match of text.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          if (range.getClientRects().length > 1) broken.push(match[0]);
        }
        return broken;
      });
      expect(split).toEqual([]);
    }
  });

  it('/annonces/ never skips a heading level', async () => {
    for (const path of ['/annonces/', '/']) {
      await page.goto(`${base}${path}`);
      const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0), `${path}: ${levels.join(' ')}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('the posters page on a phone', () => {
  it('draws no text of its previews under 12 px, and cuts no line: the phone gets a taller poster instead', async () => {
    await page.goto(`${base}/affiches/`);
    const tiny = await page.evaluate(() =>
      [...document.querySelectorAll('.print-area *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
        .map((el) => el.className || el.nodeName),
    );
    expect(tiny).toEqual([]);
    const cut = await page.evaluate(() => [...document.querySelectorAll('.poster, .sheet')].filter((el) => el.scrollHeight > el.clientHeight + 1).length);
    expect(cut).toBe(0);
  });
});

describe('pages that need only their HTML', () => {
  it('a members-only group page keeps still while its unlock box sets up: the box is drawn at its final size before the script', async () => {
    const before = await context.newPage();
    // The page as painted before its script has run: the element is never set up.
    await before.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => (name === 'members-unlock' ? undefined : define(name, ...rest));
    });
    await before.goto(`${base}/groupes/volants/`);
    const drawn = await before.locator('members-unlock').boundingBox();
    await page.goto(`${base}/groupes/volants/`);
    await page.waitForFunction(() => customElements.get('members-unlock') !== undefined);
    expect(await page.locator('members-unlock form').isVisible()).toBe(true);
    expect(drawn?.height).toBeGreaterThan(100);
    expect(drawn?.height).toBe((await page.locator('members-unlock').boundingBox())?.height);
  });

  it('the copy fallback under a join button is drawn by the page’s own stylesheet: a full-width field and a round button', async () => {
    await page.goto(`${base}/groupes/annonces/`);
    const field = page.locator('.join-option copy-link input').first();
    const fieldBox = await field.boundingBox();
    const optionBox = await page.locator('.join-option__text').first().boundingBox();
    expect(fieldBox && optionBox && fieldBox.width / optionBox.width).toBeGreaterThan(0.9);
    expect(
      await page
        .locator('.join-option .copy-link__button')
        .first()
        .evaluate((b) => getComputedStyle(b).borderTopLeftRadius),
    ).toBe('999px');
  });

  it('directory and group pages carry their one stylesheet and the unlock script inline, and link to no other stylesheet', () => {
    for (const file of ['groupes/index.html', 'groupes/volants/index.html', 'groupes/annonces/index.html', 'groupes/plateforme/signal/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html.match(/<style>/g), file).toHaveLength(1);
      expect(html, file).not.toMatch(/<link[^>]+rel="stylesheet"/);
    }
    const members = readFileSync(join(dist, 'groupes/volants/index.html'), 'utf8');
    const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(members)?.[1] ?? '';
    expect(inline).toContain('customElements.define("members-links"');
    // First of the page's module scripts: they run in order, so it waits for no other file.
    expect(members.indexOf('<script type="module">')).toBeLessThan(members.indexOf('<script type="module" src='));
  });

  it('the members’ key in a poster’s address unlocks the group page before any other file arrives', async () => {
    const { buildVault } = await import('../../src/lib/crypto');
    const siteUrl = (entriesOf('settings')[0]?.data as { baseUrl: string }).baseUrl;
    const { key } = await buildVault({ passphrase: 'tilleuls en fleurs', siteUrl, groups: {} });
    // Every other file of the site is held back: the page must unlock with its HTML alone.
    await context.route(/\/_astro\/|\/theme\.css/, () => undefined);
    await page.goto(`${base}/groupes/volants/#cle=${key}`, { waitUntil: 'commit' });
    await page.locator('members-links .join-option').first().waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(`${base}/groupes/volants/`);
  });
});
