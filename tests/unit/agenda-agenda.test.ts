import { describe, expect, it } from 'vitest';
import { agendaItems, answerTarget, byMonth, filterChoices, mapLink } from '../../src/lib/agenda';
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
