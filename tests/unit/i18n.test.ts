import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { dictionaries } from '../../src/i18n/index';
import { compareDictionaries, createTranslator, interpolate } from '../../src/lib/i18n';

describe('dictionaries', () => {
  it('every language has exactly the keys of French', () => {
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      expect(compareDictionaries(fr, dictionary), language).toEqual({ missing: [], extra: [] });
    }
  });

});

describe('translator', () => {
  const t = createTranslator({ 'a.count': '{n} groupe{n||s}', 'a.name': 'Bonjour {name}' });

  it('fills placeholders and picks plural forms', () => {
    expect(t('a.name', { name: 'Alix' })).toBe('Bonjour Alix');
    expect(t('a.count', { n: 1 })).toBe('1 groupe');
    expect(t('a.count', { n: 3 })).toBe('3 groupes');
  });

  it('refuses an unknown key instead of printing it', () => {
    // A key outside the dictionary's type, as a misspelt key read from data would arrive.
    expect(() => (t as (key: string) => string)('a.nope')).toThrow(/a\.nope/);
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{x} et {y}', { x: 1 })).toBe('1 et {y}');
  });
});
