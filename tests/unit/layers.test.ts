import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Layers go one way: data → lib → schemas → content → components → layouts →
 * pages. A module may import its own layer or a lower one, never a higher one,
 * so pure logic never depends on what it serves. Every relative import of src/
 * and admin/ is checked, type-only imports included.
 */
const root = resolve(new URL('../..', import.meta.url).pathname);

/** The layer of a file of the project, by its path from the project's root. */
function layerOf(rel: string): { rank: number; name: string } {
  const table: [RegExp, number, string][] = [
    [/^src\/(data|i18n)\//, 0, 'data'],
    [/^src\/config\.ts$/, 0, 'data'],
    [/^src\/lib\//, 1, 'lib'],
    [/^src\/elements\//, 2, 'elements'],
    [/^src\/schemas\//, 2, 'schemas'],
    [/^src\/(content|content\.config|content-check|site|agenda|feeds|updated|members|share|sections)\.ts$/, 3, 'content'],
    [/^src\/integrations\//, 3, 'content'],
    [/^src\/components\//, 4, 'components'],
    [/^admin\//, 5, 'admin'],
    [/^src\/layouts\//, 5, 'layouts'],
    [/^src\/pages\//, 6, 'pages'],
    [/^src\/styles\//, 0, 'styles'],
  ];
  const hit = table.find(([pattern]) => pattern.test(rel));
  return hit ? { rank: hit[1], name: hit[2] } : { rank: -1, name: `unknown (${rel})` };
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(astro|tsx?|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Relative imports of a file (its path from the root and its text), as paths from the root. */
function importsOf(rel: string, text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .map((spec) =>
      relative(root, resolve(root, dirname(rel), spec.replace(/\?.*$/, '')))
        .split('\\')
        .join('/'),
    );
}

/** Every import that goes up the layers, as « file (layer) → target (layer) ». */
function wrongWay(files: readonly { rel: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { rel, text } of files) {
    const from = layerOf(rel);
    for (const target of importsOf(rel, text)) {
      if (target.startsWith('..') || target.includes('node_modules')) continue;
      const to = layerOf(target);
      if (to.rank > from.rank) wrong.push(`${rel} (${from.name}) → ${target} (${to.name})`);
    }
  }
  return wrong;
}

describe('layers', () => {
  const files = [...sources(join(root, 'src')), ...sources(join(root, 'admin'))].map((file) => ({
    rel: relative(root, file).split('\\').join('/'),
    text: readFileSync(file, 'utf8'),
  }));

  it('knows the layer of every file', () => {
    expect(
      files
        .map((f) => layerOf(f.rel))
        .filter((l) => l.rank < 0)
        .map((l) => l.name),
    ).toEqual([]);
  });

  it('no module imports from a layer above its own', () => {
    expect(wrongWay(files)).toEqual([]);
  });

  it('catches a library module that reads a schema, even for a type', () => {
    const fake = [{ rel: 'src/lib/agenda.ts', text: "import type { EventEntry } from '../schemas/event';\nimport { pad } from './civil-date';\n" }];
    expect(wrongWay(fake)).toEqual(['src/lib/agenda.ts (lib) → src/schemas/event (schemas)']);
  });
});
