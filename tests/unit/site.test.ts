import { describe, expect, it } from 'vitest';
import { byOrder, groupsByCategory, neighbours, newestFirst, urgentNews, type Entry } from '../../src/lib/site';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('byOrder', () => {
  it('sorts by order first, then by name in French alphabetical order', () => {
    const list: Entry<{ order: number; name: string }>[] = [
      { id: 'zebre', data: { order: 1, name: 'Zèbre' } },
      { id: 'epicerie', data: { order: 2, name: 'épicerie' } },
      { id: 'ecole', data: { order: 2, name: 'École' } },
      { id: 'fruits', data: { order: 2, name: 'Fruits' } },
      { id: 'accueil', data: { order: 3, name: 'Accueil' } },
    ];
    // Accents and capitals do not send a name to the end of the list.
    expect(ids([...list].sort(byOrder))).toEqual(['zebre', 'ecole', 'epicerie', 'fruits', 'accueil']);
  });

  it('falls back to the title for entries that have one', () => {
    const list: Entry<{ order: number; title: string }>[] = [
      { id: 'b', data: { order: 100, title: 'Bien commencer' } },
      { id: 'a', data: { order: 100, title: 'Avant de venir' } },
    ];
    expect(ids([...list].sort(byOrder))).toEqual(['a', 'b']);
  });
});

describe('newestFirst', () => {
  it('puts the latest date first and breaks ties by file name', () => {
    const list: Entry<{ date: string }>[] = [
      { id: 'b-old', data: { date: '2026-01-10' } },
      { id: 'new-b', data: { date: '2026-11-01' } },
      { id: 'new-a', data: { date: '2026-11-01' } },
      { id: 'middle', data: { date: '2026-06-30' } },
    ];
    expect(ids([...list].sort(newestFirst))).toEqual(['new-a', 'new-b', 'middle', 'b-old']);
  });
});

describe('groupsByCategory', () => {
  const categories = [
    { id: 'equipes', data: { order: 2, name: 'Équipes' } },
    { id: 'general', data: { order: 1, name: 'Général' } },
    { id: 'vide', data: { order: 0, name: 'Vide' } },
    { id: 'anciens', data: { order: 3, name: 'Anciens' } },
  ];
  const group = (id: string, category: string, order: number, archived = false) => ({ id, data: { category, order, name: id, archived } });
  const groups = [
    group('lundi', 'equipes', 2),
    group('samedi', 'equipes', 1),
    group('annonces', 'general', 1),
    group('accueil', 'general', 1),
    group('ancien-forum', 'anciens', 1, true),
    group('vieux-lundi', 'equipes', 0, true),
  ];
  const sections = groupsByCategory(categories, groups);

  it('lists the categories in editor order with their groups in editor order', () => {
    expect(sections.map((s) => s.category.id)).toEqual(['general', 'equipes']);
    expect(sections.map((s) => ids(s.groups))).toEqual([
      ['accueil', 'annonces'],
      ['samedi', 'lundi'],
    ]);
  });

  it('hides archived groups, and the categories left empty', () => {
    const shown = sections.flatMap((s) => ids(s.groups));
    expect(shown).not.toContain('ancien-forum');
    expect(shown).not.toContain('vieux-lundi');
    expect(sections.map((s) => s.category.id)).not.toContain('vide');
    expect(sections.map((s) => s.category.id)).not.toContain('anciens');
  });

  it('does not reorder the lists it is given', () => {
    expect(categories.map((c) => c.id)).toEqual(['equipes', 'general', 'vide', 'anciens']);
    expect(ids(groups)[0]).toBe('lundi');
  });
});

describe('urgentNews', () => {
  const news: Entry<{ date: string; urgentUntil?: string }>[] = [
    { id: 'fermeture', data: { date: '2026-11-18', urgentUntil: '2026-11-21' } },
    { id: 'inventaire', data: { date: '2026-11-20', urgentUntil: '2026-11-25' } },
    { id: 'ordinaire', data: { date: '2026-11-20' } },
    { id: 'expiree', data: { date: '2026-11-01', urgentUntil: '2026-11-20' } },
    { id: 'programmee', data: { date: '2026-11-22', urgentUntil: '2026-11-30' } },
  ];

  it('shows the banners whose window includes today, newest first', () => {
    expect(ids(urgentNews(news, '2026-11-21'))).toEqual(['inventaire', 'fermeture']);
  });

  it('includes the first and the last day of the window', () => {
    expect(ids(urgentNews(news, '2026-11-18'))).toContain('fermeture');
    expect(ids(urgentNews(news, '2026-11-20'))).toContain('expiree');
    expect(ids(urgentNews(news, '2026-11-22'))).toEqual(['programmee', 'inventaire']);
  });

  it('shows nothing before a news is published nor after its window', () => {
    expect(ids(urgentNews(news, '2026-11-17'))).toEqual(['expiree']);
    expect(ids(urgentNews(news, '2026-12-01'))).toEqual([]);
  });
});

describe('neighbours', () => {
  const chapters = [{ id: 'bienvenue' }, { id: 'creneaux' }, { id: 'groupes' }];

  it('gives the previous and next chapters', () => {
    expect(neighbours(chapters, 'creneaux')).toEqual({ previous: { id: 'bienvenue' }, next: { id: 'groupes' } });
  });

  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(chapters, 'bienvenue')).toEqual({ next: { id: 'creneaux' } });
    expect(neighbours(chapters, 'groupes')).toEqual({ previous: { id: 'creneaux' } });
  });

  it('has neither for an unknown id or a lone chapter', () => {
    expect(neighbours(chapters, 'absent')).toEqual({});
    expect(neighbours([{ id: 'seul' }], 'seul')).toEqual({});
  });
});
