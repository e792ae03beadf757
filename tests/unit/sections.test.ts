import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index';
import { createTranslator } from '../../src/lib/i18n';
import { rssItems } from '../../src/lib/news-feed';
import { eventSection, sectionEvents, sectionFeeds } from '../../src/lib/sections';

const t = createTranslator(dictionaries.fr);
const groupSection = (id: string) => ({ 'port-accueil': 'port', general: undefined })[id];
const entry = (id: string, data: { section?: string; organiser?: string }) => ({
  id,
  data: { title: id, type: 'reunion', start: '2026-12-05T10:00', allDay: false, cancelled: false, ...data },
});

describe('sections', () => {
  it('an event belongs to its own section, else to its organiser’s, else to none', () => {
    expect(eventSection({ section: 'gare' }, groupSection)).toBe('gare');
    expect(eventSection({ section: 'gare', organiser: 'port-accueil' }, groupSection)).toBe('gare');
    expect(eventSection({ organiser: 'port-accueil' }, groupSection)).toBe('port');
    expect(eventSection({ organiser: 'general' }, groupSection)).toBeUndefined();
    expect(eventSection({}, groupSection)).toBeUndefined();
  });

  it('gives each section a feed of its events, even an empty one', () => {
    const entries = [entry('b', { organiser: 'port-accueil' }), entry('a', { section: 'port' }), entry('c', { organiser: 'general' })];
    expect(sectionEvents(entries, 'port', groupSection).map((e) => e.id)).toEqual(['a', 'b']);
    const feeds = sectionFeeds({
      site: 'La Cagette',
      sections: [
        { id: 'port', name: 'Magasin du Port' },
        { id: 'gare', name: 'Magasin de la Gare' },
      ],
      entries,
      groupSection,
      t,
    });
    expect(feeds.map((f) => [f.kind, f.path, f.page, f.name, f.entries.length])).toEqual([
      ['section', '/agenda/section/port.ics', '/agenda/section/port/', 'La Cagette – Magasin du Port', 2],
      ['section', '/agenda/section/gare.ics', '/agenda/section/gare/', 'La Cagette – Magasin de la Gare', 0],
    ]);
  });

  it('writes news as RSS items with their page, noon-UTC date, text and tags', () => {
    const [item] = rssItems(
      [{ id: '2026-11-18-doutre', data: { title: 'La Doutre', date: '2026-11-18', summary: 'Résumé.', tags: ['magasin'] }, body: 'Du **texte**.' }],
      'https://coop.example/',
    );
    expect(item).toEqual({
      title: 'La Doutre',
      link: 'https://coop.example/annonces/2026-11-18-doutre/',
      pubDate: new Date('2026-11-18T12:00:00Z'),
      description: 'Résumé.',
      content: expect.stringContaining('<strong>texte</strong>'),
      categories: ['magasin'],
    });
  });
});
