import { describe, expect, it } from 'vitest';
import {
  agendaCards,
  agendaItems,
  answerTarget,
  byMonth,
  cardsByMonth,
  eventStatus,
  filterChoices,
  mapLink,
  pastItems,
  placeLinks,
  upcomingDates,
  upcomingItems,
} from '../../src/lib/agenda';
import { addMonths } from '../../src/lib/civil-date';
import { eventSchema } from '../../src/schemas/event';

/** An event as the content check hands it over, from the fields written in its file. */
const event = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: eventSchema.parse({ title: id, type: 'reunion', place: { name: 'Le local' }, ...fields }),
});

describe('addMonths', () => {
  it.each([
    ['2026-11-21', 6, '2027-05-21'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2027-01-10', -2, '2026-11-10'],
    ['2026-12-05', 0, '2026-12-05'],
    ['2026-05-31', 24, '2028-05-31'],
  ] as const)('%s + %i months → %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('agendaItems', () => {
  const events = [
    event('2026-12-05-assemblee', { start: '2026-12-05T14:00', end: '2026-12-05T17:00' }),
    event('permanence', { start: '2026-11-28T10:00', end: '2026-11-28T12:00', recurrence: { frequency: 'weekly', cancelled: ['2026-12-12'] } }),
    event('2026-12-05-inventaire', { start: '2026-12-05T08:00', end: '2026-12-05T10:00' }),
    event('2026-12-19-fete', { start: '2026-12-19', allDay: true }),
    event('2026-10-01-ancien', { start: '2026-10-01T18:00' }),
    event('2027-03-01-loin', { start: '2027-03-01T18:00' }),
  ];
  const items = agendaItems(events, { from: '2026-12-01', to: '2026-12-31' });

  it('lists every date in the window in time order, across events', () => {
    expect(items.map((i) => `${i.occurrence.start} ${i.id}`)).toEqual([
      '2026-12-05T08:00 2026-12-05-inventaire',
      '2026-12-05T10:00 permanence',
      '2026-12-05T14:00 2026-12-05-assemblee',
      '2026-12-12T10:00 permanence',
      '2026-12-19 2026-12-19-fete',
      '2026-12-19T10:00 permanence',
      '2026-12-26T10:00 permanence',
    ]);
  });

  it('keeps a cancelled date of a series, flagged, so the agenda can show it struck through', () => {
    const cancelled = items.filter((i) => i.occurrence.cancelled);
    expect(cancelled.map((i) => i.occurrence.start)).toEqual(['2026-12-12T10:00']);
  });

  it('carries the event with each of its dates', () => {
    const permanence = items.filter((i) => i.id === 'permanence');
    expect(permanence).toHaveLength(4);
    for (const item of permanence) {
      expect(item.event.title).toBe('permanence');
      expect(item.occurrence.end).toBe(`${item.occurrence.start.slice(0, 10)}T12:00`);
    }
  });

  it('includes events on the first and the last day of the window', () => {
    const edges = agendaItems(events, { from: '2026-12-19', to: '2026-12-19' });
    expect(edges.map((i) => i.id)).toEqual(['2026-12-19-fete', 'permanence']);
  });

  it('is empty when nothing happens in the window', () => {
    expect(agendaItems(events, { from: '2026-10-02', to: '2026-11-27' })).toEqual([]);
  });
});

describe('byMonth', () => {
  it('splits the agenda by month, in order, with nothing lost', () => {
    const events = [
      event('permanence', { start: '2026-11-28T10:00', end: '2026-11-28T12:00', recurrence: { frequency: 'weekly' } }),
      event('2027-01-09-galette', { start: '2027-01-09T16:00' }),
    ];
    const items = agendaItems(events, { from: '2026-11-01', to: '2027-01-10' });
    const months = byMonth(items);
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(months.map((m) => m.items.length)).toEqual([1, 4, 3]);
    expect(months.flatMap((m) => m.items)).toEqual(items);
    expect(months[2]?.items.map((i) => i.id)).toEqual(['permanence', 'permanence', '2027-01-09-galette']);
  });

  it('gives no month for an empty agenda', () => {
    expect(byMonth([])).toEqual([]);
  });
});

describe('mapLink', () => {
  it('points at the exact spot when the coordinates are known', () => {
    expect(mapLink({ address: '1 rue des Tilleuls', lat: 45.764, lon: 4.8357 })).toBe(
      'https://www.openstreetmap.org/?mlat=45.764&mlon=4.8357#map=18/45.764/4.8357',
    );
    // 0 is a real coordinate, not a missing one.
    expect(mapLink({ lat: 0, lon: -0.5 })).toBe('https://www.openstreetmap.org/?mlat=0&mlon=-0.5#map=18/0/-0.5');
  });

  it('searches the address otherwise, encoded so that the link stays whole', () => {
    const link = mapLink({ address: "12 rue de l'Église & du Marché, 69001 Lyon" });
    expect(link).toBe("https://www.openstreetmap.org/search?query=12%20rue%20de%20l'%C3%89glise%20%26%20du%20March%C3%A9%2C%2069001%20Lyon");
    expect(new URL(link ?? '').searchParams.get('query')).toBe("12 rue de l'Église & du Marché, 69001 Lyon");
  });

  it('uses the address when only one coordinate is given', () => {
    expect(mapLink({ address: 'Lyon', lat: 45.76 })).toBe('https://www.openstreetmap.org/search?query=Lyon');
  });

  it('gives no link for a place without address or coordinates', () => {
    expect(mapLink({})).toBeUndefined();
    expect(mapLink({ address: '' })).toBeUndefined();
  });
});

describe('the horizon limits how far a series is listed, never whether an event exists', () => {
  const clock = { now: '2026-11-21T12:00', horizonMonths: 6 };

  it('lists a one-off event nine months ahead, as upcoming', () => {
    const far = event('2027-08-21-fete', { start: '2027-08-21T17:00', end: '2027-08-21T23:00' });
    expect(upcomingDates(far.data, clock).map((o) => o.start)).toEqual(['2027-08-21T17:00']);
    expect(eventStatus(far.data, clock).status).toBe('upcoming');
    expect(upcomingItems([far], clock).map((item) => item.id)).toEqual(['2027-08-21-fete']);
    expect(pastItems([far], clock)).toEqual([]);
  });

  it('counts a series’ horizon from its first date to come, so a series starting later shows its first months', () => {
    const later = event('2027-09-04-atelier', {
      start: '2027-09-04T10:00',
      end: '2027-09-04T12:00',
      recurrence: { frequency: 'monthly', monthly: 'weekday-of-month' },
    });
    const dates = upcomingDates(later.data, clock).map((o) => o.start.slice(0, 10));
    expect(dates[0]).toBe('2027-09-04');
    expect(dates.at(-1)).toBe('2028-03-04');
  });

  it('expands a weekly series only as far as the horizon', () => {
    const weekly = event('2026-11-07-permanence', { start: '2026-11-07T10:00', end: '2026-11-07T11:30', recurrence: { frequency: 'weekly' } });
    const dates = upcomingDates(weekly.data, clock).map((o) => o.start.slice(0, 10));
    expect(dates[0]).toBe('2026-11-28');
    expect(dates.at(-1)).toBe('2027-05-15');
  });

  it('says ongoing while an event is on, past once it is over', () => {
    const today = event('2026-11-21-inventaire', { start: '2026-11-21T09:00', end: '2026-11-21T17:00' });
    expect(eventStatus(today.data, clock)).toMatchObject({ status: 'ongoing', next: { start: '2026-11-21T09:00' } });
    expect(eventStatus(today.data, { ...clock, now: '2026-11-21T17:01' }).status).toBe('past');
    expect(pastItems([today], { ...clock, now: '2026-11-21T17:01' }).map((item) => item.occurrence.start)).toEqual(['2026-11-21T09:00']);
    const allDay = event('2026-11-20-foire', { start: '2026-11-20', end: '2026-11-22', allDay: true });
    expect(eventStatus(allDay.data, clock).status).toBe('ongoing');
  });
});

describe('agenda lists', () => {
  const items = agendaItems(
    [
      event('permanence', { start: '2026-12-05T10:00', organiser: 'accueil', recurrence: { frequency: 'weekly', count: 3 } }),
      event('tractage', { type: 'tractage', start: '2026-12-12T09:30', organiser: 'communication' }),
      event('ag', { type: 'ag', start: '2027-01-16T14:00' }),
    ],
    { from: '2026-12-01', to: '2027-06-01' },
  );

  it('expands series into dated items, by start, split by month', () => {
    expect(items.map((i) => `${i.id} ${i.occurrence.start}`)).toEqual([
      'permanence 2026-12-05T10:00',
      'tractage 2026-12-12T09:30',
      'permanence 2026-12-12T10:00',
      'permanence 2026-12-19T10:00',
      'ag 2027-01-16T14:00',
    ]);
    expect(byMonth(items).map((m) => [m.month, m.items.length])).toEqual([
      ['2026-12', 4],
      ['2027-01', 1],
    ]);
  });

  it('offers filter links only for types and groups that have something coming', () => {
    const types = [{ id: 'reunion' }, { id: 'inventaire' }, { id: 'tractage' }];
    const groups = [{ id: 'volants' }, { id: 'communication' }, { id: 'accueil' }];
    expect(filterChoices(items, types, groups)).toEqual({
      types: [{ id: 'reunion' }, { id: 'tractage' }],
      groups: [{ id: 'communication' }, { id: 'accueil' }],
    });
  });
});

describe('a series is one card', () => {
  const permanence = event('permanence', { start: '2026-12-05T10:00', recurrence: { frequency: 'weekly', count: 4, cancelled: ['2026-12-05'] } });
  const items = agendaItems(
    [
      permanence,
      event('tractage', { type: 'tractage', start: '2026-12-10T09:30' }),
      event('ag', { start: '2027-01-16T14:00' }),
      event('fete', { start: '2026-12-12T18:00' }),
    ],
    { from: '2026-12-01', to: '2027-06-01' },
  );
  const cards = agendaCards(items);
  const label = (card: (typeof cards)[number]) =>
    card.kind === 'date' ? `${card.item.id} ${card.item.occurrence.start}` : `série ${card.id} ${card.shown.start}`;

  it('files the series under its first date not cancelled, with all its dates, and keeps one card per one-off date', () => {
    expect(cards.map(label)).toEqual(['tractage 2026-12-10T09:30', 'série permanence 2026-12-12T10:00', 'fete 2026-12-12T18:00', 'ag 2027-01-16T14:00']);
    const series = cards.find((c) => c.kind === 'series');
    expect(series?.kind === 'series' && series.dates.map((d) => [d.start.slice(0, 10), d.cancelled])).toEqual([
      ['2026-12-05', true],
      ['2026-12-12', false],
      ['2026-12-19', false],
      ['2026-12-26', false],
    ]);
  });

  it('keeps the month headings: each card under the month of the date it is filed under', () => {
    expect(cardsByMonth(cards).map((m) => [m.month, m.cards.length])).toEqual([
      ['2026-12', 3],
      ['2027-01', 1],
    ]);
    expect(cardsByMonth([])).toEqual([]);
  });

  it('files a series of the archives under its most recent date', () => {
    const past = pastItems([permanence], { now: '2027-01-01T12:00', horizonMonths: 6 });
    expect(agendaCards(past).map(label)).toEqual(['série permanence 2026-12-26T10:00']);
  });

  it('still gives a series whose dates in view are all cancelled its card', () => {
    const only = agendaItems([event('p', { start: '2026-12-05T10:00', recurrence: { frequency: 'weekly', count: 1, cancelled: ['2026-12-05'] } })], {
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(agendaCards(only).map(label)).toEqual(['série p 2026-12-05T10:00']);
  });
});

describe('links', () => {
  it('says where an answer link leads', () => {
    expect(answerTarget('mailto:accueil@coop.example.org?subject=Inventaire')).toEqual({ kind: 'mail', address: 'accueil@coop.example.org' });
    expect(answerTarget('https://chat.whatsapp.com/AbC')).toEqual({ kind: 'web', host: 'chat.whatsapp.com' });
  });

  it('points OpenStreetMap at the coordinates, or searches the address', () => {
    expect(mapLink({ lat: 47.47, lon: -0.55 })).toBe('https://www.openstreetmap.org/?mlat=47.47&mlon=-0.55#map=18/47.47/-0.55');
    expect(mapLink({ address: '3 rue du Lavoir, Angers' })).toBe('https://www.openstreetmap.org/search?query=3%20rue%20du%20Lavoir%2C%20Angers');
    expect(mapLink({})).toBeUndefined();
  });
});

describe('placeLinks', () => {
  it('opens the coordinates in the phone’s map app, in Plans and in OpenStreetMap, and gives the address to copy', () => {
    const links = placeLinks({ name: 'La Cagette (magasin)', address: '14 place des Tilleuls, Angers', lat: 47.4731, lon: -0.5521 });
    expect(links.geo).toBe('geo:47.4731,-0.5521?q=47.4731%2C-0.5521(La%20Cagette%20%20magasin)');
    expect(links.geo?.startsWith('geo:47.4731,-0.5521')).toBe(true);
    const apple = new URL(links.apple ?? '');
    expect(apple.origin).toBe('https://maps.apple.com');
    expect(Object.fromEntries(apple.searchParams)).toEqual({ ll: '47.4731,-0.5521', q: 'La Cagette (magasin)' });
    expect(links.osm).toBe('https://www.openstreetmap.org/?mlat=47.4731&mlon=-0.5521#map=18/47.4731/-0.5521');
    expect(links.address).toBe('La Cagette (magasin), 14 place des Tilleuls, Angers');
  });

  it('searches the address when there are no coordinates, and offers no map for a bare name', () => {
    const links = placeLinks({ name: 'Salle du Lavoir', address: '3 rue du Lavoir & co, Angers' });
    expect(links.geo).toBe(`geo:0,0?q=${encodeURIComponent('Salle du Lavoir, 3 rue du Lavoir & co, Angers')}`);
    expect(new URL(links.apple ?? '').searchParams.get('q')).toBe('Salle du Lavoir, 3 rue du Lavoir & co, Angers');
    expect(placeLinks({ name: 'Chez Capucine' })).toEqual({ address: 'Chez Capucine' });
  });
});
