import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSheet, formatImport, planImport, sheetColumns, sheetKinds } from '../../admin/spreadsheet';
import { foldTitle } from '../../src/lib/spreadsheet';
import { readContentFiles } from '../../src/integrations/read-content';
import { projectRoot } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';
import { parseContentFile } from '../../src/lib/frontmatter';
import { collections } from '../../src/schemas/index';

const content = readContentFiles(projectRoot, 'content');
const sheet = (name: string) => readFileSync(join(fixturesDir, 'spreadsheets', name));
const sheetText = (text: string) => new TextEncoder().encode(text);

describe('import of the sheets volunteers export', () => {
  it('reads Excel’s « CSV (séparateur : point-virgule) » in Windows-1252, with French titles, names for ids and French dates', () => {
    const result = planImport('groups', sheet('groupes-excel-windows-1252.csv'), content);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    expect(result.writes.map((w) => [w.path, w.line])).toEqual([
      ['content/groups/cagette-equipe-du-jeudi-soir.md', 2],
      ['content/groups/cagette-equipe-du-dimanche.md', 4],
      ['content/groups/cagette-depot-de-pain.md', 5],
    ]);
    expect(result.writes[0]?.text).toBe(
      [
        '---',
        'name: Cagette – Équipe du jeudi soir',
        'category: equipes-de-creneau',
        'purpose: Échanger ses créneaux du jeudi soir entre membres de l’équipe.',
        'audience: [equipes]',
        'posting: everyone',
        'admins: [Anaïs, Rémi]',
        'access: open',
        'links:',
        '  - platform: signal',
        '    url: https://signal.group/#CjQKIHd1Z3RhbmNvcmUtamV1ZGktc29pci1lcXVpcGUtYmFiaWxsYXJkEhBqZXVkaXNvaXJjYWdldHRl',
        'reviewed: 2026-11-02',
        '---',
        '- Un message par échange de créneau.',
        '- Prévenez le plus tôt possible.',
        '',
      ].join('\n'),
    );
    expect(result.writes[2]?.text).toContain('access: request\n');
  });

  it('reads a UTF-8 file with its byte-order mark and commas, event types and groups by their names', () => {
    const result = planImport('events', sheet('evenements-utf8-bom-virgule.csv'), content);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ encoding: 'utf-8-bom', separator: ',' });
    const [first] = result.writes;
    expect(first?.path).toBe('content/events/2027-02-06-formation-a-la-caisse-deuxieme-session.md');
    expect(first?.text).toBe(
      [
        '---',
        'title: Formation à la caisse (deuxième session)',
        'type: formation',
        'start: "2027-02-06T10:00"',
        'end: "2027-02-06T12:00"',
        'place:',
        '  name: Le magasin',
        '  address: 12 rue des Tilleuls, 49100 Angers',
        'organiser: groupe-accueil',
        'target: 6',
        'summary: Apprendre la caisse, en petit groupe.',
        '---',
        'Venez avec votre carte de membre.',
        '',
        'Les volontaires de l’accueil vous montrent tout.',
        '',
      ].join('\n'),
    );
  });

  it('reports every bad row by line and column, in French, and writes nothing', () => {
    const result = planImport('groups', sheet('groupes-deux-erreurs.csv'), content);
    expect(result.writes).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [7, 'WhatsApp'],
      [12, 'Catégorie'],
    ]);
    expect(result.problems[0]?.message).toContain('ne ressemble pas à un lien d’invitation WhatsApp');
    expect(result.problems[1]?.message).toContain('« equipes-du-soir » ne correspond à aucun fichier de content/categories/');
    const report = formatImport(result, 'groupes.csv', false);
    expect(report).toContain('2 problèmes ; aucun fichier n’a été écrit.');
    expect(report).toContain('✖ ligne 7, colonne « WhatsApp » :');
    expect(report).toContain('✖ ligne 12, colonne « Catégorie » :');
  });

  it('never replaces a file unless asked to, and names unknown columns', () => {
    const row =
      'Identifiant;Nom du groupe;Catégorie;Pour qui;Signal;Dernière vérification\naccueil-bis;Cagette – Accueil;equipes-de-creneau;Tout le monde;https://signal.group/#CjQKIBmVq3mN0pZk2o8yR7v1x4LqWcS5eT9uA6bD3fG0hJ2kEhBt7Yp1sQ4wX8zV5nM3cL6r;2026-11-01\n';
    const taken = planImport('groups', sheetText(row.replace('accueil-bis', 'groupe-accueil')), content);
    expect(taken.writes).toEqual([]);
    expect(taken.problems[0]).toMatchObject({ line: 2, column: 'Identifiant' });
    expect(taken.problems[0]?.message).toContain('content/groups/groupe-accueil.md existe déjà : il n’est pas remplacé. Relancez avec --update');
    const updated = planImport('groups', sheetText(row.replace('accueil-bis', 'groupe-accueil')), content, { update: true });
    expect(updated.problems).toEqual([]);
    expect(updated.writes[0]).toMatchObject({ path: 'content/groups/groupe-accueil.md', replaces: true });
    // Fields the sheet has no column for stay as they were (the admins, the rules).
    expect(updated.writes[0]?.text).toContain(readFileSync(join(projectRoot, 'content/groups/groupe-accueil.md'), 'utf8').split('---\n')[2] ?? '');
    const unknown = planImport('groups', sheetText(row.replace('Pour qui', 'Public visé')), content);
    expect(unknown.problems).toEqual([expect.objectContaining({ line: 1, column: 'Public visé' })]);
    expect(unknown.problems[0]?.message).toContain('colonne inconnue');
  });
});

describe('columns', () => {
  it.each(sheetKinds)('%s: every title names one column only, whatever its case and accents', (kind) => {
    const titles = sheetColumns(kind).flatMap((c) => [c.id, c.label, ...c.aliases].map(foldTitle));
    const owners = new Map<string, Set<string>>();
    for (const column of sheetColumns(kind))
      for (const title of [column.id, column.label, ...column.aliases])
        owners.set(foldTitle(title), (owners.get(foldTitle(title)) ?? new Set()).add(column.id));
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
    expect(titles.length).toBeGreaterThan(3);
  });
});

describe('export, then import', () => {
  it.each(sheetKinds.filter((kind) => content.some((f) => f.rel?.startsWith(`${kind}/`))))(
    'gives back the example %s: the same files byte for byte, the same entries into an empty folder',
    (kind) => {
      const text = exportSheet(kind, content);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const files = content.filter((f) => f.rel?.startsWith(`${kind}/`));
      // Over the files themselves: nothing to change.
      const again = planImport(kind, sheetText(text), content, { update: true });
      expect(again.problems).toEqual([]);
      expect(again.writes).toEqual([]);
      expect(again.unchanged).toBe(files.length);
      // Into a folder without them: the same entries, written as the CMS writes a new file (the schema's key order,
      // which hand-written files need not follow), so compared as data and body.
      const fresh = planImport(
        kind,
        sheetText(text),
        content.filter((f) => !files.includes(f)),
      );
      expect(fresh.problems).toEqual([]);
      const format = collections[kind].format;
      const read = (text: string) => parseContentFile(text, format);
      const asRead = (list: { path: string; text: string }[]) =>
        Object.fromEntries(list.map((f) => [f.path, { data: read(f.text).data, body: read(f.text).body }]));
      expect(asRead(fresh.writes)).toEqual(asRead(files));
    },
  );
});
