import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, lend } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build-site';
import { fixturesDir, overlayFolder } from '../support/fixtures';
import { builtPages } from '../support/pages';
import { serve } from '../support/serve';

/**
 * Markdown from the CMS is untrusted. The hostile corpus (tests/fixtures/hostile-content/)
 * is built into a site: the build accepts it (raw HTML is sanitised, not rejected), no payload
 * survives in the HTML, none runs in Chromium even with the CSP switched off (so the sanitiser
 * alone holds), and every page still renders to its end.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-hostile-'));
const outDir = join(scratch, 'dist');
const content = overlayFolder(join(fixturesDir, 'hostile-content'));
let build: BuildResult;
let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  build = buildSite({ contentDir: content.dir, outDir });
  if (build.status !== 0) return;
  server = await serve(outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  content.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The fixture site's own address: its canonical links point there. */
const siteUrl = /^baseUrl:\s*(\S+)/m.exec(readFileSync(join(fixturesDir, 'base-content/settings/site.yaml'), 'utf8'))?.[1] ?? '';

/**
 * The site's own controls, which the sanitiser never lets content produce (it
 * drops every form, button, textarea and `type` attribute): the header search
 * form, the typed buttons of our components, and the read-only text of each
 * chat message (« Partager dans un groupe »).
 */
function siteOwn(tag: string, attributes: string): boolean {
  if (tag === 'form') return /\saction="\/recherche\/"/.test(attributes);
  if (tag === 'button') return /\stype="(submit|button)"/.test(attributes);
  if (tag === 'textarea') return /\sid="[\w-]+-(whatsapp|markdown|plain)"/.test(attributes) && /\sreadonly\b/.test(attributes);
  return false;
}

/**
 * Data blocks the browser never runs (the search page's title list, the
 * members' vault): they pass if they are exactly JSON with no « < » in them,
 * so no text can close the block.
 */
function inertData(html: string, at: number, tag: string): boolean {
  if (!/^<script(?: id="[\w-]+")? type="application\/json"(?: data-title-list)?>$/.test(tag)) return false;
  const body = html.slice(at + tag.length, html.indexOf('</script>', at));
  if (body.includes('<')) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** The hashes the site's Content-Security-Policy allows for inline scripts and styles (the site's own blocks). */
const cspHashes = (): Set<string> => new Set(readFileSync(join(outDir, '_headers'), 'utf8').match(/'sha256-[\w+/=]+'/g) ?? []);

/**
 * An inline `<script>` or `<style>` is the site's own only when the CSP lists
 * its hash: the build hashes the blocks it writes, so an injected one would
 * need the build to have written it.
 */
