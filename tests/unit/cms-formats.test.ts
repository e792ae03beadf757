import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFormat, keyOrder, SOURCE } from '../../admin/formats';
import { editYaml, freshYaml } from '../../admin/yaml-edit';
import { readContentFiles } from '../../src/integrations/read-content';
import { classifyContentPath } from '../../src/lib/content-files';
import { collections as model, type CollectionName } from '../../src/schemas/index';
import { projectRoot } from '../support/build-site';
import { changedLines } from '../support/cms-page';
import { fixturesDir } from '../support/fixtures';

/**
 * The CMS's writers: a file opened and saved unchanged is byte-identical, and
 * a change to one field changes that field's lines only.
 */

interface EntryFile {
  site: string;
  rel: string;
  collection: CollectionName;
  text: string;
}

/** Every entry file of a site folder, as the site reads them. */
function entryFiles(site: string, dir: string): EntryFile[] {
  return readContentFiles(dir, '.').flatMap((file) => {
    const rel = file.rel ?? file.path;
    const verdict = classifyContentPath(rel);
    return verdict.kind === 'entry' ? [{ site, rel, collection: verdict.collection, text: file.text }] : [];
  });
}

/** The example content, the base fixture site, and every other valid fixture site. */
function allEntryFiles(): EntryFile[] {
  const sites: [string, string][] = [
    ['content', join(projectRoot, 'content')],
    ['base-content', join(fixturesDir, 'base-content')],
    ['health-content', join(fixturesDir, 'health-content')],
  ];
  const good = join(fixturesDir, 'good-content');
  for (const name of readdirSync(good).sort()) if (statSync(join(good, name)).isDirectory()) sites.push([`good-content/${name}`, join(good, name)]);
  return sites.filter(([, dir]) => existsSync(dir)).flatMap(([site, dir]) => entryFiles(site, dir));
}

const files = allEntryFiles();
const formatOf = (collection: CollectionName) => contentFormat(model[collection].schema, model[collection].format);

/** What Decap does with the data between reading and writing: a trip through Immutable (plain JSON), and a final newline. */
function decapSave(file: EntryFile, change: (data: Record<string, unknown>) => void = () => {}): string {
  const format = formatOf(file.collection);
  const data = JSON.parse(JSON.stringify(format.fromFile(file.text))) as Record<string, unknown>;
  change(data);
  const text = format.toFile(data);
  return text.endsWith('\n') ? text : `${text}\n`;
}

describe('every entry of the example content and of the fixture sites round-trips', () => {
  it('finds the entries', () => {
    expect(files.filter((file) => file.site === 'content').length).toBeGreaterThan(40);
    expect(new Set(files.map((file) => file.collection)).size).toBe(8);
  });

  it.each(files.map((file) => [`${file.site}/${file.rel}`, file] as const))('%s: saved unchanged, byte-identical', (_name, file) => {
    const expected = file.text.endsWith('\n') ? file.text : `${file.text}\n`;
    expect(decapSave(file)).toBe(expected);
  });

  it.each(files.map((file) => [`${file.site}/${file.rel}`, file] as const))('%s: one field changed, one line changed', (_name, file) => {
    const data = formatOf(file.collection).fromFile(file.text);
    const key = ['name', 'title'].find((name) => typeof data[name] === 'string');
    if (!key) throw new Error(`no title or name in ${file.rel}`);
    const saved = decapSave(file, (fields) => (fields[key] = `${String(fields[key])} (modifié)`));
    const { removed, added } = changedLines(file.text.replace(/\r\n/g, '\n'), saved.replace(/\r\n/g, '\n'));
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('(modifié)');
    expect(removed[0]?.startsWith(`${key}:`) || removed[0]?.startsWith(`\uFEFF${key}:`)).toBe(true);
  });
});

const settings = `name: La Cagette
# Montrées avant chaque lien
houseRules:
  - Un seul groupe.
  - "Répondez : en privé."
accentColour: "#1f6f5c"
logo: /media/logo.svg
eventTypes:
  # Réunions
  - id: ag
    label: Assemblée générale
    family: meeting
    colour: "#0072B2"

  - id: creneau
    label: Créneau
    family: mission
    colour: "#E69F00"
`;
const settingsFormat = contentFormat(model.settings.schema, 'yaml');
const read = (text: string) => settingsFormat.fromFile(text);

