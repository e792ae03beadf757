import { describe, expect, it } from 'vitest';
import { isNoindex } from '../../src/lib/indexing';
import { absoluteUrl, monogramSvg, ogLocale, webManifest } from '../../src/lib/page-meta';

describe('absoluteUrl', () => {
  it('joins a site path to the base URL, with or without a trailing slash or a sub-folder', () => {
    expect(absoluteUrl('/guide/', 'https://babillard.example.org/')).toBe('https://babillard.example.org/guide/');
    expect(absoluteUrl('/guide/', 'https://babillard.example.org')).toBe('https://babillard.example.org/guide/');
    expect(absoluteUrl('/', 'https://example.org/cagette/')).toBe('https://example.org/cagette/');
  });
});

describe('ogLocale', () => {
  it('uses an underscore', () => expect(ogLocale('fr-FR')).toBe('fr_FR'));
});

describe('webManifest', () => {
  it('takes name, colour and icon from the settings', () => {
    const manifest = webManifest({
      name: 'La Cagette des Tilleuls',
      description: 'Épicerie',
      lang: 'fr',
      accentColour: '#1f6f5c',
      background: '#fbfaf7',
      icon: '/media/logo.svg',
    });
    expect(manifest).toMatchObject({ name: 'La Cagette des Tilleuls', short_name: 'La Cagette', lang: 'fr', theme_color: '#1f6f5c', start_url: '/' });
    expect(manifest['icons']).toContainEqual({ src: '/media/logo.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' });
  });

  it('lists PNG icons of 192 and 512 px for installation, each also maskable', () => {
    const icons = webManifest({ name: 'x', description: 'x', lang: 'fr', accentColour: '#000000', background: '#ffffff', icon: '/favicon.svg' })['icons'];
    for (const size of [192, 512])
      for (const purpose of ['any', 'maskable'])
        expect(icons).toContainEqual({ src: `/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose });
  });
});

describe('monogramSvg', () => {
  it('draws the first letter of the name, past a French article', () => {
    expect(monogramSvg('La Cagette', '#1f6f5c', '#ffffff')).toMatch(/fill="#1f6f5c".*>C<\/text>/);
    expect(monogramSvg('<Épi>', '#000000', '#ffffff')).toContain('>É</text>');
  });
});

describe('isNoindex', () => {
  it('matches the group pages and nothing else', () => {
    expect(isNoindex('/groupes/')).toBe(true);
    expect(isNoindex('/groupes/volants/')).toBe(true);
    expect(isNoindex('/guide/')).toBe(false);
    expect(isNoindex('/annonces/groupes/')).toBe(false);
  });
});
