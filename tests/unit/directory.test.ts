import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { createTranslator } from '../../src/lib/i18n';
import {
  askToJoinHref,
  byImportance,
  chunk,
  directoryJson,
  groupPlatforms,
  groupsByAudience,
  platformsInUse,
  publicLinks,
  requestHref,
  shortUrl,
  type DirectoryGroup,
} from '../../src/lib/directory';
import { absoluteUrl } from '../../src/lib/page-meta';

const t = createTranslator(fr);

const base: DirectoryGroup = {
  name: 'Cagette – Accueil',
  category: 'general',
  purpose: 'Accueillir.',
  audience: ['nouveaux'],
  importance: 'essentiel',
  posting: 'everyone',
  admins: ['Alix', 'Bao'],
  access: 'open',
  links: [
    { platform: 'signal', url: 'https://signal.group/#CjQKIBmVq3mN0pZk2o8yR7v1x4LqWcS5eT9uA6bD3fG0hJ2k' },
    { platform: 'whatsapp', url: 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a' },
  ],
  reviewed: '2026-10-01',
  archived: false,
};
const open = { id: 'accueil', data: base };
const members = {
  id: 'lundi',
  data: {
    ...base,
    name: 'Cagette – Lundi',
    access: 'members' as const,
    audience: ['equipes' as const],
    links: [{ platform: 'matrix' as const, url: 'https://matrix.to/#/#secret:matrix.org' }],
  },
};
const request = {
  id: 'admins',
  data: {
    ...base,
    name: 'Cagette – Admins',
    access: 'request' as const,
    howToAsk: 'Demandez à Alix.',
    audience: ['admins' as const, 'nouveaux' as const],
    links: [],
  },
};

describe('publicLinks', () => {
  it('prints the links of open groups only', () => {
    expect(publicLinks(open.data)).toHaveLength(2);
    expect(publicLinks(members.data)).toEqual([]);
    expect(publicLinks(request.data)).toEqual([]);
  });
});

describe('platforms', () => {
  it('lists a group’s platforms once each in table order, and those in use across groups', () => {
    expect(groupPlatforms(open.data)).toEqual(['whatsapp', 'signal']);
    expect(platformsInUse([open, members, request])).toEqual(['whatsapp', 'signal', 'matrix']);
  });
});

describe('groupsByAudience', () => {
  it('groups by audience in the audience table’s order, dropping empty audiences', () => {
    expect(groupsByAudience([open, members, request]).map((a) => `${a.audience}:${a.groups.map((g) => g.id).join(',')}`)).toEqual([
      'nouveaux:accueil,admins',
      'equipes:lundi',
      'admins:admins',
    ]);
  });
});

describe('URLs', () => {
  it('builds absolute and short URLs from the settings’ base URL', () => {
    expect(absoluteUrl('/groupes/', 'https://coop.example/')).toBe('https://coop.example/groupes/');
    expect(absoluteUrl('/groupes/a/', 'https://coop.example/site')).toBe('https://coop.example/site/groupes/a/');
    expect(shortUrl('https://coop.example/groupes/')).toBe('coop.example/groupes');
  });
});

describe('directoryJson', () => {
  const json = directoryJson({ name: 'Coop', baseUrl: 'https://coop.example/' }, [
    { category: { id: 'general', data: { name: 'Général', description: 'Pour tous.' } }, groups: [open, members, request] },
  ]);

  it('lists categories with their groups, and every visible group with its page URL', () => {
    expect(json.url).toBe('https://coop.example/groupes/');
    expect(json.categories).toEqual([{ id: 'general', name: 'Général', description: 'Pour tous.', groups: ['accueil', 'lundi', 'admins'] }]);
    expect(json.groups.map((g) => g.url)).toEqual([
      'https://coop.example/groupes/accueil/',
      'https://coop.example/groupes/lundi/',
      'https://coop.example/groupes/admins/',
    ]);
  });

  it('carries public links only: never a members-only link, and how to ask for request groups', () => {
    expect(json.groups[0]?.links).toHaveLength(2);
    expect(json.groups[1]?.links).toEqual([]);
    expect(json.groups[1]?.platforms).toEqual(['matrix']);
    expect(JSON.stringify(json)).not.toContain('secret');
    expect(json.groups[2]?.howToAsk).toBe('Demandez à Alix.');
  });

  it('says which section and zone each group belongs to, null for the whole co-op', () => {
    const withSection = directoryJson({ name: 'Coop', baseUrl: 'https://coop.example/' }, [
      {
        category: { id: 'general', data: { name: 'Général', description: 'Pour tous.' } },
        groups: [{ ...open, data: { ...open.data, section: 'port', zone: 'nord' } }],
      },
    ]);
    expect(withSection.groups.map((g) => [g.section, g.zone])).toEqual([['port', 'nord']]);
    expect(json.groups.map((g) => [g.section, g.zone])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('chunk', () => {
  it('cuts a list into sheets, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 8)).toEqual([]);
  });
});

describe('importance', () => {
  it('puts the essential groups first, then by team or role, then the optional ones, keeping each level in order', () => {
    const g = (id: string, importance: DirectoryGroup['importance']) => ({ id, data: { ...base, importance } });
    const levels = byImportance([g('a', 'si-vous-voulez'), g('b', 'selon-votre-role'), g('c', 'essentiel'), g('d', 'si-vous-voulez')]);
    expect(levels.map((l) => [l.importance, l.groups.map((x) => x.id)])).toEqual([
      ['essentiel', ['c']],
      ['selon-votre-role', ['b']],
      ['si-vous-voulez', ['a', 'd']],
    ]);
  });

  it('is part of the open data', () => {
    const json = directoryJson({ name: 'C', baseUrl: 'https://c.example/' }, [
      { category: { id: 'general', data: { name: 'G', description: '' } }, groups: [open] },
    ]);
    expect(json.groups[0]?.importance).toBe('essentiel');
  });
});

describe('ask to join', () => {
  const message = { subject: 'Demande pour rejoindre « Admins »', body: 'Bonjour,\nJe voudrais rejoindre.' };
  it('writes to the address the group names, subject and body encoded', () => {
    const href = requestHref({ howToAsk: 'Demandez à Octave, ou écrivez à admins@coop.example.' }, 'moderation@coop.example', message);
    const url = new URL(href);
    expect(decodeURIComponent(url.pathname)).toBe('admins@coop.example');
    expect(url.searchParams.get('subject')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe('Bonjour,\r\nJe voudrais rejoindre.');
  });
  it('else to the moderation address', () => {
    expect(requestHref({ howToAsk: 'Demandez à Octave.' }, 'moderation@coop.example', message)).toMatch(/^mailto:moderation@coop\.example\?subject=/);
    expect(requestHref({}, 'moderation@coop.example', message)).toMatch(/^mailto:moderation@coop\.example\?/);
  });
  it('words the message with the dictionary, naming the group', () => {
    const url = new URL(askToJoinHref({ name: 'Cagette – Admins' }, 'moderation@coop.example', t));
    expect(url.searchParams.get('subject')).toBe('Demande pour rejoindre « Cagette – Admins »');
    expect(url.searchParams.get('body')).toContain('rejoindre le groupe « Cagette – Admins »');
  });
  it('or to the web page its howToAsk gives, without the sentence’s full stop', () => {
    expect(requestHref({ howToAsk: 'Le formulaire : https://forms.example.org/admins?x=1.' }, 'moderation@coop.example', message)).toBe(
      'https://forms.example.org/admins?x=1',
    );
  });
});