function ownInline(html: string, at: number, tag: string, name: 'script' | 'style', allowed: Set<string>): boolean {
  const start = at + tag.length;
  const body = html.slice(start, html.indexOf(`</${name}>`, start));
  return allowed.has(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/** The pages built from a hostile file: they say « Fin du texte piégé » at the end of their text. */
const hostilePages = () => builtPages(outDir).filter((p) => readFileSync(p.file, 'utf8').includes('Fin du texte piégé'));

/**
 * The pages that carry a payload: those built from a hostile file, and the lists
 * that show their titles, summaries or names (every hostile entry's id or title
 * says « piège »). The other pages hold no content of the corpus but the
 * hostile free page's title in their footer, which the home page's run covers.
 * The CMS (/admin/) is Decap's application, not a page made from content.
 */
const carriers = () =>
  builtPages(outDir).filter((p) => !p.path.startsWith('/admin/') && /pi[eè]g/i.test(readFileSync(p.file, 'utf8').replace(/<footer[\s\S]*<\/footer>/, '')));

describe('hostile content', () => {
  it('builds: raw HTML is sanitised, not rejected', () => {
    expect(build.status, build.output).toBe(0);
    // The browser passes below visit these: every hostile page and the lists that name them.
    expect(carriers().map((p) => p.path)).toEqual(
      expect.arrayContaining(['/', '/groupes/', '/guide/', '/agenda/', '/annonces/', ...hostilePages().map((p) => p.path)]),
    );
    expect(hostilePages().map((p) => p.path)).toEqual(
      expect.arrayContaining(['/piege/', '/guide/piege-guide/', '/annonces/2026-11-10-piege/', '/agenda/2026-12-06-piege/', '/groupes/piege/', '/charte/']),
    );
  });

  it('leaves no script, handler, dangerous URL, frame, object, style or meta refresh in any built page', () => {
    const problems: string[] = [];
    const allowed = cspHashes();
    for (const page of builtPages(outDir)) {
      const html = readFileSync(page.file, 'utf8');
      for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
        const [whole, name = '', attributes = ''] = tag;
        const lower = name.toLowerCase();
        if (
          lower === 'script' &&
          !/\ssrc="\/_astro\//.test(attributes) &&
          !inertData(html, tag.index, whole) &&
          !(whole === '<script>' || whole === '<script type="module">' ? ownInline(html, tag.index, whole, 'script', allowed) : false)
        )
          problems.push(`${page.path}: ${whole.slice(0, 80)}`);
        if (lower === 'style' && whole === '<style>' && ownInline(html, tag.index, whole, 'style', allowed)) continue;
        if (
          ['iframe', 'object', 'embed', 'style', 'base', 'frame', 'frameset', 'applet', 'form', 'textarea', 'select', 'button'].includes(lower) &&
          !siteOwn(lower, attributes)
        ) {
          problems.push(`${page.path}: <${lower}${attributes.slice(0, 60)}>`);
        }
        if (lower === 'meta' && /http-equiv/i.test(attributes)) problems.push(`${page.path}: ${whole}`);
        if (lower === 'link' && !/\shref="\/(?!\/)/.test(attributes) && !attributes.includes(`href="${siteUrl}`)) problems.push(`${page.path}: ${whole}`);
        for (const attribute of attributes.matchAll(/\s([^\s=>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
          const [, attrName = '', value = ''] = attribute;
          if (/^on/i.test(attrName) || /^(style|srcdoc|formaction)$/i.test(attrName)) problems.push(`${page.path}: <${lower} ${attrName}>`);
          if (
            /^(href|src|srcset|action|xlink:href|poster|data)$/i.test(attrName) &&
            /^["']?\s*(javascript|vbscript|data):/i.test(value.replace(/&#x?0*9;|&tab;|\s/gi, ''))
          )
            problems.push(`${page.path}: <${lower} ${attrName}=${value}>`);
          if (/^(src|srcset|poster)$/i.test(attrName) && /^["']?(https?:)?\/\//i.test(value))
            problems.push(`${page.path}: <${lower} ${attrName}=${value}> loads from another site`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe.each([
    { label: 'with the site’s Content-Security-Policy', bypassCSP: false },
    { label: 'with the CSP switched off: the sanitiser alone', bypassCSP: true },
  ])('in Chromium, $label', ({ bypassCSP }) => {
    let context: BrowserContext;
    beforeAll(async () => {
      if (!browser) throw new Error('the hostile site did not build');
      context = await browser.newContext({ bypassCSP });
    });
    afterAll(() => context?.close());

    it('no payload runs on any page, and each hostile page renders to its end', async () => {
      const base = server?.url ?? '';
      /** What went wrong on one page, visited in a page of its own. */
      const visit = async (path: string): Promise<string[]> => {
        const problems: string[] = [];
        const page = await context.newPage();
        const sentinel: string[] = [];
        page.on('request', (request) => {
          const url = request.url();
          if (url.includes('__pwned') || url.includes('pwned.invalid') || !url.startsWith(base)) sentinel.push(url);
        });
        page.on('dialog', (dialog) => {
          sentinel.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await page.goto(base + path, { waitUntil: 'load' });
        // Fire the events inline handlers wait for, on every element of the page.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('body *')) {
            for (const type of ['mouseover', 'focus', 'click', 'toggle', 'load', 'error', 'animationstart']) {
              if (type === 'click' && el.closest('a[href], button')) continue;
              el.dispatchEvent(new Event(type));
            }
          }
        });
        // Click every link left without an address (a stripped javascript:/data: link).
        for (const link of await page.locator('main a:not([href])').all()) await link.click({ timeout: 2000 }).catch(() => undefined);
        // Two animation frames: whatever those events and clicks set off has run.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          title: document.title,
          url: location.pathname,
          skipTarget: document.getElementById('contenu')?.tagName ?? 'none',
          // Print layouts (posters) have no footer by design.
          footerInBody: document.body.classList.contains('print-body') || document.querySelector('body > footer.site-footer') !== null,
          mainText: document.querySelector('main')?.textContent ?? '',
          bodyVisible: getComputedStyle(document.body).display !== 'none',
        }));
        if (state.pwned !== undefined) problems.push(`${path}: window.__pwned = ${JSON.stringify(state.pwned)}`);
        if (/PWNED/.test(state.title)) problems.push(`${path}: document.title changed to ${state.title}`);
        if (state.url !== new URL(base + path).pathname) problems.push(`${path}: navigated away to ${state.url}`);
        for (const url of sentinel) problems.push(`${path}: payload request ${url}`);
        if (state.skipTarget !== 'MAIN') problems.push(`${path}: #contenu is a <${state.skipTarget}>, not <main> (id clobbered)`);
        if (!state.footerInBody) problems.push(`${path}: the site footer is gone or moved (broken HTML leaked into the layout)`);
        if (!state.bodyVisible) problems.push(`${path}: the page is hidden by injected style`);
        if (
          readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes('Fin du texte piégé') &&
          !state.mainText.includes('Fin du texte piégé')
        ) {
          problems.push(`${path}: the text after the payloads is missing from <main>`);
        }
        await page.close();
        return problems;
      };
      // Two pages at a time: one loads while the other's events are fired.
      const twoAtATime = lend([1, 2]);
      const problems = (await Promise.all(carriers().map(({ path }) => twoAtATime(() => visit(path))))).flat();
      expect(problems).toEqual([]);
    });
  });

  it('the search page’s title list holds a hostile title as text, its « < » escaped', () => {
    const html = readFileSync(join(outDir, 'recherche', 'index.html'), 'utf8');
    const start = html.indexOf('<script type="application/json" data-title-list>');
    expect(start).toBeGreaterThan(-1);
    const body = html.slice(html.indexOf('>', start) + 1, html.indexOf('</script>', start));
    expect(body).not.toContain('<');
    const titles = (JSON.parse(body) as { title: string }[]).map((entry) => entry.title);
    expect(titles).toContain("Chapitre piégé <script>window.__pwned='front-title'</script>");
  });

  it('front-matter text is shown as text, never as markup', async () => {
    if (!browser) throw new Error('the hostile site did not build');
    const page = await browser.newPage();
    await page.goto(`${server?.url}/annonces/2026-11-10-piege/`);
    expect(await page.locator('h1').innerText()).toContain(`"><script>window.__pwned='news-title'</script>`);
    await page.goto(`${server?.url}/guide/piege-guide/`);
    expect(await page.locator('h1').innerText()).toContain("<script>window.__pwned='front-title'</script>");
    await page.close();
  });
});
