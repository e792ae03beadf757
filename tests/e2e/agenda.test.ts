/**
 * The agenda as a member uses it on a phone: months, filters that work with
 * JavaScript off, subscribe links, and event pages with what it takes to come.
 */
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { entriesOf } from '../support/site-content';

const base = inject('baseUrl');
const dist = inject('distDir');
let browser: Browser;
let page: Page;

const settings = entriesOf('settings')[0]?.data as { baseUrl: string; eventTypes: { id: string; label: string; family: string }[] };
const events = entriesOf('events');
const groups = entriesOf('groups');
/** The day global-setup pins the build's clock to (BABILLARD_NOW, via buildSite). */
const TODAY = '2026-11-21';

beforeAll(async () => {
  browser = await launchBrowser();
  // JavaScript off: filters, disclosures and subscriptions must not need it.
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});
afterAll(() => browser.close());

/** The feed path a subscribe link points to, checked to exist in the build. */
function builtFeed(href: string | null): string {
  const url = new URL(href ?? '', settings.baseUrl);
  expect(existsSync(join(dist, url.pathname)), url.pathname).toBe(true);
  return url.pathname;
}

describe('an event further ahead than the horizon of the series', () => {
  // content/events/2027-06-19-fete-des-dix-ans.md: a one-off event seven months after TODAY, beyond BABILLARD_HORIZON_MONTHS (6).
  const id = '2027-06-19-fete-des-dix-ans';

  it('is listed on /agenda/ and its page offers to answer and to add it to a calendar', async () => {
    await page.goto(`${base}/agenda/`);
    expect(await page.locator(`main a[href="/agenda/${id}/"]`).count()).toBeGreaterThan(0);
    await page.goto(`${base}/agenda/${id}/`);
    expect(await page.locator('main .notice', { hasText: 'passé' }).count()).toBe(0);
    expect(await page.locator('main .event-actions a.button').count()).toBe(2);
    await page.goto(`${base}/agenda/archives/`);
    expect(await page.locator(`main a[href="/agenda/${id}/"]`).count()).toBe(0);
  });
});

describe('agenda', () => {
  it('lists the coming dates under month headings, in order, each with its type written out', async () => {
    await page.goto(`${base}/agenda/`);
    expect(await page.locator('main h2.month').count()).toBeGreaterThan(2);
    const starts = await page.locator('.event-card time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(starts.length).toBeGreaterThan(5);
    expect([...starts].sort()).toEqual(starts);
    const labels = new Set(settings.eventTypes.map((type) => type.label));
    for (const label of await page.locator('.event-card .event-type').allInnerTexts()) expect(labels.has(label.trim())).toBe(true);
  });

  it('offers a webcal:// subscription next to the https:// address of the whole agenda, and a help page', async () => {
    await page.goto(`${base}/agenda/`);
    const webcal = await page.locator('.subscribe a[href^="webcal://"]').getAttribute('href');
    const https = await page.locator('.subscribe a[href^="https://"]').getAttribute('href');
    expect(builtFeed(https)).toBe('/agenda.ics');
    expect(webcal?.replace('webcal://', 'https://')).toBe(https);
    await page.locator('.subscribe a[href="/agenda/abonnement/"]').click();
    const help = await page.locator('main').innerText();
    for (const app of ['Google Agenda', 'Apple', 'Thunderbird']) expect(help).toContain(app);
  });

  it('filters by type without JavaScript: only that type’s events, and its own feed', async () => {
    await page.goto(`${base}/agenda/`);
    await page.locator('.filters summary').click();
    const chip = page.locator('.filters a[href^="/agenda/type/"]').first();
    const href = (await chip.getAttribute('href')) ?? '';
    await chip.click();
    await page.waitForURL(`${base}${href}`);
    const type = settings.eventTypes.find((t) => href === `/agenda/type/${t.id}/`);
    const cards = await page.locator('.event-card .event-type').allInnerTexts();
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.trim()))).toEqual(new Set([type?.label]));
    expect(builtFeed(await page.locator('.subscribe a[href^="https://"]').getAttribute('href'))).toBe(`/agenda/type/${type?.id}.ics`);
  });

  it('filters by organising group: only the events that group organises', async () => {
    const organiser = events.find((e) => e.data['organiser'] === 'groupe-communication')?.data['organiser'] as string;
    await page.goto(`${base}/agenda/groupe/${organiser}/`);
    const titles = await page.locator('.event-card h3').allInnerTexts();
    const expected = new Set(events.filter((e) => e.data['organiser'] === organiser).map((e) => e.data['title']));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(expected.has(title.trim()), title).toBe(true);
    expect(await page.locator('h1').innerText()).toContain(groups.find((g) => g.id === organiser)?.data['name'] as string);
  });

  it('uses no script at all', async () => {
    for (const path of ['/agenda/', '/agenda/abonnement/', `/agenda/${events[0]?.id}/`]) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('script').count(), path).toBe(0);
    }
  });
});

describe('event page', () => {
  const series = events.find((e) => ((e.data['recurrence'] as { cancelled?: string[] } | undefined)?.cancelled ?? []).some((d) => d > TODAY));
  const withTarget = events.find((e) => e.data['target'] !== undefined && e.data['answer'] !== undefined && String(e.data['start']) > TODAY);

  it('says how many are wanted, where to answer, and adds the event to a calendar', async () => {
    if (!withTarget) throw new Error('the example needs an upcoming event with a target and an answer link');
    await page.goto(`${base}/agenda/${withTarget.id}/`);
    const target = withTarget.data['target'] as number;
    expect(await page.locator('.event-facts').innerText()).toContain(`${target} participant`);
    expect(await page.locator(`a.button[href="${withTarget.data['answer'] as string}"]`).count()).toBe(1);
    const add = page.locator('a', { hasText: 'Ajouter à mon agenda' });
    expect(builtFeed(await add.getAttribute('href'))).toBe(`/agenda/${withTarget.id}.ics`);
  });

  it('lists the next dates of a series with its cancelled date struck through', async () => {
    if (!series) throw new Error('the example needs a series with an upcoming cancelled date');
    await page.goto(`${base}/agenda/${series.id}/`);
    const cancelled = (series.data['recurrence'] as { cancelled: string[] }).cancelled;
    const struck = await page.locator('.occurrences del time').evaluateAll((els) => els.map((e) => (e.getAttribute('datetime') ?? '').slice(0, 10)));
    expect(struck).toEqual(cancelled.filter((d) => d > TODAY));
    expect(await page.locator('.occurrences time').count()).toBeGreaterThan(struck.length);
    expect(await page.locator('.event-facts').innerText()).toMatch(/Tous les|Chaque|Le \d/);
  });
});
