import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { formatHealth, groupHealth, healthMessage, type HealthGroup } from '../../src/lib/group-health';
import { createTranslator } from '../../src/lib/i18n';

const t = createTranslator(fr);
const options = { namePattern: '^Cagette – .+$', nameExample: 'Cagette – Équipe du lundi', today: '2026-11-21' };
const healthy: HealthGroup = {
  name: 'Cagette – Accueil',
  purpose: 'Accueillir les nouveaux.',
  admins: ['Alix', 'Bao'],
  reviewed: '2026-10-01',
  archived: false,
  links: [{ platform: 'signal', url: 'https://signal.group/#CjQKIBmVq3mN0pZk2o8yR7v1x4LqWcS5eT9uA6bD3fG0hJ2k' }],
};
/** A healthy group with its own link, changed as a case needs. */
const group = (id: string, changes: Partial<HealthGroup> = {}) => ({ id, data: { ...healthy, links: [{ platform: 'signal' as const, url: `${healthy.links[0]?.url}${id}` }], ...changes } });
const kinds = (groups: ReturnType<typeof group>[]) => groupHealth(groups, options).map((w) => `${w.group}:${w.issue.kind}`);

describe('groupHealth', () => {
  it('says nothing about a healthy group', () => {
    expect(kinds([group('accueil')])).toEqual([]);
  });

  it('flags fewer than two admins', () => {
    expect(kinds([group('a', { admins: ['Alix'] }), group('b', { admins: [] })])).toEqual(['a:admins', 'b:admins']);
    const [one, none] = groupHealth([group('a', { admins: ['Alix'] }), group('b', { admins: [] })], options);
    expect(one && healthMessage(one, t)).toMatch(/Un seul admin/);
    expect(none && healthMessage(none, t)).toMatch(/Aucun admin/);
  });

  it('flags a name off the naming pattern, quoting the example', () => {
    const warnings = groupHealth([group('samedi', { name: 'Samedi matin – échanges' })], options);
    expect(warnings.map((w) => w.issue.kind)).toEqual(['name']);
    expect(warnings[0] && healthMessage(warnings[0], t)).toContain('« Cagette – Équipe du lundi »');
  });

  it('flags a file reviewed more than twelve months ago, not one reviewed exactly a year ago', () => {
    expect(kinds([group('old', { reviewed: '2025-11-20' }), group('year', { reviewed: '2025-11-21' })])).toEqual(['old:reviewed']);
    const [old] = groupHealth([group('old', { reviewed: '2025-06-14' })], options);
    expect(old && healthMessage(old, t, (d) => `le ${d}`)).toContain('le 2025-06-14');
  });

  it('flags a missing purpose', () => {
    expect(kinds([group('p', { purpose: undefined }), group('q', { purpose: '  ' })])).toEqual(['p:purpose', 'q:purpose']);
  });

  it('flags a link used by two groups, on both, naming the other group but never the link', () => {
    const url = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
    const groups = [
      group('a', { name: 'Cagette – A', links: [{ platform: 'whatsapp', url }] }),
      group('b', { name: 'Cagette – B', links: [{ platform: 'whatsapp', url: `${url}/` }] }),
      group('c', { name: 'Cagette – C' }),
    ];
    const warnings = groupHealth(groups, options);
    expect(warnings.map((w) => `${w.group}:${w.issue.kind}`)).toEqual(['a:duplicate-link', 'b:duplicate-link']);
    const [first] = warnings;
    expect(first && healthMessage(first, t)).toBe('Le même lien WhatsApp est aussi celui de « Cagette – B » : chaque groupe a son propre lien.');
    expect(formatHealth(warnings, t)).not.toContain(url);
  });

  it('skips archived groups, but their links still count as taken', () => {
    const url = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
    expect(kinds([group('old', { archived: true, admins: [], links: [{ platform: 'whatsapp', url }] }), group('new', { links: [{ platform: 'whatsapp', url }] })])).toEqual(['new:duplicate-link']);
  });
});

describe('formatHealth', () => {
  it('prints one line per warning naming the group file, and nothing when all is well', () => {
    const text = formatHealth(groupHealth([group('vendredi', { admins: ['Hippolyte'] })], options), t);
    expect(text).toMatch(/^Santé des groupes : 1 point à vérifier/);
    expect(text).toContain('content/groups/vendredi.md (« Cagette – Accueil ») : Un seul admin');
    expect(formatHealth([], t)).toBe('');
  });
});
