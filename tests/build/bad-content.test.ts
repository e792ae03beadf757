import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { badCases, overlayFolder } from '../support/fixtures';

/** A few corpus cases through the real `astro build`: the same message, exit code 1, no output at all. */
// One case per kind of mistake: YAML, a reference, a link, a date, a stray file, an encoding,
// a missing charter, a members-only link pasted elsewhere, an unsafe image.
const chosen = [
  'yaml-syntax',
  'unknown-category',
  'wrong-platform',
  'end-before-start',
  'file-in-subfolder',
  'latin-1-file',
  'decisions-without-charter',
  'members-link-in-news-body',
  'svg-with-script',
  'broken-charter-anchor',
];
const scratch = mkdtempSync(join(tmpdir(), 'babillard-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(badCases().filter((c) => chosen.includes(c.name)))('astro build with $name', ({ name, dir, expected }) => {
  it('stops with the volunteer-facing message and leaves no half-built site', () => {
    const content = overlayFolder(dir);
    const outDir = join(scratch, name);
    try {
      const result = buildSite({ contentDir: content.dir, publicDir: content.publicDir, outDir });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("le site n'a pas été construit");
      expect(result.output).toContain(expected.file);
      expect(result.output).not.toMatch(/AstroError|ZodError|\bat async\b/);
      expect(result.output).toContain(expected.message);
      expect(result.output).not.toMatch(/\n\s+at \S+ \(/);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    } finally {
      content.remove();
    }
  });
});

describe('astro build with the base fixture', () => {
  it('succeeds, so the failures above come from the broken files', () => {
    const base = inject('baseBuild');
    expect(base.output).not.toContain('erreur');
    expect(base.status, base.output).toBe(0);
    expect(existsSync(join(base.outDir, 'index.html'))).toBe(true);
  });
});
