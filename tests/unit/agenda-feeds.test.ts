import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { agendaFeeds, icsEventOf, organisingGroups, subscribeLinks, type AgendaEntry } from '../../src/lib/agenda-feeds';
import { createTranslator } from '../../src/lib/i18n';
import { buildCalendar } from '../../src/lib/ics';
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
});

describe('subscribeLinks', () => {
  it('pairs the https address with its webcal twin', () => {
    expect(subscribeLinks('/agenda/type/tractage.ics', SITE)).toEqual({
      https: 'https://coop.example.org/agenda/type/tractage.ics',
      webcal: 'webcal://coop.example.org/agenda/type/tractage.ics',
    });
    expect(subscribeLinks('/agenda.ics', 'https://coop.example.org/site/').webcal).toBe('webcal://coop.example.org/agenda.ics');
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
