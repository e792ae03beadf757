import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import type { SourceFile } from '../../src/lib/content-check';

export const fixturesDir = new URL('../fixtures', import.meta.url).pathname;
export const baseContent = join(fixturesDir, 'base-content');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface BadCase {
  name: string;
  dir: string;
  expected: { file: string; field?: string; message: string };
}

/** Every case of a corpus folder: overlay files plus the expected.yaml that says what the volunteer must read. */
export function badCases(corpus = 'bad-content'): BadCase[] {
  const root = join(fixturesDir, corpus);
  return readdirSync(root)
    .sort()
    .map((name) => ({ name, dir: join(root, name), expected: yaml.load(readFileSync(join(root, name, 'expected.yaml'), 'utf8')) as BadCase['expected'] }));
}

/** The base site with a case's files laid over it, as the check sees files under `content/`. */
export function overlayFiles(caseDir?: string): SourceFile[] {
  const files = new Map<string, string>();
  for (const file of walk(baseContent)) files.set(relative(baseContent, file), readFileSync(file, 'utf8'));
  if (caseDir) for (const file of walk(caseDir)) if (!file.endsWith('expected.yaml')) files.set(relative(caseDir, file), readFileSync(file, 'utf8'));
  return [...files].map(([path, text]) => ({ path: `content/${path}`, text }));
}

/** The same overlay written to a scratch folder, for a real build. */
export function overlayFolder(caseDir?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'babillard-content-'));
  cpSync(baseContent, dir, { recursive: true });
  if (caseDir && existsSync(caseDir)) cpSync(caseDir, dir, { recursive: true, filter: (src) => !src.endsWith('expected.yaml') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
