import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isIgnoredPath } from '../lib/content-files';
import type { PublicFile, SourceFile } from '../content-check';

/** Every file below a folder, as paths relative to it (posix), skipping what the site ignores on purpose. */
function walk(base: string, skip: (rel: string) => boolean = () => false): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(base, full).split('\\').join('/');
      if (skip(rel)) continue;
      if (statSync(full).isDirectory()) visit(full);
      else found.push(rel);
    }
  };
  if (existsSync(base)) visit(base);
  return found;
}

/**
 * Every file below the content folder that the site does not ignore on
 * purpose (names starting with `_` or `.`, READMEs): its shown path (relative
 * to `root`), its path inside the folder, its bytes and its text. The check
 * refuses the files no collection reads; the loader reads the rest.
 */
export function readContentFiles(root: string, folder = 'content'): SourceFile[] {
  const base = resolve(root, folder);
  return walk(base, isIgnoredPath).map((rel) => {
    const full = join(base, rel);
    const bytes = readFileSync(full);
    return { path: relative(root, full).split('\\').join('/'), rel, text: bytes.toString('utf8'), bytes };
  });
}

/** Every file of the public folder, by its address on the site. */
export function readPublicFiles(root: string, folder = 'public'): PublicFile[] {
  const base = resolve(root, folder);
  return walk(base).map((rel) => {
    const full = join(base, rel);
    return { path: `/${rel}`, bytes: statSync(full).size, ...(/\.svg$/i.test(rel) ? { text: readFileSync(full, 'utf8') } : {}) };
  });
}
