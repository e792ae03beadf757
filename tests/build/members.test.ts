import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { overlayFolder } from '../support/fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'babillard-members-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('a build without the members passphrase', () => {
  it('warns in one line and leaves the members-only links out', () => {
    const content = overlayFolder();
    const outDir = join(scratch, 'no-passphrase');
    try {
      const result = buildSite({ contentDir: content.dir, outDir, env: { BABILLARD_MEMBERS_PASSPHRASE: '' } });
      expect(result.status, result.output).toBe(0);
      const warnings = result.output.split('\n').filter((line) => line.includes('BABILLARD_MEMBERS_PASSPHRASE'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/omis/);
      const all = files(outDir).map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(all).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
      expect(all).not.toContain('id="babillard-vault"');
    } finally {
      content.remove();
    }
  });
});
