import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * The base fixture, built once by global-setup.ts as a co-op that downloaded
 * an archive would build it: its content outside any git checkout, and no
 * members' passphrase in the environment.
 */
const { outDir, status, output } = inject('baseBuild');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('a site built outside a git checkout', () => {
  it('builds, with its search index and feed, and shows no made-up "last updated" date', () => {
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(join(outDir, 'annonces', 'rss.xml'), 'utf8')).toContain('<item>');
    const event = readFileSync(join(outDir, 'agenda', '2026-12-05-reunion', 'index.html'), 'utf8');
    expect(event).toContain('<h1');
    // The element, not the class name: the page's inline stylesheet names every class.
    expect(event).not.toMatch(/class="last-updated\b/);
  });
});

describe('a build without the members passphrase', () => {
  it('warns in one line and leaves the members-only links out', () => {
    const warnings = output.split('\n').filter((line) => line.includes('BABILLARD_MEMBERS_PASSPHRASE'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/omis/);
    const all = files(outDir)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(all).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
    expect(all).not.toContain('id="babillard-vault"');
  });
});

describe('a site without content/sections/', () => {
  it('builds no section page, feed, menu entry or « ma section » block, and no script for it', () => {
    expect(status, output).toBe(0);
    // Built assets are shared by all sites; pages and feeds are not.
    const built = files(outDir)
      .map((f) => f.slice(outDir.length))
      .filter((path) => !path.startsWith('/_astro/') && !path.startsWith('/admin/'));
    expect(built.filter((path) => /section/.test(path))).toEqual([]);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    const directory = readFileSync(join(outDir, 'groupes', 'index.html'), 'utf8');
    for (const html of [home, directory]) {
      expect(html).not.toContain('href="/sections/"');
      // No « ma section » block (its few rules sit in the page's inline stylesheet, as every page's do).
      expect(html).not.toMatch(/<my-section\b|<[^>]+\sclass="[^"]*\bmy-section/);
      // No script and no section stylesheet.
      expect(html).not.toMatch(/\/_astro\/[^"]*[Ss]ection[^"]*\.js/);
      expect(html).not.toMatch(/\/_astro\/sections\.[\w-]+\.css/);
    }
  });
});
