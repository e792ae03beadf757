import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fixturesDir, overlayFolder } from '../support/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'babillard-sweep-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the sweep at the end of every build', () => {
  it('stops a build whose output holds a members-only link in clear, names the file and deletes the output', () => {
    const content = overlayFolder(join(fixturesDir, 'leaks', 'public-file'));
    const outDir = join(scratch, 'leak');
    try {
      const result = buildSite({ contentDir: content.dir, publicDir: content.publicDir, outDir });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('Un lien réservé aux membres est écrit en clair dans le site construit');
      expect(result.output).toMatch(/✖ \S*\/media\/liste-des-groupes\.pdf : lien du groupe « Test – Annonces » \(content\/groups\/annonces\.md\)/);
      expect(result.output).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
      expect(existsSync(outDir)).toBe(false);
    } finally {
      content.remove();
    }
  });
});
