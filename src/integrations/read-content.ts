import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../lib/content-check';

/** Every file below the content folder (except READMEs), as paths relative to `root` and texts. */
export function readContentFiles(root: string, folder = 'content'): SourceFile[] {
  const base = resolve(root, folder);
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('_') || /^readme\.md$/i.test(name)) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(base);
  return files;
}
