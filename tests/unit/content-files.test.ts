import { describe, expect, it } from 'vitest';
import { classifyContentPath, isIgnoredPath, utf8Problem } from '../../src/lib/content-files';

describe('classifyContentPath', () => {
  it('reads each collection’s files by their one extension', () => {
    expect(classifyContentPath('groups/accueil.md')).toEqual({ kind: 'entry', collection: 'groups', id: 'accueil' });
    expect(classifyContentPath('categories/vie.yaml')).toEqual({ kind: 'entry', collection: 'categories', id: 'vie' });
    expect(classifyContentPath('settings/site.yaml')).toEqual({ kind: 'entry', collection: 'settings', id: 'site' });
  });

  it('ignores what starts with _ or . and READMEs, wherever they are', () => {
    for (const path of ['_brouillons/a.md', 'groups/_a.md', '.git/config', 'groups/.DS_Store', 'README.md', 'groups/README.md', 'events/readme.md']) {
      expect(classifyContentPath(path), path).toEqual({ kind: 'ignored' });
      expect(isIgnoredPath(path)).toBe(true);
    }
  });

  it.each([
    ['groups/equipes/lundi.md', 'sous-dossier de content/groups/'],
    ['evenements/2026-12-05-ag.md', 'content/events/'],
    ['Évènements/2026-12-05-ag.md', 'content/events/'],
    ['annonce/2026-12-05-x.md', 'content/news/'],
    ['divers/x.md', 'les dossiers lus sont settings/, categories/, groups/, pages/, decisions/, events/, news/'],
    ['accueil.md', 'directement dans content/'],
    ['groups/lundi.markdown', 'renommez-le en lundi.md'],
    ['groups/lundi.MD', 'renommez-le en lundi.md'],
    ['groups/lundi', 'renommez-le en lundi.md'],
    ['categories/vie.yml', 'renommez-le en vie.yaml'],
    ['settings/ancien.yaml', 'ne contient qu’un fichier, site.yaml'],
    ['news/affiche.jpg', 'public/media/affiche.jpg'],
  ])('refuses %s, saying where it belongs', (path, words) => {
    const verdict = classifyContentPath(path);
    expect(verdict.kind).toBe('stray');
    expect(verdict.kind === 'stray' && verdict.message).toContain(words);
  });
});

describe('utf8Problem', () => {
  it('accepts UTF-8, with or without a byte-order mark', () => {
    expect(utf8Problem(new TextEncoder().encode('Café\nÉté'))).toBeUndefined();
    expect(utf8Problem(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBeUndefined();
  });

  it('finds the first line that is not, and shows it as Windows-1252 would', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('a: 1\nb: 2\n'), 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    expect(utf8Problem(latin1)).toEqual({ line: 3, text: 'Café' });
    expect(utf8Problem(new Uint8Array([0x93, 0x6f, 0x6b, 0x94]))).toEqual({ line: 1, text: '“ok”' });
  });
});
