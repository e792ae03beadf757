import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { PublicFile, SourceFile } from '../../src/content-check';
import { projectRoot } from './build-site.ts';

export const fixturesDir = new URL('../fixtures', import.meta.url).pathname;
export const baseContent = join(fixturesDir, 'base-content');
const basePublic = join(projectRoot, 'public');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What a corpus case expects: the file and field named, the words of the message, and optionally its line. */
export interface Expected {
  file: string;
  field?: string;
  message: string;
  line?: number;
  /** Files of the base site this case deletes, e.g. `pages/charte.md`. */
  remove?: string[];
}

export interface BadCase {
  name: string;
  dir: string;
  expected: Expected;
}

/**
 * Every case of a corpus folder: files laid over the base site (a `public/`
 * folder in a case adds files to the site's public/), plus the expected.yaml
 * that says what the volunteer must read.
 */
export function badCases(corpus = 'bad-content'): BadCase[] {
  const root = join(fixturesDir, corpus);
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => ({ name, dir: join(root, name), expected: parse(readFileSync(join(root, name, 'expected.yaml'), 'utf8')) as Expected }));
}

const caseFiles = (caseDir: string) =>
  walk(caseDir)
    .map((file) => relative(caseDir, file))
    .filter((rel) => rel !== 'expected.yaml' && !rel.startsWith('public/'));
const removedBy = (caseDir?: string): string[] => {
  if (!caseDir || !existsSync(join(caseDir, 'expected.yaml'))) return [];
  return (parse(readFileSync(join(caseDir, 'expected.yaml'), 'utf8')) as Partial<Expected>).remove ?? [];
};

/** The base site with a case's files laid over it, as the check sees files under `content/` (bytes included). */
export function overlayFiles(caseDir?: string): SourceFile[] {
  const files = new Map<string, Buffer>();
  for (const file of walk(baseContent)) files.set(relative(baseContent, file), readFileSync(file));
  for (const rel of removedBy(caseDir)) files.delete(rel);
  if (caseDir) for (const rel of caseFiles(caseDir)) files.set(rel, readFileSync(join(caseDir, rel)));
  return [...files].map(([rel, bytes]) => ({ path: `content/${rel}`, rel, text: bytes.toString('utf8'), bytes }));
}

/** The project's public/ files plus a case's own `public/` ones, as the check sees them. */
export function overlayPublic(caseDir?: string): PublicFile[] {
  const files = new Map<string, string>();
  for (const file of walk(basePublic)) files.set(`/${relative(basePublic, file)}`, file);
  if (caseDir) for (const file of walk(join(caseDir, 'public'))) files.set(`/${relative(join(caseDir, 'public'), file)}`, file);
  return [...files].map(([path, file]) => ({ path, bytes: statSync(file).size, ...(path.endsWith('.svg') ? { text: readFileSync(file, 'utf8') } : {}) }));
}

/** The same overlay written to scratch folders (content and public), for a real build. */
export function overlayFolder(caseDir?: string): { dir: string; publicDir: string; remove: () => void } {
  const scratch = mkdtempSync(join(tmpdir(), 'babillard-content-'));
  const dir = join(scratch, 'content');
  const publicDir = join(scratch, 'public');
  cpSync(baseContent, dir, { recursive: true });
  cpSync(basePublic, publicDir, { recursive: true });
  for (const rel of removedBy(caseDir)) rmSync(join(dir, rel), { force: true });
  if (caseDir) {
    for (const rel of caseFiles(caseDir)) cpSync(join(caseDir, rel), join(dir, rel));
    if (existsSync(join(caseDir, 'public'))) cpSync(join(caseDir, 'public'), publicDir, { recursive: true });
  }
  return { dir, publicDir, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
