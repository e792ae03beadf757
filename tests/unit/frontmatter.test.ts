import { describe, expect, it } from 'vitest';
import { parseContentFile, YamlProblem } from '../../src/lib/frontmatter';

/** The problem thrown for a text, to look at its message and line. */
function problemOf(text: string, format: 'markdown' | 'yaml' = 'markdown'): YamlProblem {
  try {
    parseContentFile(text, format);
  } catch (error) {
    if (error instanceof YamlProblem) return error;
    throw error;
  }
  throw new Error('expected a YamlProblem');
}

describe('parseContentFile (Markdown)', () => {
  it('splits the front matter from the body', () => {
    expect(parseContentFile('---\ntitle: Bienvenue\norder: 1\n---\nBonjour **tout le monde**.\n', 'markdown')).toMatchObject({
      data: { title: 'Bienvenue', order: 1 },
      body: 'Bonjour **tout le monde**.\n',
    });
  });

  it('reads files saved on Windows or with a byte-order mark', () => {
    expect(parseContentFile('\uFEFF---\r\ntitle: Bienvenue\r\n---\r\nBonjour', 'markdown')).toMatchObject({ data: { title: 'Bienvenue' }, body: 'Bonjour' });
  });

  it('accepts blank lines before the opening ---, and spaces after either ---', () => {
    const parsed = parseContentFile('\n\n--- \ntitle: Bienvenue\n---  \nBonjour', 'markdown');
    expect(parsed).toMatchObject({ data: { title: 'Bienvenue' }, body: 'Bonjour' });
  });

  it('accepts an empty front matter or an empty body', () => {
    expect(parseContentFile('---\n---\nTexte', 'markdown')).toMatchObject({ data: {}, body: 'Texte' });
    expect(parseContentFile('---\ntitle: A\n---\n', 'markdown')).toMatchObject({ data: { title: 'A' }, body: '' });
  });

  it('says an empty file is empty, in its own sentence', () => {
    for (const text of ['', '\n  \n', '\uFEFF']) expect(problemOf(text).message).toContain('le fichier est vide');
    expect(problemOf('', 'yaml').message).toContain('le fichier est vide');
  });

  it('says a front matter that is never closed is never closed', () => {
    const problem = problemOf('---\ntitle: jamais fermé\nkind: guide\n\nLe texte commence ici.\n');
    expect(problem.message).toContain('n’est jamais refermé');
    expect(problem.message).not.toMatch(/indentation|décalage/);
    expect(problem.line).toBe(1);
  });

  it('finds the line of each field, for messages', () => {
    const { lineOf } = parseContentFile('---\ntitle: A\nlinks:\n  - platform: signal\n    url: x\nplace: { name: B }\n---\n', 'markdown');
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['links', 0, 'url'])).toBe(5);
    expect(lineOf(['place', 'name'])).toBe(6);
    expect(lineOf(['absent'])).toBeUndefined();
  });

  it('keeps a --- line of the body (a horizontal rule) in the body', () => {
    const { data, body } = parseContentFile('---\ntitle: A\n---\nAvant\n\n---\n\nAprès\n', 'markdown');
    expect(data).toEqual({ title: 'A' });
    expect(body).toBe('Avant\n\n---\n\nAprès\n');
  });

  it('keeps dates and times as the text that was written', () => {
    const { data } = parseContentFile(
      '---\nreviewed: 2026-10-01\nimpossible: 2026-02-30\nstart: 2026-12-05T10:00:00\nquoted: "2026-12-05T10:00"\n---\n',
      'markdown',
    );
    expect(data).toEqual({ reviewed: '2026-10-01', impossible: '2026-02-30', start: '2026-12-05T10:00:00', quoted: '2026-12-05T10:00' });
  });

  it('still reads numbers, booleans and lists', () => {
    const { data } = parseContentFile('---\norder: 3\narchived: true\naudience: [tous, nouveaux]\nadmins:\n  - Alix\n  - Bao\n---\n', 'markdown');
    expect(data).toEqual({ order: 3, archived: true, audience: ['tous', 'nouveaux'], admins: ['Alix', 'Bao'] });
  });

  it('says clearly that a file without front matter must start with ---', () => {
    for (const text of ['title: Bienvenue\n\nBonjour', 'Bonjour\n---\ntitle: A\n---\n']) {
      const problem = problemOf(text);
      expect(problem.message).toContain('doit commencer par un bloc de réglages entre deux lignes « --- »');
      expect(problem.line).toBe(1);
    }
  });

  it('gives the line of a YAML mistake, counted in the whole file', () => {
    // Line 1 is ---, so the badly indented key on the third line of the file is line 3.
    const indent = problemOf('---\ntitle: A\n  kind: guide\n---\nTexte');
    expect(indent.line).toBe(3);
    expect(indent.message).toMatch(/décalage en début de ligne/);
    const colon = problemOf('---\ntitle: A\nkind: guide\ndescription: Horaires: 10 h\n---\n');
    expect(colon.line).toBe(4);
    expect(colon.message).toContain('la valeur contient « : »');
  });

  it.each([
    ['a tab used to indent', '---\nlinks:\n\t- a\n---\n', 'tabulation', 3],
    ['a field written twice', '---\nname: A\nname: B\n---\n', 'le champ « name » est écrit deux fois', 3],
    ['an unclosed double quote', '---\nname: "Cagette\ncategory: general\n---\n', 'guillemet est ouvert mais jamais refermé', 2],
    ['an unclosed single quote', "---\nname: 'Cagette\ncategory: general\n---\n", 'guillemet est ouvert mais jamais refermé', 2],
    ['an unclosed list', '---\naudience: [tous, nouveaux\nname: A\n---\n', 'n’est pas refermé', 2],
    ['text after a quoted value', '---\nname: "Cagette" Accueil\n---\n', 'entre guillemets', 2],
    ['a value starting with @', '---\nname: @cagette\n---\n', 'entre guillemets', 2],
  ])('explains %s in French, with its line', (_, text, words, line) => {
    const problem = problemOf(text);
    expect(problem.message).toContain(words);
    expect(problem.message).not.toMatch(/[A-Za-z]+ (?:are|is|must|not|the|of) /);
    expect(problem.syntax).toBe(true);
    expect(problem.line).toBe(line);
  });
});

describe('parseContentFile (YAML)', () => {
  it('reads a whole YAML file as data, dates as text', () => {
    expect(parseContentFile('name: Général\norder: 1\nsince: 2026-01-01\n', 'yaml')).toMatchObject({
      data: { name: 'Général', order: 1, since: '2026-01-01' },
      body: '',
    });
  });

  it('reads unquoted dates and times as exactly their quoted text', () => {
    const unquoted = parseContentFile('end: 2026-12-19T00:00:00\nday: 2026-12-05\nspaced: 2026-12-05 10:00\n', 'yaml').data;
    const quoted = parseContentFile('end: "2026-12-19T00:00:00"\nday: "2026-12-05"\nspaced: "2026-12-05 10:00"\n', 'yaml').data;
    expect(unquoted).toEqual(quoted);
  });

  it('reads a file with only comments as no fields', () => {
    expect(parseContentFile('# rien pour l’instant\n', 'yaml').data).toEqual({});
  });

  it('gives the line of a mistake', () => {
    expect(problemOf('name: A\nname: B\n', 'yaml').line).toBe(2);
    expect(problemOf('name: A\neventTypes:\n  - { id: a, label: [B }\n', 'yaml').line).toBe(3);
  });
});
