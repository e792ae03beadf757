import { describe, expect, it } from 'vitest';
import { bareWords, exactTitleFirst } from '../../src/lib/search';

describe('bareWords', () => {
  it('drops case, accents and punctuation', () => {
    expect(bareWords('Cagette – Équipe du lundi')).toBe('cagette equipe du lundi');
    expect(bareWords('  Aujourd’hui au magasin ! ')).toBe('aujourd hui au magasin');
  });
});

describe('exactTitleFirst', () => {
  const results = [{ meta: { title: 'Cagette – Petites annonces pro' } }, { meta: { title: 'Les annonces' } }, { meta: { title: 'Cagette – Annonces' } }];

  it('puts the page whose title is exactly the query first, however it is typed', () => {
    expect(exactTitleFirst(results, 'cagette annonces').map((r) => r.meta.title)).toEqual([
      'Cagette – Annonces',
      'Cagette – Petites annonces pro',
      'Les annonces',
    ]);
  });

  it('keeps the search engine’s order when no title matches exactly', () => {
    expect(exactTitleFirst(results, 'annonce')).toEqual(results);
  });
});
