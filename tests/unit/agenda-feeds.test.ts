import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import {
  agendaFeeds,
  googleEventLink,
  icsEventOf,
  occurrenceEvent,
  organisingGroups,
  REMINDER_TRIGGER,
  subscribeLinks,
  type AgendaEntry,
} from '../../src/lib/agenda-feeds';
import { createTranslator } from '../../src/lib/i18n';
import { buildCalendar } from '../../src/lib/ics';
import { expandOccurrences } from '../../src/lib/recurrence';
import { eventSchema } from '../../src/schemas/event';
import type { EventType } from '../../src/schemas/settings';

const t = createTranslator(fr);
const SITE = 'https://coop.example.org/';
const entry = (id: string, fields: Record<string, unknown>, body = ''): AgendaEntry => ({
  id,
  data: eventSchema.parse({ title: id, type: 'reunion', start: '2026-12-05T10:00', place: { name: 'Le local' }, ...fields }),
  body,
});
const types: EventType[] = [
  { id: 'reunion', label: 'Réunion', family: 'meeting', colour: '#0072b2' },
  { id: 'tractage', label: 'Tractage', family: 'mission', colour: '#e69f00' },
];
const groups = [
  { id: 'accueil', name: 'Accueil' },
  { id: 'communication', name: 'Communication' },
  { id: 'informatique', name: 'Informatique' },
];
const entries = [
  entry('2026-12-12-tractage', { type: 'tractage', organiser: 'communication' }),
  entry('2026-12-05-reunion', { organiser: 'accueil' }),
  entry('2026-12-19-sans-organisateur', {}),
];

describe('agendaFeeds', () => {
  const feeds = agendaFeeds({ site: 'La Cagette', entries, types, groups, t });

  it('offers everything, every type (even empty), each organising group and each event', () => {
    expect(feeds.map((f) => f.path)).toEqual([
      '/agenda.ics',
      '/agenda/type/reunion.ics',
      '/agenda/type/tractage.ics',
      '/agenda/groupe/accueil.ics',
      '/agenda/groupe/communication.ics',
      '/agenda/2026-12-05-reunion.ics',
      '/agenda/2026-12-12-tractage.ics',
      '/agenda/2026-12-19-sans-organisateur.ics',
    ]);
  });

  it('puts in each feed exactly the events it names, and names it for the calendar app', () => {
    const ids = (path: string) => feeds.find((f) => f.path === path)?.entries.map((e) => e.id);
    expect(ids('/agenda.ics')).toHaveLength(3);
    expect(ids('/agenda/type/tractage.ics')).toEqual(['2026-12-12-tractage']);
    expect(ids('/agenda/groupe/accueil.ics')).toEqual(['2026-12-05-reunion']);
    expect(feeds.find((f) => f.path === '/agenda/type/tractage.ics')?.name).toBe('La Cagette – Tractage');
    expect(feeds.find((f) => f.path === '/agenda/type/tractage.ics')?.page).toBe('/agenda/type/tractage/');
  });

  it('gives pages and feeds only to groups that organise something', () => {
    expect(organisingGroups(entries, groups).map((g) => g.id)).toEqual(['accueil', 'communication']);
  });

  it('gives every feed a member subscribes to a twin with a reminder the day before, but not one event’s file', () => {
    expect(feeds.map((f) => f.reminder?.path)).toEqual([
      '/agenda-rappel.ics',
      '/agenda/type/reunion/rappel.ics',
      '/agenda/type/tractage/rappel.ics',
      '/agenda/groupe/accueil/rappel.ics',
      '/agenda/groupe/communication/rappel.ics',
      undefined,
      undefined,
      undefined,
    ]);
    expect(feeds.find((f) => f.kind === 'type' && f.id === 'tractage')?.reminder?.name).toBe('La Cagette – Tractage (rappel la veille)');
    expect(REMINDER_TRIGGER).toBe('-P1D');
  });
});

