/**
 * The agenda as a member uses it on a phone: months, filters that work with
 * JavaScript off, subscribe links, and event pages with what it takes to come.
 */
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, launchBrowser } from '../support/browser';
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
  page = await browser.newPage({ viewport: PHONE, javaScriptEnabled: false });
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
    const starts = await page.locator('.event-card__when time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(starts.length).toBeGreaterThan(5);
    expect([...starts].sort()).toEqual(starts);
    const labels = new Set(settings.eventTypes.map((type) => type.label));
    for (const label of await page.locator('.event-card .event-type').allInnerTexts()) expect(labels.has(label.trim())).toBe(true);
  });

  it('offers one-tap subscriptions to the whole agenda: webcal://, Google Agenda, Outlook, and the https:// address to copy', async () => {
    await page.goto(`${base}/agenda/`);
    const box = page.locator('.subscribe').first();
    const https = await box.locator('copy-link input').first().inputValue();
    expect(builtFeed(https)).toBe('/agenda.ics');
    const webcal = await box.locator('a[href^="webcal://"]').first().getAttribute('href');
    expect(webcal?.replace('webcal://', 'https://')).toBe(https);
    const google = new URL((await box.getByRole('link', { name: 'Google Agenda' }).first().getAttribute('href')) ?? '');
    expect(`${google.origin}${google.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')?.replace('webcal://', 'https://')).toBe(https);
    const outlook = new URL((await box.getByRole('link', { name: 'Outlook' }).first().getAttribute('href')) ?? '');
    expect(outlook.pathname).toBe('/calendar/0/addfromweb');
    expect(outlook.searchParams.get('url')?.replace('webcal://', 'https://')).toBe(https);
    await box.locator('a[href="/agenda/abonnement/"]').click();
    const help = await page.locator('main').innerText();
    for (const app of ['Android', 'iPhone', 'Google Agenda', 'Outlook', 'Thunderbird']) expect(help).toContain(app);
    // The phone first, then the computer.
    expect(await page.locator('main h2').allInnerTexts()).toEqual(expect.arrayContaining(['Sur un téléphone', 'Sur un ordinateur']));
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.indexOf('Sur un téléphone')).toBeLessThan(headings.indexOf('Sur un ordinateur'));
  });

  it('offers the same with a reminder the day before, behind « Avec rappel la veille »', async () => {
    await page.goto(`${base}/agenda/`);
    const reminder = page.locator('.subscribe__reminder').first();
    expect(await reminder.locator('copy-link input').isVisible()).toBe(false);
    await reminder.locator('summary', { hasText: 'Avec rappel la veille' }).click();
    const https = await reminder.locator('copy-link input').inputValue();
    expect(builtFeed(https)).toBe('/agenda-rappel.ics');
    const google = new URL((await reminder.getByRole('link', { name: 'Google Agenda' }).getAttribute('href')) ?? '');
    expect(google.searchParams.get('cid')?.replace('webcal://', 'https://')).toBe(https);
    expect(readFileSync(join(dist, 'agenda-rappel.ics'), 'utf8')).toContain('TRIGGER:-P1D');
  });

  it('shows a series as one card, its dates behind a disclosure, each leading to that date on the event page', async () => {
    const series = events.find((e) => e.id === '2026-12-05-permanence-accueil');
    if (!series) throw new Error('the example needs the weekly permanence');
    await page.goto(`${base}/agenda/`);
    const cards = page.locator('.event-card', { has: page.locator(`h3 a[href="/agenda/${series.id}/"]`) });
    expect(await cards.count()).toBe(1);
    const card = cards.first();
    expect((await card.locator('.event-card__when').innerText()).replaceAll('\u00a0', ' ')).toMatch(
      /^Tous les samedis, 10 h – 11 h 30 · prochaine : sam\. 5 déc\.$/,
    );
    const dates = card.locator('.series-dates a');
    expect(await dates.first().isVisible()).toBe(false);
    await card.locator('.series-dates summary').click();
    expect(await dates.first().isVisible()).toBe(true);
    expect(await dates.count()).toBeGreaterThan(20);
    const second = dates.nth(1);
    const href = (await second.getAttribute('href')) ?? '';
    expect(href).toBe(`/agenda/${series.id}/#date-2026-12-12`);
    await second.click();
    await page.waitForURL(`${base}${href}`);
    expect(await page.locator('#date-2026-12-12 time').first().getAttribute('datetime')).toBe('2026-12-12T10:00');
    // One-off events keep their own card; the month headings are still there.
    await page.goto(`${base}/agenda/`);
    const oneOff = events.filter((e) => !e.data['recurrence'] && String(e.data['start']) > TODAY);
    for (const event of oneOff) expect(await page.locator(`.event-card h3 a[href="/agenda/${event.id}/"]`).count(), event.id).toBe(1);
    expect((await page.locator('main h2.month').allInnerTexts()).map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining(['décembre 2026', 'janvier 2027']),
    );
  });

  it('keeps a series on one card in the filtered lists too', async () => {
    await page.goto(`${base}/agenda/type/formation/`);
    expect(await page.locator('.event-card h3 a[href="/agenda/2026-12-05-permanence-accueil/"]').count()).toBe(1);
    await page.goto(`${base}/agenda/groupe/groupe-accueil/`);
    expect(await page.locator('.event-card h3 a[href="/agenda/2026-12-05-permanence-accueil/"]').count()).toBe(1);
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
    expect(builtFeed(await page.locator('.subscribe copy-link input').first().inputValue())).toBe(`/agenda/type/${type?.id}.ics`);
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

  it('uses no script but the copy button’s and the pocket copy’s, files of this site under 2 kB and 1 kB', async () => {
    const isOffline = (src: string) => /^\/_astro\/SiteUpdate\.[^/]+\.js$/.test(src);
    for (const path of ['/agenda/', '/agenda/abonnement/', `/agenda/${events[0]?.id}/`, '/agenda/archives/']) {
      await page.goto(`${base}${path}`);
      const sources = await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? 'inline'));
      expect(sources.filter(isOffline), path).toHaveLength(1);
      for (const src of sources.filter(isOffline)) expect(readFileSync(join(dist, src)).length).toBeLessThan(1024);
      const others = sources.filter((src) => !isOffline(src));
      expect(others.length, path).toBeLessThanOrEqual(1);
      for (const src of others) {
        expect(src, path).toMatch(/^\/_astro\/CopyLinkScript\.[^/]+\.js$/);
        expect(readFileSync(join(dist, src)).length).toBeLessThan(2048);
      }
    }
    await page.goto(`${base}/agenda/archives/`);
    expect(await page.locator('script:not([src*="/SiteUpdate."])').count()).toBe(0);
  });
});

