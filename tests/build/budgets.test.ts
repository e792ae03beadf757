import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/integrations/inline-assets';
import { assetsOf, compressedWeight, pageType } from '../bench/measure';
import { writeSyntheticContent } from '../bench/synthetic';
import { buildSite, type BuildResult } from '../support/build-site';
import { builtPages } from '../support/pages';

/**
 * The size budgets that do not depend on the machine (timings live in
 * `npm run bench`, `npm run bench:network`): content pages ship no JavaScript
 * but the pocket copy's element, which registers the service worker (under
 * 1 KB), and the urgent banner's close button, inline (under 1 KB; event and
 * news pages also the copy and share elements of their share block, the agenda
 * the copy button of a feed's address), the directory and group pages draw from
 * their HTML alone, and the directory of a
 * co-op with 30 groups weighs under 40 KB compressed with its CSS and JS.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-budgets-'));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
let build: BuildResult;
/** Page types that only show content: no feature there needs a script. */
const contentPageTypes = ['home', 'guide index', 'guide chapter', 'charter', 'agenda', 'event page', 'news list', 'news item', 'free page', '404'];
/** Event and news pages end with « Partager dans un groupe »: its copy and share elements, and nothing else. */
const sharePageTypes = ['event page', 'news item'];
const shareScript = /^\/_astro\/(ShareMessages|CopyLinkScript)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const SHARE_BUDGET = 3 * 1024;
/** The pocket copy: every page of the site registers the service worker (src/elements/site-update.ts). */
const offlineScript = /^\/_astro\/SiteUpdate\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const OFFLINE_BUDGET = 1024;
/** The agenda's feed addresses have a copy button: that small element is all it may ship besides. */
const copyButtonPageTypes = ['agenda'];
const copyScript = /^\/_astro\/CopyLinkScript\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const COPY_BUTTON_BUDGET = 2048;

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

  it('content pages ship only the pocket copy’s element (under 1 KB) and the urgent banner’s close button (inline, under 1 KB), event and news pages also the share block’s (under 3 KB), the agenda its copy button (under 2 KB)', () => {
    const pages = builtPages(outDir).filter((p) => contentPageTypes.includes(pageType(p.path)));
    expect(new Set(pages.map((p) => pageType(p.path)))).toEqual(new Set(contentPageTypes));
    const close = Buffer.byteLength(inlineScript('urgent'));
    expect(close).toBeLessThan(1024);
    const heavy = pages.flatMap((p) => {
      const html = readFileSync(p.file, 'utf8');
      const type = pageType(p.path);
      const scripts = assetsOf(outDir, html).js;
      const allowed = sharePageTypes.includes(type) ? shareScript : copyButtonPageTypes.includes(type) ? copyScript : undefined;
      const budget = allowed === shareScript ? SHARE_BUDGET : COPY_BUTTON_BUDGET;
      const offline = scripts.filter((src) => offlineScript.test(src));
      const extra = scripts.filter((src) => allowed?.test(src));
      const others = scripts.filter((src) => !offlineScript.test(src) && !allowed?.test(src));
      const bytes = (list: string[]) => list.reduce((sum, src) => sum + statSync(join(outDir, src)).size, 0);
      return [
        ...others.map((src) => `${p.path} (${type}) loads ${src}`),
        ...(offline.length !== 1 ? [`${p.path} (${type}) does not register the service worker`] : []),
        ...(bytes(offline) > OFFLINE_BUDGET ? [`${p.path} (${type}) ships ${bytes(offline)} bytes for the service worker, over ${OFFLINE_BUDGET}`] : []),
        ...(bytes(extra) > budget ? [`${p.path} (${type}) ships ${bytes(extra)} bytes besides the service worker, over ${budget}`] : []),
        // The one inline script is the banner's close button, on pages with the banner.
        ...(assetsOf(outDir, html).inlineJs !== (html.includes('class="urgent"') ? close : 0) ? [`${p.path} (${type}) has other inline JavaScript`] : []),
      ];
    });
    expect(heavy).toEqual([]);
    // The share block is there: the exception is used, not merely allowed.
    const shared = pages.filter((p) =>
      assetsOf(outDir, readFileSync(p.file, 'utf8')).js.some((src) => shareScript.test(src) && src.includes('/ShareMessages.')),
    );
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

  it('the reading pages link the site’s stylesheet, one file for them all, under a name that changes with it', () => {
    const pages = builtPages(outDir).filter((p) => ['guide chapter', 'charter', 'news item', 'free page'].includes(pageType(p.path)));
    expect(pages.length).toBeGreaterThan(5);
    const sheets = new Set(pages.flatMap((p) => assetsOf(outDir, readFileSync(p.file, 'utf8')).css.filter((href) => href.startsWith('/styles/'))));
    expect([...sheets]).toEqual([expect.stringMatching(/^\/styles\/site\.[0-9a-f]{10}\.css$/)]);
    for (const p of pages) expect(readFileSync(p.file, 'utf8'), p.path).not.toContain('<style>');
  });

  it('the directory with 30 groups weighs under 40 KB compressed, with its CSS and JS', () => {
    const bytes = compressedWeight(outDir, join(outDir, 'groupes', 'index.html'));
    expect(bytes, `/groupes/ weighs ${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThan(40 * 1024);
  });
});
