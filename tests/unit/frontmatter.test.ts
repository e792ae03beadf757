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
    expect(parseContentFile('---\ntitle: Bienvenue\norder: 1\n---\nBonjour **tout le monde**.\n', 'markdown')).toEqual({
      data: { title: 'Bienvenue', order: 1 },
      body: 'Bonjour **tout le monde**.\n',
    });
  });

  it('reads files saved on Windows or with a byte-order mark', () => {
    expect(parseContentFile('\uFEFF---\r\ntitle: Bienvenue\r\n---\r\nBonjour', 'markdown')).toEqual({ data: { title: 'Bienvenue' }, body: 'Bonjour' });
  });

  it('accepts an empty front matter or an empty body', () => {
    expect(parseContentFile('---\n---\nTexte', 'markdown')).toEqual({ data: {}, body: 'Texte' });
    expect(parseContentFile('---\ntitle: A\n---\n', 'markdown')).toEqual({ data: { title: 'A' }, body: '' });
  });

  it('keeps a --- line of the body (a horizontal rule) in the body', () => {
    const { data, body } = parseContentFile('---\ntitle: A\n---\nAvant\n\n---\n\nAprès\n', 'markdown');
    expect(data).toEqual({ title: 'A' });
    expect(body).toBe('Avant\n\n---\n\nAprès\n');
  });

  it('keeps dates and times as the text that was written', () => {
    const { data } = parseContentFile('---\nreviewed: 2026-10-01\nimpossible: 2026-02-30\nstart: 2026-12-05T10:00:00\nquoted: "2026-12-05T10:00"\n---\n', 'markdown');
    expect(data).toEqual({ reviewed: '2026-10-01', impossible: '2026-02-30', start: '2026-12-05T10:00:00', quoted: '2026-12-05T10:00' });
  });

  it('still reads numbers, booleans and lists', () => {
    const { data } = parseContentFile('---\norder: 3\narchived: true\naudience: [tous, nouveaux]\nadmins:\n  - Alix\n  - Bao\n---\n', 'markdown');
    expect(data).toEqual({ order: 3, archived: true, audience: ['tous', 'nouveaux'], admins: ['Alix', 'Bao'] });
  });

  it('says clearly that a file without front matter must start with ---', () => {
    for (const text of ['title: Bienvenue\n\nBonjour', 'Bonjour\n---\ntitle: A\n---\n', '---\ntitle: jamais fermé\n']) {
      const problem = problemOf(text);
      expect(problem.message).toContain('doit commencer par un bloc de réglages entre deux lignes « --- »');
      expect(problem.line).toBe(1);
    }
  });

  it('gives the line of a YAML mistake, counted in the whole file', () => {
    // Line 1 is ---, so the badly indented key on the third line of the file is line 3.
    const indent = problemOf('---\ntitle: A\n  kind: guide\n---\nTexte');
    expect(indent.line).toBe(3);
    expect(indent.message).toMatch(/indentation/);
    const colon = problemOf('---\ntitle: A\nkind: guide\ndescription: Horaires: 10 h\n---\n');
    expect(colon.line).toBe(4);
  });
});

describe('parseContentFile (YAML)', () => {
  it('reads a whole YAML file as data, dates as text', () => {
    expect(parseContentFile('name: Général\norder: 1\nsince: 2026-01-01\n', 'yaml')).toEqual({ data: { name: 'Général', order: 1, since: '2026-01-01' }, body: '' });
  });

  it('reads an empty file as no fields', () => {
    expect(parseContentFile('', 'yaml')).toEqual({ data: {}, body: '' });
  });

  it('gives the line of a mistake', () => {
    expect(problemOf('name: A\nname: B\n', 'yaml').line).toBe(2);
    expect(problemOf('name: A\neventTypes:\n  - { id: a, label: [B }\n', 'yaml').line).toBe(3);
  });
});