describe('the settings’ YAML writer', () => {
  it('clearing an optional field removes its line, and only that line (no `logo: ""`)', () => {
    const saved = settingsFormat.toFile({ ...read(settings), logo: '' });
    expect(saved).toBe(settings.replace('logo: /media/logo.svg\n', ''));
  });

  it('a changed value keeps its quoting; comments and blank lines stay', () => {
    const data = read(settings);
    const types = data['eventTypes'] as Record<string, unknown>[];
    types[1]!['colour'] = '#D55E00';
    types[0]!['label'] = 'AG';
    expect(settingsFormat.toFile(data)).toBe(settings.replace('"#E69F00"', '"#D55E00"').replace('label: Assemblée générale', 'label: AG'));
  });

  it('an item added to a list, one removed: those lines only', () => {
    const data = read(settings);
    const rules = data['houseRules'] as string[];
    data['houseRules'] = [rules[0], 'Pas de publicité : jamais.', rules[1]];
    const types = data['eventTypes'] as unknown[];
    data['eventTypes'] = [types[1]];
    expect(settingsFormat.toFile(data)).toBe(
      settings.replace('  - Un seul groupe.\n', '  - Un seul groupe.\n  - "Pas de publicité : jamais."\n').replace(/ {2}- id: ag\n(.*\n){3}/, ''),
    );
  });

  it('a field added comes where the form puts it', () => {
    const data = read(settings.replace('logo: /media/logo.svg\n', ''));
    data['logo'] = '/media/nouveau.png';
    data['tagline'] = 'Une épicerie coopérative.';
    // After the house rules, as in the form (the file has the colour there).
    expect(settingsFormat.toFile(data)).toBe(
      settings
        .replace('logo: /media/logo.svg\n', '')
        .replace('accentColour:', 'logo: /media/nouveau.png\naccentColour:')
        .replace('name: La Cagette\n', 'name: La Cagette\ntagline: Une épicerie coopérative.\n'),
    );
  });
});

const event = `---
title: Distribution des paniers
type: livraison
start: "2026-10-01T18:00"
place:
  name: La Cagette
recurrence:
  frequency: weekly
  weekdays: [th]
  until: 2026-11-19
  cancelled: [2026-11-12]
---
La ferme livre à 17 h 30.

- carottes
- poireaux
`;
const events = contentFormat(model.events.schema, 'markdown');

describe('the Markdown writer', () => {
  it('unquoted dates stay unquoted, quoted times stay quoted, when they change too', () => {
    const data = events.fromFile(event);
    (data['recurrence'] as Record<string, unknown>)['until'] = '2026-11-26';
    data['start'] = '2026-10-01T18:30';
    expect(events.toFile(data)).toBe(event.replace('until: 2026-11-19', 'until: 2026-11-26').replace('"2026-10-01T18:00"', '"2026-10-01T18:30"'));
  });

  it('a flow list stays a flow list; a block added inside a block goes in the schema’s order', () => {
    const data = events.fromFile(event);
    const recurrence = data['recurrence'] as Record<string, unknown>;
    recurrence['cancelled'] = ['2026-11-12', '2026-11-05'];
    recurrence['interval'] = 2;
    (data['place'] as Record<string, unknown>)['address'] = '14 place des Tilleuls';
    expect(events.toFile(data)).toBe(
      event
        .replace('cancelled: [2026-11-12]', 'cancelled: [2026-11-12, 2026-11-05]')
        .replace('frequency: weekly\n', 'frequency: weekly\n  interval: 2\n')
        .replace('  name: La Cagette\n', '  name: La Cagette\n  address: 14 place des Tilleuls\n'),
    );
  });

  it('an optional block emptied in the form goes, lines and all; the body is kept byte for byte', () => {
    const data = events.fromFile(event);
    data['recurrence'] = { frequency: null, weekdays: [], until: '', cancelled: [] };
    data['body'] = String(data['body']).trimEnd();
    expect(events.toFile(data)).toBe(event.replace(/recurrence:\n( {2}.*\n)+/, ''));
  });

  it('a changed body is written as typed, with the file’s line ends', () => {
    const crlf = event.replace(/\n/g, '\r\n');
    const data = events.fromFile(crlf);
    data['body'] = 'Nouveau texte.\n\nDeuxième paragraphe.';
    data['title'] = 'Paniers';
    expect(events.toFile(data)).toBe(
      crlf.replace('Distribution des paniers', 'Paniers').replace(/---\r\nLa ferme[\s\S]*$/, '---\r\nNouveau texte.\r\n\r\nDeuxième paragraphe.\r\n'),
    );
  });

  it('a new entry is written in the house style, fields in the schema’s order', () => {
    const text = events.toFile({
      recurrence: { weekdays: ['sa', 'su'], frequency: 'weekly' },
      place: { address: '', name: 'Le local' },
      title: 'Permanence',
      start: '2026-12-05T10:00',
      type: 'permanence',
      allDay: false,
      summary: '',
      body: 'Venez.',
    });
    expect(text).toBe(
      '---\ntitle: Permanence\ntype: permanence\nstart: "2026-12-05T10:00"\nallDay: false\nplace:\n  name: Le local\nrecurrence:\n  frequency: weekly\n  weekdays: [sa, su]\n---\nVenez.\n',
    );
  });

  it('the file’s text travels with the data but is never written', () => {
    const data = events.fromFile(event);
    expect(data[SOURCE]).toBe(event);
    expect(events.toFile(data)).not.toContain(SOURCE);
  });
});

