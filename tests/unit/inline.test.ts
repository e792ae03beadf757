import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspHash, layeredCss, minifyCss, styleLayers, themeCss } from '../../src/lib/inline';
import { inlineScript, inlineStyle, stylesheetFile, themeFromContent } from '../../src/integrations/inline-assets';

describe('the inline stylesheet', () => {
  it('drops comments and the whitespace browsers ignore, never a descendant space', () => {
    expect(minifyCss('/* why */\na , b {\n  color: red;\n}\n.x :focus-visible { outline: 0 }')).toBe('a,b{color: red}.x :focus-visible{outline: 0}');
  });

  it('declares the layer order first, so a later layer wins whatever order the files come in', () => {
    const css = layeredCss([
      ['reading', '.pager a { display: flex }'],
      ['global', '.pager a { display: block }'],
    ]);
    expect(css.startsWith(`@layer ${styleLayers.join(',')};`)).toBe(true);
    expect(styleLayers.indexOf('reading')).toBeGreaterThan(styleLayers.indexOf('global'));
  });

  it('carries the co-op’s colours, readable in both themes, and one class per event type', () => {
    const css = themeCss('#1f6f5c', [{ id: 'ag', colour: '#0072B2' }]);
    expect(css).toContain(':root{--accent:');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain('.type-ag{--type:#0072B2}');
  });

  it('is the text the CSP hashes: the hash of exactly these bytes', () => {
    const text = inlineStyle('site', themeFromContent());
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(text).not.toMatch(/<\/style/i);
  });
});

describe('the stylesheets per kind of page', () => {
  const theme = themeFromContent();

  it('give the directory and group pages the frame and their own rules, without the search page’s or the reading pages’', () => {
    const directory = inlineStyle('directory', theme);
    expect(directory).toContain('.header-search--link');
    expect(directory).toContain('.join-option');
    expect(directory).not.toContain('.search-result');
    expect(directory).not.toContain('.pager');
    expect(inlineStyle('site', theme)).toContain('.search-result');
  });

  it('hold every rule in the text itself: an @import inside a layer would be dropped by the browser', () => {
    for (const name of ['site', 'directory', 'print'] as const) {
      expect(inlineStyle(name, theme), name).not.toContain('@import');
      expect(inlineStyle(name, theme), name).toContain('.copy-link input');
    }
  });

  it('name the linked file after its text, so a changed stylesheet gets a new address', () => {
    expect(stylesheetFile('site', theme)).toMatch(/^site\.[0-9a-f]{10}\.css$/);
    expect(stylesheetFile('site', { ...theme, accentColour: '#0072B2' })).not.toBe(stylesheetFile('site', theme));
  });
});

describe('the theme the headers hash', () => {
  it('is read from a content folder anywhere on disk (BABILLARD_CONTENT_DIR may be absolute)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'babillard-theme-'));
    try {
      mkdirSync(join(dir, 'settings'));
      writeFileSync(join(dir, 'settings', 'site.yaml'), 'accentColour: "#0072B2"\neventTypes:\n  - id: ag\n    colour: "#D55E00"\n');
      expect(themeFromContent(dir)).toEqual({ accentColour: '#0072B2', eventTypes: [{ id: 'ag', colour: '#D55E00' }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inline scripts', () => {
  it.each(['members', 'urgent'] as const)('%s: one self-contained text, that cannot close its script element', (name) => {
    const code = inlineScript(name);
    expect(code.length).toBeGreaterThan(100);
    expect(code).not.toMatch(/<\/script|\bimport\s*[{("']/i);
  });
});
