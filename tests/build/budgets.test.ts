import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/integrations/inline-assets';
import { assetsOf, compressedWeight, jsBytes, pageType } from '../bench/measure';
import { writeSyntheticContent } from '../bench/synthetic';
import { buildSite, type BuildResult } from '../support/build-site';
import { builtPages } from '../support/pages';

/**
 * The size budgets that do not depend on the machine (timings live in
 * `npm run bench`, `npm run bench:network`): content pages ship no JavaScript
 * but the urgent banner's close button (event and news pages also the copy and
 * share elements of their share block), the directory and group pages draw from
 * their HTML alone, and the directory of a co-op with 30 groups weighs under
 * 40 KB compressed with its CSS and JS.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-budgets-'));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
let build: BuildResult;
/** Page types that only show content: no feature there needs a script. */
const contentPageTypes = ['home', 'guide index', 'guide chapter', 'charter', 'agenda', 'event page', 'news list', 'news item', 'free page', '404'];
/** Event and news pages end with « Partager dans un groupe »: its copy and share elements, and nothing else. */
const sharePageTypes = ['event page', 'news item'];
const shareScript = /^\/_astro\/(ShareMessages\.astro_astro_type_script_index_\d+_lang|copy-link)\.[\w-]+\.js$/;
const SHARE_BUDGET = 3 * 1024;

beforeAll(() => {
  // 30 groups (2 come with the base fixture) and a little of everything else.
  writeSyntheticContent(contentDir, { groups: 28, events: 12, guide: 3, pages: 2, news: 12 });
  // An urgent item, so every page carries the banner and its close button.
  writeFileSync(
    join(contentDir, 'news', '2026-11-20-fermeture.md'),
    '---\ntitle: Fermeture exceptionnelle samedi\ndate: 2026-11-20\nsummary: Le magasin est fermé samedi pour inventaire.\nurgentUntil: 2026-11-30\n---\nFermé samedi.\n',
  );
  build = buildSite({ contentDir, outDir });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('size budgets', () => {
  it('the synthetic co-op builds with 30 groups in its directory', () => {
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(outDir, 'groupes', 'index.html'), 'utf8').match(/class="card group-card/g)?.length).toBe(30);
  });

  it('content pages ship no JavaScript but the urgent banner’s close button (inline, under 1 KB), and event and news pages the share block’s elements, under 3 KB', () => {
    const pages = builtPages(outDir).filter((p) => contentPageTypes.includes(pageType(p.path)));
    expect(new Set(pages.map((p) => pageType(p.path)))).toEqual(new Set(contentPageTypes));
    const close = Buffer.byteLength(inlineScript('urgent'));
    expect(close).toBeLessThan(1024);
    // What a page ships beyond the banner's close button.
    const own = (html: string) => jsBytes(outDir, html) - (html.includes('class="urgent"') ? close : 0);
    const heavy = pages.flatMap((p) => {
      const html = readFileSync(p.file, 'utf8');
      const bytes = own(html);
      const type = pageType(p.path);
      if (!sharePageTypes.includes(type)) return bytes > 0 ? [`${p.path} (${type}) ships ${bytes} bytes of JavaScript beyond the banner’s`] : [];
      const others = assetsOf(outDir, html).js.filter((src) => !shareScript.test(src));
      return [
        ...others.map((src) => `${p.path} (${type}) loads ${src}`),
        ...(bytes > SHARE_BUDGET ? [`${p.path} (${type}) ships ${bytes} bytes of JavaScript, over ${SHARE_BUDGET}`] : []),
      ];
    });
    expect(heavy).toEqual([]);
    // The share block is there: the exception is used, not merely allowed.
    const shared = pages.filter((p) => sharePageTypes.includes(pageType(p.path)) && own(readFileSync(p.file, 'utf8')) > 0);
    expect(new Set(shared.map((p) => pageType(p.path)))).toEqual(new Set(sharePageTypes));
  });

  it('the directory and group pages need no other file to be drawn: one stylesheet, inline', () => {
    const pages = builtPages(outDir).filter((p) => ['directory', 'group page'].includes(pageType(p.path)));
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      expect(assetsOf(outDir, html).css, p.path).toEqual([]);
      expect(html.match(/<style>/g), p.path).toHaveLength(1);
    }
  });

  it('the directory with 30 groups weighs under 40 KB compressed, with its CSS and JS', () => {
    const bytes = compressedWeight(outDir, join(outDir, 'groupes', 'index.html'));
    expect(bytes, `/groupes/ weighs ${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThan(40 * 1024);
  });
});
