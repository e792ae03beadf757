import { describe, expect, it } from 'vitest';
import { contentFormat, SOURCE } from '../../admin/formats';
import { collections as model } from '../../src/schemas/index';
import { cleanEntry, entryProblems } from '../../admin/validate';
import { checkContent } from '../../src/content-check';
import { inviteUrlError } from '../../src/lib/platforms';
import { overlayFiles } from '../support/fixtures';

/** The CMS form's checks and files are the build's: same sentences, files the build accepts. */

const groupFormat = contentFormat(model.groups.schema, 'markdown');
const categoryFormat = contentFormat(model.categories.schema, 'yaml');

const group = {
  name: 'Cagette – Vélo-cargo',
  category: 'vie-du-magasin',
  purpose: 'Prêter le vélo-cargo.',
  audience: ['tous'],
  reviewed: '2026-11-20',
  links: [{ platform: 'signal', url: 'https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh' }],
  body: 'Une règle.',
};

describe('checks of the form', () => {
  it('a valid group has no problem', () => {
    expect(entryProblems('groups', group)).toEqual([]);
  });

  it('an invite link of another platform: the build’s sentence, on the link field of that item', () => {
    const whatsapp = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
    const problems = entryProblems('groups', { ...group, links: [group.links[0], { platform: 'signal', url: whatsapp }] });
    expect(problems).toMatchObject([
      { check: 'links.*.url', path: ['links', 1, 'url'], message: expect.stringContaining(inviteUrlError('signal', whatsapp) ?? 'never') },
    ]);
  });

  it('an end before the start: the build’s sentence, on the end field', () => {
    const event = { title: 'Inventaire', type: 'inventaire', start: '2026-12-05T10:00', end: '2026-12-05T09:00', place: { name: 'Le magasin' } };
    expect(entryProblems('events', event)).toMatchObject([{ check: 'end', message: 'La fin (2026-12-05T09:00) doit être après le début (2026-12-05T10:00).' }]);
  });

  it('a field cleared in the form counts as absent, as it is in the file', () => {
    expect(cleanEntry({ a: '', b: null, c: { d: '' }, e: ['x', ''], f: false, g: [] })).toEqual({ e: ['x'], f: false });
    expect(cleanEntry({ a: 'x', [SOURCE]: '---\na: x\n---\n' })).toEqual({ a: 'x' });
    expect(entryProblems('groups', { ...group, audienceNote: '', howToAsk: null })).toEqual([]);
    expect(entryProblems('groups', { ...group, name: '' })).toMatchObject([{ check: 'name' }]);
  });

  it('speaks the form’s words where the build names the file’s keys', () => {
    const event = { title: 'Atelier', type: 'formation', start: '2027-02-06' };
    const problems = entryProblems('events', event);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['Sans heure, cochez « Toute la journée » ; sinon indiquez l’heure du début.', 'Indiquez un lieu ou un lien de visio.']),
    );
    expect(entryProblems('groups', { ...group, links: [] }).map((p) => p.message)).toEqual([
      'Au moins un lien est attendu (ou choisissez l’accès « Sur demande » et expliquez comment demander).',
    ]);
  });

  it('the guide, charter and free pages are checked as pages', () => {
    expect(entryProblems('guide', { title: 'Bienvenue', kind: 'guide', description: '' })).toMatchObject([{ check: 'description' }]);
  });
});

describe('files written by the CMS', () => {
  it('a group saved by the CMS passes the pre-build check, without the empty values Decap keeps', () => {
    const text = groupFormat.toFile({ ...group, audienceNote: '', archived: false });
    expect(text.startsWith('---\nname: Cagette – Vélo-cargo\ncategory: vie-du-magasin\npurpose: Prêter le vélo-cargo.\n')).toBe(true);
    expect(text).not.toContain('audienceNote');
    expect(text.endsWith('---\nUne règle.\n')).toBe(true);
    const files = [...overlayFiles(), { path: 'content/groups/cagette-velo-cargo.md', text }];
    const categories = files.filter((file) => file.path.startsWith('content/categories/')).map((file) => file.path.split('/').at(-1)?.replace('.yaml', ''));
    const fixed = text.replace('vie-du-magasin', categories[0] ?? '');
    expect(checkContent([...overlayFiles(), { path: 'content/groups/cagette-velo-cargo.md', text: fixed }]).problems).toEqual([]);
  });

  it('reads files as the build does: dates stay text, the body is kept', () => {
    const file = '---\nreviewed: 2026-11-20\n---\nTexte\n';
    expect(groupFormat.fromFile(file)).toEqual({ reviewed: '2026-11-20', body: 'Texte\n', [SOURCE]: file });
    expect(categoryFormat.toFile({ order: 1, name: 'Annonces', description: '' })).toBe('name: Annonces\norder: 1\n');
  });
});
