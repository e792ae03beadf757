/**
 * « Partager dans un groupe » as an admin uses it on a phone: each family's
 * message copied through its button and read back from the clipboard, the
 * share sheet where the browser has one, the text selectable without
 * JavaScript, and the digest of the coming days.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, launchBrowser } from '../support/browser';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
let browser: Browser;

const settings = entriesOf('settings')[0]?.data as { baseUrl: string };
const absolute = (path: string) => new URL(path, settings.baseUrl).href;
const titleOf = (collection: 'events' | 'news', id: string) => String(entriesOf(collection).find((e) => e.id === id)?.data['title']);
const groupOf = (id: string) => entriesOf('groups').find((g) => g.id === id)?.data as { name: string; access: string; links: { url: string }[] };

/** content/events/2026-11-25-preparation-inventaire.md: a mission of the members-only Volants, in the week of the build (BABILLARD_NOW 2026-11-21). */
const mission = '2026-11-25-preparation-inventaire';
const newsItem = '2026-11-20-appel-groupe-accueil';
/** The first line of each family's message: the title in that family's bold. */
const firstLines = (title: string) => ({ whatsapp: `📣 *${title}*`, markdown: `📣 **${title}**`, plain: `📣 ${title}` });
const families = ['whatsapp', 'markdown', 'plain'] as const;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function phoneWithClipboard(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  return { context, page: await context.newPage() };
}

/** Copies one family's message with its button and returns what the clipboard holds, and what the page shows. */
async function copyThrough(page: Page, block: string, family: (typeof families)[number]): Promise<{ copied: string; shown: string }> {
  const row = page.locator(`${block} copy-link[data-family="${family}"]`);
  await row.locator('button.copy-link__copy').click();
  // The status is written once the clipboard has answered: wait for it rather than read it at once.
  await row.locator('.copy-link__status').filter({ hasText: 'Message copié' }).waitFor();
  return { copied: await page.evaluate(() => navigator.clipboard.readText()), shown: await row.locator('textarea').inputValue() };
}

