import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedWeight, jsBytes, pageType } from '../bench/measure';
import { writeSyntheticContent } from '../bench/synthetic';
import { buildSite, type BuildResult } from '../support/build-site';
import { builtPages } from '../support/pages';

/**
 * The size budgets that do not depend on the machine (timings live in
 * `npm run bench`): content pages ship no JavaScript (the agenda's, only the
 * copy button of a feed's or a place's address), and the directory of a
 * co-op with 30 groups weighs under 40 KB compressed with its CSS and JS.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-budgets-'));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
let build: BuildResult;
/** Page types that only show content: no feature there needs a script. */
const contentPageTypes = ['home', 'guide index', 'guide chapter', 'charter', 'agenda', 'event page', 'news list', 'news item', 'free page', '404'];
/** Pages whose addresses (a feed's, a place's) have a copy button: that small element is all they may ship. */
const copyButtonPageTypes = new Set(['agenda', 'event page']);
const COPY_BUTTON_BUDGET = 2048;

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

  it('content pages ship 0 bytes of JavaScript, the agenda’s no more than its copy button', () => {
    const pages = builtPages(outDir).filter((p) => contentPageTypes.includes(pageType(p.path)));
    expect(new Set(pages.map((p) => pageType(p.path)))).toEqual(new Set(contentPageTypes));
    const heavy = pages
      .map((p) => ({ path: p.path, type: pageType(p.path), bytes: jsBytes(outDir, readFileSync(p.file, 'utf8')) }))
      .filter((p) => p.bytes > (copyButtonPageTypes.has(p.type) ? COPY_BUTTON_BUDGET : 0))
      .map((p) => `${p.path} (${p.type}) ships ${p.bytes} bytes of JavaScript`);
    expect(heavy).toEqual([]);
  });

  it('the directory with 30 groups weighs under 40 KB compressed, with its CSS and JS', () => {
    const bytes = compressedWeight(outDir, join(outDir, 'groupes', 'index.html'));
    expect(bytes, `/groupes/ weighs ${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThan(40 * 1024);
  });
});