describe('yaml-edit on its own', () => {
  const none = () => [];
  it('keeps a list item’s other keys when a key is added before the first one', () => {
    const source = 'links:\n  - url: https://a.example\n';
    expect(editYaml(source, { links: [{ platform: 'signal', url: 'https://a.example' }] }, keyOrder(model.groups.schema))).toBe(
      'links:\n  - platform: signal\n    url: https://a.example\n',
    );
  });

  it('quotes what YAML would misread', () => {
    expect(freshYaml({ a: 'true', b: '12', c: 'x: y', d: '#abc', e: ['oui', 'non'], f: '' }, none)).toBe(
      'a: "true"\nb: "12"\nc: "x: y"\nd: "#abc"\ne: [oui, non]\n',
    );
    expect(editYaml('a: plain\n', { a: 'yes: no' }, none)).toBe('a: "yes: no"\n');
    expect(editYaml("a: 'single'\n", { a: "l'autre" }, none)).toBe("a: 'l''autre'\n");
  });

  it('writes anew what it cannot edit safely (anchors), still with the right values', () => {
    expect(editYaml('a: &x 1\nb: *x\n', { a: 1, b: 2 }, none)).toBe('a: 1\nb: 2\n');
  });
});

describe('the body, after Decap’s text editor', () => {
  const group = `---
name: Cagette – Annonces
---
Ici, seuls les admins écrivent : _deux ou trois_ messages par semaine.

- Les dates des assemblées générales.
- Les fermetures exceptionnelles.

Une question ? Posez-la dans « Discussion générale ».
`;
  const groups = contentFormat(model.groups.schema, 'markdown');
  /** The body as Decap's editor writes it back: its own bullets and italics. */
  const decapStyle = (body: string) => body.replace(/^- /gm, '* ').replace(/_deux ou trois_/, '*deux ou trois*');

  it('one paragraph edited: only its lines change, the lists keep their « - » and the italics their « _ »', () => {
    const data = groups.fromFile(group);
    data['body'] = decapStyle(String(data['body'])).replace('Une question ?', 'Une question sur une annonce ?');
    expect(groups.toFile(data)).toBe(group.replace('Une question ?', 'Une question sur une annonce ?'));
  });

  it('an item added to a list: the list is written as Decap spells it, the rest as it was', () => {
    const data = groups.fromFile(group);
    data['body'] = decapStyle(String(data['body'])).replace(
      '* Les fermetures exceptionnelles.',
      '* Les fermetures exceptionnelles.\n* Les décisions importantes.',
    );
    const saved = groups.toFile(data);
    expect(saved).toContain('Ici, seuls les admins écrivent : _deux ou trois_ messages par semaine.');
    expect(saved).toContain('* Les décisions importantes.');
    expect(saved).toContain('\n\nUne question ? Posez-la dans « Discussion générale ».\n');
  });

  it('the same text in Decap’s spelling is the same text: the file is not touched', () => {
    const data = groups.fromFile(group);
    data['body'] = decapStyle(String(data['body']));
    expect(groups.toFile(data)).toBe(group);
  });
});
