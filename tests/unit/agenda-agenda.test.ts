import { describe, expect, it } from 'vitest';
import { agendaCards, agendaItems, answerTarget, byMonth, cardsByMonth, filterChoices, mapLink, pastItems, placeLinks } from '../../src/lib/agenda';
import { eventSchema } from '../../src/schemas/event';

const event = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: eventSchema.parse({ title: id, type: 'reunion', start: '2026-12-05T10:00', place: { name: 'Le local' }, ...fields }),
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
    const only = agendaItems([event('p', { recurrence: { frequency: 'weekly', count: 1, cancelled: ['2026-12-05'] } })], {
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
