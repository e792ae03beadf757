import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outsideVitest, projectRoot } from '../support/build-site';
import { fixturesDir } from '../support/fixtures';

/** `npm run import` and `npm run export` as a volunteer runs them, on a copy of the example content. */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-sheets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
cpSync(join(projectRoot, 'content'), join(scratch, 'content'), { recursive: true });
const sheet = (name: string) => join(fixturesDir, 'spreadsheets', name);
const groupsNow = () => readdirSync(join(scratch, 'content/groups')).sort();

function run(...args: string[]) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'admin/sheet-command.ts'), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...outsideVitest(), BABILLARD_CONTENT_DIR: 'content' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run import / export', () => {
  const before = groupsNow();

  it('refuses a sheet with bad rows, says where, and writes nothing', () => {
    const result = run('import', 'groups', sheet('groupes-deux-erreurs.csv'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('✖ ligne 7, colonne « WhatsApp »');
    expect(result.output).toContain('✖ ligne 12, colonne « Catégorie »');
    expect(result.output).not.toMatch(/\n\s+at \S+ \(|Error:/);
    expect(groupsNow()).toEqual(before);
  });

  it('shows what it would write with --dry-run, and writes it without', () => {
    const dry = run('import', 'groups', sheet('groupes-excel-windows-1252.csv'), '--dry-run');
    expect(dry.status, dry.output).toBe(0);
    expect(dry.output).toContain('+ content/groups/cagette-equipe-du-jeudi-soir.md (ligne 2) serait écrit');
    expect(groupsNow()).toEqual(before);
    const real = run('import', 'groups', sheet('groupes-excel-windows-1252.csv'));
    expect(real.status, real.output).toBe(0);
    expect(readFileSync(join(scratch, 'content/groups/cagette-equipe-du-jeudi-soir.md'), 'utf8')).toContain('name: Cagette – Équipe du jeudi soir\n');
    // Twice is refused: the files exist now.
    const again = run('import', 'groups', sheet('groupes-excel-windows-1252.csv'));
    expect(again.status).toBe(1);
    expect(again.output).toContain('existe déjà');
  });

  it('exports UTF-8 with a byte-order mark and semicolons', () => {
    const result = run('export', 'categories', 'categories.csv');
    expect(result.status, result.output).toBe(0);
    const bytes = readFileSync(join(scratch, 'categories.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Identifiant;Nom;Description;Ordre\r\n');
  });

  it('explains its usage in French', () => {
    const result = run('import', 'membres', 'x.csv');
    expect(result.status).toBe(1);
    expect(result.output).toContain('« membres » n’est pas une rubrique du tableau');
    expect(existsSync(join(scratch, 'x.csv'))).toBe(false);
  });
});
