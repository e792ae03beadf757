import { describe, expect, it } from 'vitest';
import { pageKey, routes, sitePages } from '../../src/lib/routes';

const model = {
  groups: [
    { id: 'accueil', platforms: ['signal'], archived: false, headings: ['regles-du-groupe'] },
    { id: 'ancien', platforms: ['telegram'], archived: true, headings: [] },
  ],
  categories: ['general'],
  guide: [{ id: 'bienvenue', headings: ['le-magasin'] }],
  charter: { headings: ['ton'], decisions: ['2026-01-10-annonces'] },
  pages: [{ id: 'a-propos', headings: [] }],
  events: [{ id: '2026-12-05-reunion', organiser: 'accueil', headings: [] }],
  types: ['reunion'],
  news: [{ id: '2026-11-01-ouverture', tags: ['site'], headings: [] }],
};

describe('sitePages', () => {
  const pages = sitePages(model);

  it('lists no section page for a site without sections', () => {
    expect([...pages.keys()].filter((path) => path.includes('section'))).toEqual([]);
  });

  it('lists the pages and feeds of each section when there are sections', () => {
    const withSections = sitePages({ ...model, sections: ['port'] });
    const added = [...withSections.keys()].filter((path) => !pages.has(path));
    expect(added.sort()).toEqual(
      [
        '/sections/',
        '/sections/port/',
        '/groupes/section/port/',
        '/agenda/section/port/',
        '/agenda/section/port.ics',
        '/annonces/section/port/',
        '/annonces/section/port/rss.xml',
        '/affiches/section/port/',
      ].sort(),
    );
  });

  it('lists the pages built from the content, and not those of archived groups', () => {
    for (const path of [
      '/',
      '/groupes/',
      '/groupes/accueil/',
      '/groupes/plateforme/signal/',
      '/affiches/accueil/',
      '/guide/bienvenue/',
      '/charte/',
      '/a-propos/',
      '/agenda/2026-12-05-reunion/',
      '/agenda/2026-12-05-reunion.ics',
      '/agenda/type/reunion/',
      '/agenda/groupe/accueil/',
      '/agenda-rappel.ics',
      '/agenda/type/reunion/rappel.ics',
      '/agenda/groupe/accueil/rappel.ics',
      '/annonces/2026-11-01-ouverture/',
      '/annonces/etiquettes/site/',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    expect(pages.has('/groupes/ancien/')).toBe(false);
    expect(pages.has('/groupes/plateforme/telegram/')).toBe(false);
  });

  it('knows the anchors of pages written in Markdown', () => {
    expect(pages.get('/charte/')).toEqual(new Set(['ton', 'sommaire', 'decisions', 'decision-2026-01-10-annonces']));
    expect(pages.get('/guide/bienvenue/')).toEqual(new Set(['le-magasin', 'sommaire-guide']));
    expect(pages.get('/groupes/')).toEqual(new Set(['general', 'groupe-accueil', 'pour-moi']));
  });

  it('has no charter page without a charter', () => {
    expect(sitePages({ ...model, charter: undefined }).has('/charte/')).toBe(false);
  });
});

describe('pageKey and the builders', () => {
  it('gives each date of a series an anchor on its event’s page and a file of its own', () => {
    expect(routes.occurrence('2026-12-05-permanence', '2026-12-12')).toBe('/agenda/2026-12-05-permanence/#date-2026-12-12');
    expect(routes.occurrenceFeed('2026-12-05-permanence', '2026-12-12')).toBe('/agenda/2026-12-05-permanence/2026-12-12.ics');
  });

  it('reads /x, /x/ and /x/index.html as one page, files as themselves', () => {
    expect(pageKey('/guide/bienvenue')).toBe('/guide/bienvenue/');
    expect(pageKey('/guide/bienvenue/index.html')).toBe('/guide/bienvenue/');
    expect(pageKey('/agenda.ics')).toBe('/agenda.ics');
  });

  it('spells each address once', () => {
    expect(routes.group('accueil')).toBe('/groupes/accueil/');
    expect(routes.typeFeed('reunion')).toBe('/agenda/type/reunion.ics');
  });
});