describe('an event page', () => {
  it('copies each family’s message, with the title in its bold, what to do, how to answer and the page’s address', async () => {
    const { context, page } = await phoneWithClipboard();
    await page.goto(`${base}/agenda/${mission}/`);
    expect(await page.getByRole('heading', { name: 'Partager dans un groupe' }).isVisible()).toBe(true);
    const title = titleOf('events', mission);
    for (const family of families) {
      const { copied, shown } = await copyThrough(page, '.share', family);
      expect(copied).toBe(shown);
      expect(copied.split('\n')[0], family).toBe(firstLines(title)[family]);
      expect(copied).toContain('Quand : mercredi 25 novembre, 17\u00a0h\u00a030 – 19\u00a0h\u00a030');
      expect(copied).toContain('4 places à prendre');
      expect(copied).toContain('Répondez (je viens, peut-être, je ne peux pas) par e-mail à planning@cagette-tilleuls.example.org');
      expect(copied.endsWith(`Tous les détails : ${absolute(`/agenda/${mission}/`)}`)).toBe(true);
    }
    await context.close();
  });

  it('shows the message as the chat will: the title bold, the addresses as links', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${base}/agenda/${mission}/`);
    const bubble = page.locator('.share .chat-bubble');
    expect(await bubble.locator('strong').first().innerText()).toBe(titleOf('events', mission));
    expect(await bubble.locator(`a[href="${absolute(`/agenda/${mission}/`)}"]`).count()).toBe(1);
    expect(await bubble.innerText()).not.toContain('*');
    await page.close();
  });

  it('is not offered on a past event', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    // content/events/2026-10-01-distribution-paniers.md: its series ended on 19 November.
    await page.goto(`${base}/agenda/2026-10-01-distribution-paniers/`);
    expect(await page.locator('main .notice', { hasText: 'passé' }).count()).toBe(1);
    expect(await page.locator('.share').count()).toBe(0);
    await page.close();
  });
});

describe('a news page', () => {
  it('copies each family’s message, ending with the item’s address', async () => {
    const { context, page } = await phoneWithClipboard();
    await page.goto(`${base}/annonces/${newsItem}/`);
    const title = titleOf('news', newsItem);
    for (const family of families) {
      const { copied, shown } = await copyThrough(page, '.share', family);
      expect(copied).toBe(shown);
      expect(copied.split('\n')[0], family).toBe(firstLines(title)[family].replace('📣', '📰'));
      expect(copied.endsWith(`À lire sur le site : ${absolute(`/annonces/${newsItem}/`)}`)).toBe(true);
    }
    await context.close();
  });
});

describe('the copy fallback and the share sheet', () => {
  it('where the Clipboard API is refused, opens the text, selects it and copies it the older way', async () => {
    const { context, page } = await phoneWithClipboard();
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refusé', 'NotAllowedError'));
    });
    await page.goto(`${base}/agenda/${mission}/`);
    const row = page.locator('.share copy-link[data-family="plain"]');
    expect(await row.locator('details').getAttribute('open')).toBeNull();
    await row.locator('button.copy-link__copy').click();
    await row.locator('.copy-link__status').filter({ hasText: 'Message copié' }).waitFor();
    expect(await row.locator('details').getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await row.locator('textarea').inputValue());
    await context.close();
  });

  it('offers « Partager » where the browser has Web Share, with the family’s message', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    await page.goto(`${base}/agenda/${mission}/`);
    const button = page.getByRole('button', { name: 'Partager le message (WhatsApp et Signal)' });
    await button.click();
    await page.waitForFunction(() => (window as unknown as { shared: ShareData[] }).shared.length === 1);
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ text: await page.locator('.share copy-link[data-family="whatsapp"] textarea').inputValue() }]);
    expect(await page.locator('.share web-share button').count()).toBe(3);
    await page.close();
  });

  it('shows no « Partager » where the browser has no Web Share', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
    });
    await page.goto(`${base}/agenda/${mission}/`);
    // Once the copy buttons are there, the elements have run.
    await page.locator('.share button.copy-link__copy').first().waitFor();
    expect(await page.locator('.share web-share button').count()).toBe(0);
    await page.close();
  });

  it('without JavaScript, the text of each family can be opened and selected', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/agenda/${mission}/`);
    expect(await page.locator('.share button').count()).toBe(0);
    await page.locator('.share summary', { hasText: 'Voir le texte simple' }).click();
    const field = page.locator('.share copy-link[data-family="plain"] textarea');
    expect(await field.isVisible()).toBe(true);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect((await field.inputValue()).split('\n')[0]).toBe(firstLines(titleOf('events', mission)).plain);
    await context.close();
  });
});

describe('the digest, /annonces/a-partager/', () => {
  it('is kept out of search engines and out of the menu', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${base}/annonces/a-partager/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    expect(await page.locator('header a[href="/annonces/a-partager/"]').count()).toBe(0);
    await page.close();
  });

  it('copies the week and the two weeks in each family: the dates by day, the open places, the urgent news, the organisers', async () => {
    const { context, page } = await phoneWithClipboard();
    await page.goto(`${base}/annonces/a-partager/`);
    const volants = groupOf('volants');
    expect(volants.access).toBe('members');
    for (const [block, heading] of [
      ['#sept-jours', '📣 *Cette semaine à La Cagette des Tilleuls*'],
      ['#deux-semaines', '📣 *Les deux semaines à venir à La Cagette des Tilleuls*'],
    ] as const) {
      const section = `section:has(> h2${block})`;
      const messages: string[] = [];
      // One after the other: the clipboard holds one text at a time.
      for (const family of families) messages.push((await copyThrough(page, section, family)).copied);
      const [whatsapp = '', markdown = '', plain = ''] = messages;
      expect(whatsapp.split('\n')[0]).toBe(heading);
      expect(markdown.split('\n')[0]).toBe(heading.replace(/\*/g, '**'));
      expect(plain.split('\n')[0]).toBe(heading.replace(/\*/g, ''));
      for (const text of messages) {
        expect(text).toContain('Mercredi 25 novembre');
        expect(text).toContain(`17\u00a0h\u00a030 – 19\u00a0h\u00a030 : `);
        expect(text).toContain('4 places à prendre');
        expect(text).toContain(absolute(`/agenda/${mission}/`));
        expect(text).toContain('Fermeture exceptionnelle le 28 novembre');
        // The members-only group is named, its link is not.
        expect(text).toContain(`${volants.name} : lien sur le site, ${absolute('/groupes/volants/')}`);
        for (const link of volants.links) expect(text).not.toContain(link.url);
      }
    }
    await context.close();
  });
});
