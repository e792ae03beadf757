import { describe, expect, it } from 'vitest';
import { base64Bytes, listingOf, localAccessRules, requestRefusal, targetOf } from '../../admin/local/access';
import { siteOrigins } from '../../admin/local/paths';

const rules = localAccessRules();

describe('what the local backend may touch', () => {
  it('takes its folders and extensions from the collections, as the build reads them', () => {
    expect(rules.folders).toEqual({
      settings: 'yaml',
      categories: 'yaml',
      groups: 'md',
      pages: 'md',
      decisions: 'md',
      events: 'md',
      news: 'md',
      sections: 'yaml',
    });
    expect(targetOf('content/groups/accueil.md', rules)).toEqual({ kind: 'entry', folder: 'groups', path: 'content/groups/accueil.md' });
    expect(targetOf('content/settings/site.yaml', rules)?.kind).toBe('entry');
    expect(targetOf('content/categories/vie-du-magasin.yaml', rules)?.kind).toBe('entry');
    expect(targetOf('public/media/affiche.jpg', rules)).toEqual({ kind: 'media', path: 'public/media/affiche.jpg' });
    expect(targetOf('public/media/programme.pdf', rules)?.kind).toBe('media');
  });

  it.each([
    'package.json',
    'astro.config.mjs',
    '.git/config',
    '..',
    '../content/groups/accueil.md',
    'content/../package.json',
    'content/groups/../../astro.config.mjs',
    'content/groups/%2e%2e/%2e%2e/package.json',
    'content/groups/%2e%2e%2fpackage.json',
    '/etc/passwd',
    '/work/site/content/groups/accueil.md',
    'content\\groups\\accueil.md',
    'content/groups/accueil.md\u0000.png',
    'content/groups/accueil.markdown',
    'content/groups/accueil.MD',
    'content/categories/general.yml',
    'content/groups/equipes/lundi.md',
    'content/groups/.cache.md',
    'content/groups/_brouillon.md',
    'content/_brouillons/idee.md',
    'content/evenements/2026-12-05-ag.md',
    'content/settings/autre.yaml',
    'content/groups/README.md',
    'content/README.md',
    'src/pages/index.astro',
    'public/theme.css',
    'public/media/page.html',
    'public/media/script.js',
    'public/media/../../package.json',
    'public/media/sous-dossier/affiche.png',
    'public/media/.htaccess',
    'public/media',
    '',
  ])('refuses %j', (path) => {
    expect(targetOf(path, rules)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, ['content/groups/a.md'], { path: 'content/groups/a.md' }]) expect(targetOf(value, rules)).toBeUndefined();
  });

  it('lists only a collection folder with its own extension, or the media folder', () => {
    expect(listingOf('content/events', 'md', rules)).toEqual({ kind: 'entry', folder: 'events', path: 'content/events' });
    expect(listingOf('public/media', '', rules)?.kind).toBe('media');
    for (const [folder, extension] of [
      ['content', ''],
      ['content', 'md'],
      ['content/events', ''],
      ['content/events', 'yaml'],
      ['content/events/..', 'md'],
      ['content/../src', 'ts'],
      ['.git', ''],
      ['', 'md'],
    ]) {
      expect(listingOf(folder, extension, rules), `${folder} ${extension}`).toBeUndefined();
    }
  });

  it('measures base64 content without decoding it', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'héllo', 'x'.repeat(1001)]) {
      const bytes = Buffer.from(text);
      expect(base64Bytes(bytes.toString('base64'))).toBe(bytes.length);
    }
  });
});

describe('who may ask', () => {
  const site = { origins: siteOrigins(4321), matches: (key: string) => key === 'secret' };
  it('answers the site’s own page, at either of its addresses, with the secret', () => {
    expect(requestRefusal({ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321', key: 'secret' }, site)).toBeUndefined();
    expect(requestRefusal({ host: 'localhost:4321', origin: 'http://localhost:4321', key: 'secret' }, site)).toBeUndefined();
  });

  it.each([
    [{ host: 'evil.example', origin: 'http://evil.example', key: 'secret' }, 'host'],
    [{ host: '127.0.0.1:4322', origin: 'http://127.0.0.1:4322', key: 'secret' }, 'host'],
    [{ host: undefined, origin: 'http://127.0.0.1:4321', key: 'secret' }, 'host'],
    [{ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:8080', key: 'secret' }, 'origin'],
    [{ host: '127.0.0.1:4321', origin: 'http://localhost:4321', key: 'secret' }, 'origin'],
    [{ host: '127.0.0.1:4321', origin: 'null', key: 'secret' }, 'origin'],
    [{ host: '127.0.0.1:4321', origin: undefined, key: 'secret' }, 'origin'],
    [{ host: '127.0.0.1:4321', origin: 'https://127.0.0.1:4321', key: 'secret' }, 'origin'],
    [{ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321', key: undefined }, 'secret'],
    [{ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321', key: 'secrete' }, 'secret'],
  ])('refuses %j (%s)', (request, reason) => {
    expect(requestRefusal(request, site)).toBe(reason);
  });
});
