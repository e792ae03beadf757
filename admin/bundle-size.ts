/**
 * Prints the size of what /admin/ loads up front (its script and every chunk
 * it imports statically), raw and gzip, after `npm run build`. Chunks loaded
 * only on demand (code-editor languages, image codecs) are counted apart.
 * Usage: node admin/bundle-size.ts [distDir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');

/** Files reached through static `import … from './x.js'` (not `import()`), starting from the page's scripts. */
function staticGraph(start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const url = queue.pop() ?? '';
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(new URL(match[1] ?? '', `http://x${url}`).pathname);
    }
    // The page's own script loads the CMS bundle prepared beside the build (admin/production-bundle.ts).
    for (const match of code.matchAll(/import\(["'`](\/admin\/cms\/[^"'`?]+)(?:\?[^"'`]*)?["'`]\)/g)) queue.push(match[1] ?? '');
  }
  return seen;
}

const size = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
};
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

const upFront = size(staticGraph(entries));
process.stdout.write(`/admin/ loads ${mb(upFront.raw)} of JavaScript up front (${mb(upFront.gzip)} gzip).\n`);