describe('subscribeLinks', () => {
  const links = subscribeLinks('/agenda/type/tractage.ics', SITE, 'La Cagette – Tractage');

  it('pairs the https address with its webcal twin', () => {
    expect(links.https).toBe('https://coop.example.org/agenda/type/tractage.ics');
    expect(links.webcal).toBe('webcal://coop.example.org/agenda/type/tractage.ics');
    expect(subscribeLinks('/agenda.ics', 'https://coop.example.org/site/', 'x').webcal).toBe('webcal://coop.example.org/agenda.ics');
  });

  it('opens Google Agenda’s and Outlook’s subscription pages with the feed, encoded', () => {
    const google = new URL(links.google);
    expect(`${google.origin}${google.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe(links.webcal);
    const outlook = new URL(links.outlook);
    expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.live.com/calendar/0/addfromweb');
    expect(outlook.searchParams.get('url')).toBe(links.webcal);
    expect(outlook.searchParams.get('name')).toBe('La Cagette – Tractage');
  });

  it('keeps a feed address with reserved characters in one parameter', () => {
    const odd = subscribeLinks('/agenda/type/a&b=c.ics', 'https://coop.example.org/', 'A & B');
    expect(new URL(odd.google).searchParams.get('cid')).toBe('webcal://coop.example.org/agenda/type/a&b=c.ics');
    expect([...new URL(odd.outlook).searchParams.keys()]).toEqual(['url', 'name']);
  });
});

describe('one date of a series on its own', () => {
  const series = entry('2026-12-05-permanence', {
    title: 'Permanence',
    end: '2026-12-05T11:30',
    place: { name: 'Le local', address: '1 rue des Tilleuls' },
    recurrence: {
      frequency: 'weekly',
      changes: [{ date: '2026-12-19', start: '2026-12-19T14:00', end: '2026-12-19T15:30', place: { name: 'La salle' }, note: 'L’après-midi' }],
    },
  });
  const context = { siteUrl: SITE, t, typeLabel: () => 'Réunion', groupName: () => undefined };
  const [, , moved] = expandOccurrences(series.data, { from: '2026-12-01', to: '2026-12-31' });

  it('is one VEVENT without a rule, at that date’s time and place, under a UID of its own', () => {
    if (!moved) throw new Error('the series should have a third date');
    const single = occurrenceEvent(icsEventOf(series, context), series.id, moved, SITE);
    const root = new ICAL.Component(
      ICAL.parse(buildCalendar({ name: 'Permanence', timezone: 'Europe/Paris', siteUrl: SITE, now: new Date('2026-11-01T00:00:00Z'), events: [single] })),
    );
    const events = root.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const [vevent] = events;
    expect(vevent?.hasProperty('rrule')).toBe(false);
    expect(vevent?.getFirstPropertyValue('uid')).toBe('2026-12-05-permanence-2026-12-19@coop.example.org');
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe('2026-12-19T14:00:00');
    expect(vevent?.getFirstPropertyValue('location')).toBe('La salle');
    expect(vevent?.getFirstPropertyValue('url')).toBe('https://coop.example.org/agenda/2026-12-05-permanence/#date-2026-12-19');
    expect(String(vevent?.getFirstPropertyValue('description'))).toMatch(/^L’après-midi/);
  });
});

describe('googleEventLink', () => {
  it('fills in Google Agenda’s « add this event » page in the co-op’s zone', () => {
    const link = new URL(
      googleEventLink({ title: 'Permanence & café', start: '2026-12-12T10:00', end: '2026-12-12T11:30', location: 'Le local, 1 rue' }, 'Europe/Paris'),
    );
    expect(link.origin).toBe('https://calendar.google.com');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Permanence & café',
      dates: '20261212T100000/20261212T113000',
      ctz: 'Europe/Paris',
      location: 'Le local, 1 rue',
    });
  });

  it('writes an all-day span with the day after its last, as Google wants', () => {
    const link = new URL(googleEventLink({ title: 'Stand', start: '2027-04-10', end: '2027-04-11' }, 'Europe/Paris'));
    expect(link.searchParams.get('dates')).toBe('20270410/20270412');
    expect(link.searchParams.has('ctz')).toBe(false);
  });
});

describe('icsEventOf', () => {
  const context = {
    siteUrl: SITE,
    t,
    typeLabel: (id: string) => types.find((x) => x.id === id)?.label,
    groupName: (id: string) => groups.find((g) => g.id === id)?.name,
  };

  it('carries what a member needs when the calendar is all they open, readable back from the feed', () => {
    const event = icsEventOf(
      entry(
        '2026-12-12-tractage',
        {
          type: 'tractage',
          organiser: 'communication',
          target: 6,
          answer: 'mailto:com@coop.example.org',
          summary: 'Tracts au marché ; café offert, venez nombreux.',
          place: { name: 'Marché', address: 'Place des Halles, 49100 Angers', lat: 47.47, lon: -0.55 },
        },
        'On se retrouve **devant la fontaine**.\n\n- tracts\n- [plan](https://plan.example.org/)',
      ),
      context,
    );
    const root = new ICAL.Component(
      ICAL.parse(buildCalendar({ name: 'x', timezone: 'Europe/Paris', siteUrl: SITE, now: new Date('2026-11-01T00:00:00Z'), events: [event] })),
    );
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('uid')).toBe('2026-12-12-tractage@coop.example.org');
    expect(vevent?.getFirstPropertyValue('location')).toBe('Marché, Place des Halles, 49100 Angers');
    expect(vevent?.getFirstPropertyValue('categories')).toBe('Tractage');
    expect(vevent?.getFirstPropertyValue('url')).toBe('https://coop.example.org/agenda/2026-12-12-tractage/');
    expect(vevent?.getFirstPropertyValue('description')).toBe(
      'Tracts au marché ; café offert, venez nombreux.\n\n' +
        'On se retrouve devant la fontaine.\n\n– tracts\n– plan (https://plan.example.org/)\n\n' +
        'Organisé par : Communication\n6 participants souhaités\nPour répondre : com@coop.example.org\n\n' +
        'https://coop.example.org/agenda/2026-12-12-tractage/',
    );
  });

  it('marks a cancelled event so subscribers see it cancelled, and uses the visio link as place when online', () => {
    const event = icsEventOf(entry('en-ligne', { place: undefined, online: 'https://visio.example.org/x', cancelled: true }), context);
    expect(event.status).toBe('cancelled');
    expect(event.location).toBe('https://visio.example.org/x');
  });
});
