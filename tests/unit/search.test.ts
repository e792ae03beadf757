import { describe, expect, it } from 'vitest';
import { bareWords, exactTitleFirst, matchTitles, mergeResults, PRELOADED_INDEX_BYTES, searchPreloads, spacedBlocks, titleList } from '../../src/lib/search';

describe('bareWords', () => {
  it('drops case, accents and punctuation', () => {
    expect(bareWords('Cagette – Équipe du lundi')).toBe('cagette equipe du lundi');
    expect(bareWords('  Aujourd’hui au magasin ! ')).toBe('aujourd hui au magasin');
  });
});

describe('exactTitleFirst', () => {
  const results = [{ title: 'Cagette – Petites annonces pro' }, { title: 'Les annonces' }, { title: 'Cagette – Annonces' }];

  it('puts the page whose title is exactly the query first, however it is typed', () => {
    expect(exactTitleFirst(results, 'cagette annonces').map((r) => r.title)).toEqual(['Cagette – Annonces', 'Cagette – Petites annonces pro', 'Les annonces']);
  });

  it('keeps the search engine’s order when no title matches exactly', () => {
    expect(exactTitleFirst(results, 'annonce')).toEqual(results);
  });
});

describe('the title list answered before Pagefind has loaded', () => {
  const list = titleList({
    groups: [
      { id: 'volants', name: 'Cagette – Volants', purpose: 'Les créneaux urgents à prendre au pied levé.' },
      { id: 'equipe-lundi', name: 'Cagette – Équipe du lundi matin' },
      { id: 'annonces', name: 'Cagette – Annonces', purpose: 'x'.repeat(300) },
    ],
    guide: [{ id: 'votre-premier-creneau', title: 'Votre premier créneau', description: 'Choisir son équipe.' }],
    charter: { title: 'Charte des groupes' },
    pages: [{ id: 'a-propos', title: 'À propos' }],
  });

  it('holds page addresses and names, with a short line each', () => {
    expect(list.map((e) => [e.url, e.kind])).toEqual([
      ['/groupes/volants/', 'group'],
      ['/groupes/equipe-lundi/', 'group'],
      ['/groupes/annonces/', 'group'],
      ['/guide/votre-premier-creneau/', 'guide'],
      ['/charte/', 'charter'],
      ['/a-propos/', 'page'],
    ]);
    expect(list[2]?.text?.length).toBeLessThanOrEqual(140);
  });

  it('finds a name by the beginning of its words from three letters, accents and case aside', () => {
    expect(matchTitles(list, 'volan').map((e) => e.url)).toEqual(['/groupes/volants/']);
    expect(matchTitles(list, 'VOL').map((e) => e.url)).toEqual(['/groupes/volants/']);
    expect(matchTitles(list, 'creneau').map((e) => e.url)).toEqual(['/guide/votre-premier-creneau/']);
    expect(matchTitles(list, 'équipe lun').map((e) => e.url)).toEqual(['/groupes/equipe-lundi/']);
    expect(matchTitles(list, 'vo')).toEqual([]);
    expect(matchTitles(list, 'olants')).toEqual([]);
    expect(matchTitles(list, 'cagette', 'guide')).toEqual([]);
  });

  it('puts an exact name first', () => {
    expect(matchTitles(list, 'cagette annonces')[0]?.url).toBe('/groupes/annonces/');
  });

  it('merges the names with what Pagefind found: each page once, with Pagefind’s excerpt', () => {
    const titles = matchTitles(list, 'volan');
    const found = [
      { url: '/charte/', title: 'Charte des groupes', kind: 'charter', excerpt: 'les <mark>volants</mark>' },
      { url: '/groupes/volants/', title: 'Cagette – Volants', kind: 'group', excerpt: '<mark>Volants</mark>.' },
    ];
    expect(mergeResults(titles, [], 'volan').map((r) => [r.url, r.excerpt])).toEqual([['/groupes/volants/', undefined]]);
    expect(mergeResults(titles, found, 'volan').map((r) => [r.url, r.excerpt])).toEqual([
      ['/groupes/volants/', '<mark>Volants</mark>.'],
      ['/charte/', 'les <mark>volants</mark>'],
    ]);
  });
});

describe('spacedBlocks', () => {
  it('separates the text of adjacent blocks, which Pagefind would join into one word', () => {
    expect(spacedBlocks('<dl><dt>Pour qui</dt><dd>Équipes<br/>Tous</dd></dl>')).toBe(' <dl> <dt>Pour qui </dt> <dd>Équipes <br/>Tous </dd> </dl>');
    expect(spacedBlocks('<p>Un <a href="/x/">lien</a> et <strong>gras</strong></p>')).toBe(' <p>Un <a href="/x/">lien</a> et <strong>gras</strong> </p>');
  });
});

describe('searchPreloads', () => {
  const files = { meta: 'pagefind.fr_1a.pf_meta', filters: ['filter/fr_2b.pf_filter'], index: [{ file: 'index/fr_3c.pf_index', bytes: 23_000 }] };
  const hrefs = (html: string) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1]);

  it('asks for the metadata, the filters and the index of a small site with the page', () => {
    expect(hrefs(searchPreloads('/pagefind/', files))).toEqual([
      '/pagefind/pagefind.fr_1a.pf_meta',
      '/pagefind/filter/fr_2b.pf_filter',
      '/pagefind/index/fr_3c.pf_index',
    ]);
  });

  it('leaves a large index to Pagefind, which fetches only the chunks the words need', () => {
    const index = Array.from({ length: 6 }, (_, i) => ({ file: `index/fr_${i}.pf_index`, bytes: PRELOADED_INDEX_BYTES / 4 }));
    expect(hrefs(searchPreloads('/pagefind/', { ...files, index }))).toEqual(['/pagefind/pagefind.fr_1a.pf_meta', '/pagefind/filter/fr_2b.pf_filter']);
  });
});
