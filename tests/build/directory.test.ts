import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fixturesDir, overlayFolder } from '../support/fixtures';

/**
 * The base fixture plus groups that each have one health problem: the build
 * succeeds, prints one warning per problem naming the file, and the admins'
 * page shows the same. An archived group appears nowhere.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-health-'));
const outDir = join(scratch, 'dist');
let output = '';
let status = -1;

beforeAll(() => {
  const content = overlayFolder(join(fixturesDir, 'health-content'));
  try {
    ({ output, status } = buildSite({ contentDir: content.dir, outDir }));
  } finally {
    content.remove();
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const expected = [
  { file: 'groups/seul.md', name: 'Test – Seul', says: 'Un seul admin' },
  { file: 'groups/mal-nomme.md', name: 'Groupe sans préfixe', says: 'Le nom ne suit pas le modèle de la coopérative (par exemple « Test – Accueil »)' },
  { file: 'groups/ancien.md', name: 'Test – Ancien', says: 'il y a plus d’un an' },
  { file: 'groups/sans-but.md', name: 'Test – Sans but', says: 'Pas de raison d’être' },
  { file: 'groups/doublon.md', name: 'Test – Doublon', says: 'Le même lien Signal est aussi celui de « Test – Accueil »' },
  { file: 'groups/accueil.md', name: 'Test – Accueil', says: 'Le même lien Signal est aussi celui de « Test – Doublon »' },
];

describe('group health', () => {
  it('warns without failing the build', () => {
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(output).toContain(`Santé des groupes : ${expected.length} points à vérifier`);
  });

  it.each(expected)('prints a warning for $file', ({ file, name, says }) => {
    const line = output.split('\n').find((l) => l.includes(`${file} (« ${name} »)`));
    expect(line, output).toBeDefined();
    expect(line).toContain(says);
  });

  it('prints no warning for healthy or archived groups', () => {
    const warned = output.split('\n').filter((l) => l.includes('⚠'));
    expect(warned).toHaveLength(expected.length);
    expect(output).not.toContain('archive.md');
  });

  it('shows the same warnings on /groupes/sante/, noindex and outside the sitemap', () => {
    const page = read('groupes/sante/index.html');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow"');
    const words = text(page);
    for (const { name, says } of expected) {
      expect(words).toContain(name);
      expect(words).toContain(says);
    }
    expect(page).not.toContain('signal.group');
    expect(read('sitemap-0.xml')).not.toContain('/groupes/sante/');
  });
});

describe('an archived group', () => {
  it('has no page, no card, no poster and no entry in the open data', () => {
    expect(existsSync(join(outDir, 'groupes/archive/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'affiches/archive/index.html'))).toBe(false);
    expect(read('groupes/index.html')).not.toContain('Test – Archivé');
    expect(read('affiches/index.html')).not.toContain('Test – Archivé');
    expect(read('groupes.json')).not.toContain('archive');
  });
});

describe('a group without a purpose', () => {
  it('is listed, with a note instead of its purpose', () => {
    const card = /<article[^>]*id="groupe-sans-but"[\s\S]*?<\/article>/.exec(read('groupes/index.html'))?.[0] ?? '';
    expect(text(card)).toContain('Sa raison d’être n’est pas encore décrite.');
  });
});
