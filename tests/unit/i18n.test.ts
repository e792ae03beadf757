import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { dictionaries } from '../../src/i18n/index';
import { compareDictionaries, createTranslator, interpolate } from '../../src/lib/i18n';

const srcDir = new URL('../../src', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.(astro|tsx?)$/.test(e.name) ? [join(dir, e.name)] : []));

describe('dictionaries', () => {
  it('every language has exactly the keys of French', () => {
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      expect(compareDictionaries(fr, dictionary), language).toEqual({ missing: [], extra: [] });
    }
  });

  it('every literal key the code asks for exists in French', () => {
    const used = new Set<string>();
    for (const file of sources(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.-]*)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in fr))).toEqual([]);
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
    expect(() => t('a.nope')).toThrow(/a\.nope/);
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{x} et {y}', { x: 1 })).toBe('1 et {y}');
  });
});
