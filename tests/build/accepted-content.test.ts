import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';
import { fixturesDir, overlayFolder } from '../support/fixtures';

/**
 * Nothing passes the content check and then fails inside Astro: several
 * accepted spellings of tests/fixtures/good-content/ (they touch different
 * files) laid over the base site together, through the real build.
 */
const together = ['byte-order-mark', 'spaces-after-dashes', 'unquoted-midnight-end', 'timezone-kyiv', 'ignored-drafts'];
const scratch = mkdtempSync(join(tmpdir(), 'babillard-accepted-'));
const outDir = join(scratch, 'dist');
let build: BuildResult;
const content = overlayFolder();

beforeAll(() => {
  for (const name of together) {
    const dir = join(fixturesDir, 'good-content', name);
    cpSync(dir, content.dir, { recursive: true, filter: (src) => !src.endsWith('expected.yaml') });
  }
  build = buildSite({ contentDir: content.dir, publicDir: content.publicDir, outDir });
});
afterAll(() => {
  content.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a site written with a BOM, spaces after ---, unquoted times, an alias zone and drafts', () => {
  it('builds without an error', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/erreur|AstroError|ZodError/);
  });

  it('reads an unquoted end at midnight as a time, as its quoted form would be', () => {
    const ics = readFileSync(join(outDir, 'agenda', '2026-12-18-nuit.ics'), 'utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Kyiv:20261218T200000');
    expect(ics).toContain('DTEND;TZID=Europe/Kyiv:20261219T000000');
  });

  it('leaves the drafts out, and builds the group saved with a byte-order mark', () => {
    expect(existsSync(join(outDir, 'groupes', 'brouillon'))).toBe(false);
    expect(readFileSync(join(outDir, 'groupes', 'accueil', 'index.html'), 'utf8')).toContain('Test – Accueil');
  });
});
