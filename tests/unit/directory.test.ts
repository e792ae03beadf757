import { describe, expect, it } from 'vitest';
import { chunk, directoryJson, groupPlatforms, groupsByAudience, platformsInUse, publicLinks, shortUrl, type DirectoryGroup } from '../../src/lib/directory';
import { absoluteUrl } from '../../src/lib/page-meta';

const base: DirectoryGroup = {
  name: 'Cagette – Accueil',
  category: 'general',
  purpose: 'Accueillir.',
  audience: ['nouveaux'],
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
