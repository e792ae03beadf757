import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetsOf, compressedWeight, pageType } from '../bench/measure';
import { writeSyntheticContent } from '../bench/synthetic';
import { buildSite, type BuildResult } from '../support/build-site';
import { builtPages } from '../support/pages';

/**
 * The size budgets that do not depend on the machine (timings live in
 * `npm run bench`): content pages ship no JavaScript but the pocket copy's
 * element, which registers the service worker (under 1 KB; event and news pages
 * also the copy and share elements of their share block), and the directory of a
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
const shareScript = /^\/_astro\/(ShareMessages\.astro_astro_type_script_index_\d+_lang|copy-link)\.[\w-]+\.js$/;
const SHARE_BUDGET = 3 * 1024;
/** The pocket copy: every page of the site registers the service worker (src/elements/site-update.ts). */
const offlineScript = /^\/_astro\/SiteUpdate\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const OFFLINE_BUDGET = 1024;

beforeAll(() => {
  // 30 groups (2 come with the base fixture) and a little of everything else.
  writeSyntheticContent(contentDir, { groups: 28, events: 12, guide: 3, pages: 2, news: 12 });
  build = buildSite({ contentDir, outDir });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('size budgets', () => {
  it('the synthetic co-op builds with 30 groups in its directory', () => {
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(outDir, 'groupes', 'index.html'), 'utf8').match(/class="card group-card/g)?.length).toBe(30);
  });

  it('content pages ship only the pocket copy’s element (under 1 KB), event and news pages also the share block’s (under 3 KB)', () => {
    const pages = builtPages(outDir).filter((p) => contentPageTypes.includes(pageType(p.path)));
    expect(new Set(pages.map((p) => pageType(p.path)))).toEqual(new Set(contentPageTypes));
    const heavy = pages.flatMap((p) => {
      const html = readFileSync(p.file, 'utf8');
      const type = pageType(p.path);
      const scripts = assetsOf(outDir, html).js;
      const offline = scripts.filter((src) => offlineScript.test(src));
      const share = scripts.filter((src) => shareScript.test(src));
      const others = scripts.filter((src) => !offlineScript.test(src) && !(sharePageTypes.includes(type) && shareScript.test(src)));
      const bytes = (list: string[]) => list.reduce((sum, src) => sum + statSync(join(outDir, src)).size, 0);
      return [
        ...others.map((src) => `${p.path} (${type}) loads ${src}`),
        ...(offline.length !== 1 ? [`${p.path} (${type}) does not register the service worker`] : []),
        ...(bytes(offline) > OFFLINE_BUDGET ? [`${p.path} (${type}) ships ${bytes(offline)} bytes for the service worker, over ${OFFLINE_BUDGET}`] : []),
        ...(bytes(share) > SHARE_BUDGET ? [`${p.path} (${type}) ships ${bytes(share)} bytes for sharing, over ${SHARE_BUDGET}`] : []),
        ...(assetsOf(outDir, html).inlineJs > 0 ? [`${p.path} (${type}) has inline JavaScript`] : []),
      ];
    });
    expect(heavy).toEqual([]);
    // The share block is there: the exception is used, not merely allowed.
    const shared = pages.filter((p) => assetsOf(outDir, readFileSync(p.file, 'utf8')).js.some((src) => shareScript.test(src)));
    expect(new Set(shared.map((p) => pageType(p.path)))).toEqual(new Set(sharePageTypes));
  });

  it('the directory with 30 groups weighs under 40 KB compressed, with its CSS and JS', () => {
    const bytes = compressedWeight(outDir, join(outDir, 'groupes', 'index.html'));
    expect(bytes, `/groupes/ weighs ${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThan(40 * 1024);
  });
});
