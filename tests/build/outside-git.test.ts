import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { overlayFolder } from '../support/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'babillard-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A co-op that downloaded an archive instead of cloning: no git history to read dates from. */
describe('a site built outside a git checkout', () => {
  it('builds, with its search index and feed, and shows no made-up "last updated" date', () => {
    const content = overlayFolder();
    const outDir = join(scratch, 'site');
    try {
      const result = buildSite({ contentDir: content.dir, outDir });
      expect(result.status, result.output).toBe(0);
      expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(readFileSync(join(outDir, 'annonces', 'rss.xml'), 'utf8')).toContain('<item>');
      const event = readFileSync(join(outDir, 'agenda', '2026-12-05-reunion', 'index.html'), 'utf8');
      expect(event).toContain('<h1');
      expect(event).not.toContain('last-updated');
    } finally {
      content.remove();
    }
  });
});
