import { describe, expect, it } from 'vitest';
import { fitBudget, manifestIcons, pageFiles, precachePages, scriptImports, workerScript } from '../../src/lib/precache';

const event = (start: string, extra: Record<string, unknown> = {}) => ({ title: 'x', type: 'creneau', allDay: false, cancelled: false, start, ...extra });
const model = {
  groups: [
    { id: 'volants', archived: false, importance: 'si-vous-voulez' as const },
    { id: 'ancien', archived: true, importance: 'essentiel' as const },
    { id: 'annonces', archived: false, importance: 'essentiel' as const },
    { id: 'equipe-lundi', archived: false, importance: 'selon-votre-role' as const },
  ],
  guide: ['bienvenue', 'creneau'],
  hasCharter: true,
  events: [
    { id: 'demain', data: event('2026-11-22T10:00') },
    { id: 'dans-huit-semaines', data: event('2027-01-16T10:00') },
    { id: 'dans-neuf-semaines', data: event('2027-01-24T10:00') },
    { id: 'passe', data: event('2026-10-01T10:00') },
    { id: 'chaque-samedi', data: event('2026-01-03T10:00', { recurrence: { freq: 'weekly' } }) },
  ],
  now: '2026-11-21T12:00',
  horizonMonths: 6,
};

describe('precachePages', () => {
  const all = (pages: { core: string[]; more: string[] }) => [...pages.core, ...pages.more];

  it('keeps the home page, the directory and its groups, the guide, the charter, the agenda, the news list and the offline page', () => {
    expect(all(precachePages({ ...model, events: [] })).sort()).toEqual(
      [
        '/',
        '/groupes/',
        '/groupes/annonces/',
        '/groupes/equipe-lundi/',
        '/groupes/volants/',
        '/guide/',
        '/guide/bienvenue/',
        '/guide/creneau/',
        '/charte/',
        '/agenda/',
        '/annonces/',
        '/hors-connexion/',
      ].sort(),
    );
  });

  it('puts the pages most needed first: the lists, the guide, the essential groups, the events by date, then the other groups', () => {
    const pages = precachePages(model);
    expect(pages.core).toEqual(['/', '/groupes/', '/hors-connexion/', '/guide/', '/charte/', '/agenda/', '/annonces/']);
    expect(pages.more).toEqual([
      '/guide/bienvenue/',
      '/guide/creneau/',
      '/groupes/annonces/',
      '/agenda/demain/',
      '/agenda/chaque-samedi/',
      '/agenda/dans-huit-semaines/',
      '/groupes/equipe-lundi/',
      '/groupes/volants/',
    ]);
  });

  it('keeps the events of the next eight weeks (a series included), not those further away nor those over', () => {
    const pages = all(precachePages(model)).filter((p) => p.startsWith('/agenda/') && p !== '/agenda/');
    expect(pages.sort()).toEqual(['/agenda/chaque-samedi/', '/agenda/dans-huit-semaines/', '/agenda/demain/']);
  });

  it('leaves the charter out when the site has none', () => {
    expect(all(precachePages({ ...model, hasCharter: false }))).not.toContain('/charte/');
  });
});

describe('fitBudget', () => {
  const page = (url: string, bytes: number, files: [string, number][] = []) => ({ url, bytes, files: files.map(([f, b]) => ({ url: f, bytes: b })) });

  it('keeps every page when they fit', () => {
    expect(fitBudget([page('/', 10)], [page('/a/', 10), page('/b/', 10)], 30)).toEqual({ kept: ['/', '/a/', '/b/'], left: [] });
  });

  it('stops at the first page that would pass the budget, and leaves the rest for their first visit', () => {
    expect(fitBudget([page('/', 10)], [page('/a/', 10), page('/b/', 15), page('/c/', 1)], 30)).toEqual({ kept: ['/', '/a/'], left: ['/b/', '/c/'] });
  });

  it('counts a file several pages load once', () => {
    const sheet: [string, number] = ['/styles/site.css', 8];
    expect(fitBudget([page('/', 2, [sheet])], [page('/a/', 2, [sheet]), page('/b/', 2, [sheet])], 14).kept).toEqual(['/', '/a/', '/b/']);
  });

  it('keeps the core pages even over the budget', () => {
    expect(fitBudget([page('/', 50)], [page('/a/', 1)], 30)).toEqual({ kept: ['/'], left: ['/a/'] });
  });
});

describe('the files of a page', () => {
  it('are its stylesheets, icons, manifest, scripts, preloaded modules and images, from the site only', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/media/logo.svg"><link rel="manifest" href="/manifest.webmanifest">
      <link rel="alternate" href="/annonces/rss.xml"><link rel="canonical" href="https://x.example/"><link rel="modulepreload" href="/_astro/c.js">
      <script type="module" src="/_astro/b.js?v=1"></script><img src="/media/photo.webp" alt=""><img src="//cdn.example/x.png" alt="">`;
    expect(pageFiles(html)).toEqual(['/_astro/a.css', '/media/logo.svg', '/manifest.webmanifest', '/_astro/c.js', '/_astro/b.js', '/media/photo.webp']);
  });

  it('follow a script’s imports', () => {
    expect(scriptImports('import{a as b}from"./chunk.X.js";import"../y.js";', '/_astro/page.Y.js')).toEqual(['/_astro/chunk.X.js', '/y.js']);
  });

  it('include the manifest’s icons', () => {
    expect(manifestIcons({ icons: [{ src: '/icon-192.png' }, { src: 'https://x.example/i.png' }] })).toEqual(['/icon-192.png']);
  });
});

describe('workerScript', () => {
  it('writes the list, the version and the offline page in front of the code', () => {
    const script = workerScript([{ url: '/', revision: 'ab' }], 'v1', 'self;');
    expect(script).toContain('const BABILLARD_PRECACHE = [{"url":"/","revision":"ab"}];');
    expect(script).toContain('const BABILLARD_VERSION = "v1";');
    expect(script).toContain('const BABILLARD_OFFLINE = "/hors-connexion/";');
    expect(script.endsWith('self;')).toBe(true);
  });
});