describe('event page', () => {
  const series = events.find((e) => ((e.data['recurrence'] as { cancelled?: string[] } | undefined)?.cancelled ?? []).some((d) => d > TODAY));
  // A form or a chat group keeps its own link (an e-mail gets the three answers, tested below).
  const withTarget = events.find(
    (e) => e.data['target'] !== undefined && /^https:/.test(String(e.data['answer'])) && !e.data['recurrence'] && String(e.data['start']) > TODAY,
  );

  it('says how many are wanted, next to where to answer, and adds the event to a calendar', async () => {
    if (!withTarget) throw new Error('the example needs an upcoming one-off event with a target and an answer form');
    await page.goto(`${base}/agenda/${withTarget.id}/`);
    const target = withTarget.data['target'] as number;
    expect(await page.locator('.event-facts').innerText()).toContain(`${target} participant`);
    expect(await page.locator(`.event-actions a.button[href="${withTarget.data['answer'] as string}"]`).count()).toBe(1);
    expect(await page.locator('.event-actions .answer-buttons').count()).toBe(0);
    expect(await page.locator('.event-actions__how').innerText()).toContain(`${target} participant`);
    const add = page.locator('a', { hasText: 'Ajouter à mon agenda' });
    expect(builtFeed(await add.getAttribute('href'))).toBe(`/agenda/${withTarget.id}.ics`);
  });

  it('answers by e-mail in one tap: « Je viens », « Peut-être », « Je ne peux pas », naming the event and the date', async () => {
    const oneOff = events.find(
      (e) =>
        String(e.data['answer']).startsWith('mailto:') &&
        !e.data['recurrence'] &&
        !e.data['allDay'] &&
        typeof e.data['target'] === 'number' &&
        String(e.data['start']) > TODAY,
    );
    if (!oneOff) throw new Error('the example needs an upcoming one-off event answered by e-mail, with a target');
    await page.goto(`${base}/agenda/${oneOff.id}/`);
    const buttons = page.locator('.event-actions .answer-buttons a');
    expect(await buttons.allInnerTexts()).toEqual(['Je viens', 'Peut-être', 'Je ne peux pas']);
    const day = (await page.locator('.event-facts time').first().innerText()).split(',')[0] ?? '';
    for (const href of await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
      const mail = new URL(href);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.pathname).toBe(String(oneOff.data['answer']).slice('mailto:'.length));
      expect(mail.searchParams.get('subject')).toContain(oneOff.data['title']);
      expect(mail.searchParams.get('subject')).toContain(day);
      expect(mail.searchParams.get('body')).toContain(`/agenda/${oneOff.id}/`);
    }
    expect(await page.locator('.event-actions').innerText()).toContain(`${oneOff.data['target'] as number} participants souhaités`);
  });

  it('for a series answered by e-mail, has the member pick the date: one set of answers per date', async () => {
    const mission = events.find((e) => e.id === '2026-12-22-creneaux-de-renfort');
    if (!mission) throw new Error('the example needs the two afternoons of the renfort mission');
    await page.goto(`${base}/agenda/${mission.id}/`);
    // Two dates are said as two dates, not as a weekly rule « 2 fois ».
    const facts = (await page.locator('.event-facts').innerText()).replaceAll('\u00a0', ' ');
    expect(facts).toContain('mar. 22 déc. et mer. 23 déc., 15 h – 20 h');
    expect(facts).not.toContain('fois');
    expect(await page.locator('.event-actions .answer-buttons').count()).toBe(0);
    await page.locator('.event-actions a[href="#prochaines-dates"]').click();
    const dates = page.locator('.occurrence');
    expect(await dates.count()).toBe(2);
    for (const li of await dates.all()) {
      const words = await li.locator('time').innerText();
      const anchor = (await li.getAttribute('id')) ?? '';
      const links = li.locator('.answer-buttons a');
      expect(await links.allInnerTexts()).toEqual(['Je viens', 'Peut-être', 'Je ne peux pas']);
      for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
        const subject = new URL(href).searchParams.get('subject') ?? '';
        expect(subject).toContain(mission.data['title']);
        expect(subject).toContain(words);
        expect(new URL(href).searchParams.get('body')).toContain(`#${anchor}`);
      }
    }
    expect(await page.locator('.event-actions').innerText()).toContain('3 participants souhaités');
  });

  it('for a stand over two days answered by e-mail, offers one set of answers per day', async () => {
    const stand = events.find((e) => e.data['allDay'] && String(e.data['answer']).startsWith('mailto:'));
    if (!stand) throw new Error('the example needs an all-day event over several days answered by e-mail');
    await page.goto(`${base}/agenda/${stand.id}/`);
    const days = page.locator('.event-actions .answer-day');
    expect(await days.count()).toBe(2);
    const subjects = await days.locator('a').evaluateAll((els) => els.map((e) => new URL(e.getAttribute('href') ?? '').searchParams.get('subject') ?? ''));
    expect(subjects).toHaveLength(6);
    expect(subjects.filter((s) => s.includes('samedi 10 avril'))).toHaveLength(3);
    expect(subjects.filter((s) => s.includes('dimanche 11 avril'))).toHaveLength(3);
  });

  it('gives each date of a series its own « Ajouter à mon agenda », holding that one date', async () => {
    const series = events.find((e) => e.id === '2026-12-05-permanence-accueil');
    await page.goto(`${base}/agenda/${series?.id}/`);
    const open = page.locator('.occurrence:not(.occurrence--cancelled)');
    expect(await open.count()).toBeGreaterThan(5);
    for (const li of (await open.all()).slice(0, 3)) {
      const start = await li.locator('time').getAttribute('datetime');
      const href = await li.getByRole('link', { name: 'Ajouter à mon agenda' }).getAttribute('href');
      const file = builtFeed(href);
      const root = new ICAL.Component(ICAL.parse(readFileSync(join(dist, file), 'utf8')));
      const vevents = root.getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(1);
      expect(vevents[0]?.hasProperty('rrule')).toBe(false);
      expect(String(vevents[0]?.getFirstPropertyValue('dtstart'))).toBe(`${start}:00`);
      const google = new URL((await li.getByRole('link', { name: 'Google Agenda' }).getAttribute('href')) ?? '');
      expect(google.searchParams.get('dates')?.slice(0, 15)).toBe(`${start?.replaceAll('-', '').replace(':', '')}00`);
    }
    expect(await page.getByRole('link', { name: 'Ajouter toute la série à mon agenda' }).getAttribute('href')).toBe(`/agenda/${series?.id}.ics`);
  });

  it('opens a place in the phone’s map app: a geo: link with its coordinates, Apple Plans, OpenStreetMap, and the address to copy', async () => {
    const placed = events.find((e) => (e.data['place'] as { lat?: number } | undefined)?.lat !== undefined && String(e.data['start']) > TODAY);
    const place = placed?.data['place'] as { name: string; address: string; lat: number; lon: number };
    await page.goto(`${base}/agenda/${placed?.id}/`);
    const where = page.locator('.event-facts .place');
    const geo = (await where.locator('a[href^="geo:"]').getAttribute('href')) ?? '';
    expect(geo.startsWith(`geo:${place.lat},${place.lon}`)).toBe(true);
    expect(decodeURIComponent(geo)).toContain(`(${place.name})`);
    const apple = new URL((await where.getByRole('link', { name: 'Plans (iPhone)' }).getAttribute('href')) ?? '');
    expect(apple.origin).toBe('https://maps.apple.com');
    expect(apple.searchParams.get('ll')).toBe(`${place.lat},${place.lon}`);
    expect(await where.locator('a[href^="https://www.openstreetmap.org/"]').count()).toBe(1);
    expect(await where.locator('copy-link input').inputValue()).toBe(`${place.name}, ${place.address}`);
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
