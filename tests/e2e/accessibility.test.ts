import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, pagePool } from '../support/browser';
import { builtPages, templateOf } from '../support/pages';

/**
 * axe-core over every built page at phone width, under the site's real
 * headers (a stylesheet blocked by the CSP would change what axe sees); then,
 * on one page of each type, the desktop width, the dark theme and the keyboard
 * (a working skip link, every control reachable with Tab, a visible focus on
 * each). Layouts, colours and controls come from a dozen templates, so one page
 * of a type stands for the others; `npm run test:full` (FULL_SWEEP=1) sweeps
 * every page in every view.
 */
const base = inject('baseUrl');
const dist = inject('distDir');
/** The CMS is Decap's own single-page app, not a page of ours: its shell is validated, its UI is Decap's. */
const pages = builtPages(dist).filter((p) => !p.path.startsWith('/admin/'));
const full = process.env['FULL_SWEEP'] === '1';
/** One page of each type (the first in path order), for the views that depend on templates only. */
const samples = full ? pages : [...new Map(pages.map((p) => [templateOf(p.path), p])).values()];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe's `runOnly`: WCAG tags, or named rules. */
type RunOnly = { type: 'tag' | 'rule'; values: string[] };

async function axe(page: Page, runOnly: RunOnly): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axeApi = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axeApi.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, runOnly);
}

/**
 * Every WCAG 2.2 AA rule on every page at 390 px in the light theme; at
 * 1280 px on a page of each type. The dark theme is the same markup with other
 * colours (global.css and /theme.css change only colours under
 * prefers-color-scheme), so there the colour rules run, on a page of each type.
 */
const allRules: RunOnly = { type: 'tag', values: wcag22aa };
const colourRules: RunOnly = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
const views = [
  { width: 390, height: 844, colorScheme: 'light', rules: allRules, label: 'WCAG 2.2 AA', swept: pages },
  { width: 1280, height: 900, colorScheme: 'light', rules: allRules, label: 'WCAG 2.2 AA', swept: samples },
  { width: 390, height: 844, colorScheme: 'dark', rules: colourRules, label: 'colour contrast', swept: samples },
  { width: 1280, height: 900, colorScheme: 'dark', rules: colourRules, label: 'colour contrast', swept: samples },
] as const;

describe('the pages a sample stands for', () => {
  it('are one per template, every template present', () => {
    const templates = new Set(pages.map((p) => templateOf(p.path)));
    expect(new Set(samples.map((p) => templateOf(p.path)))).toEqual(templates);
    expect(templates.size).toBeGreaterThan(15);
  });
});

describe.each(views)('axe $label at $width px, $colorScheme theme', ({ width, height, colorScheme, rules, swept }) => {
  let context: BrowserContext;
  let withPage: Awaited<ReturnType<typeof pagePool>>;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height }, colorScheme });
    withPage = await pagePool(context);
  });
  afterAll(() => context.close());

  // Two pages at a time: one renders or runs axe while the other loads.
  it.concurrent.each(swept)('$path: zero violations, no sideways scrolling', ({ path }) =>
    withPage(async (page) => {
      await page.goto(base + path);
      const violations = (await axe(page, rules)).flatMap((v) =>
        v.nodes.map(
          (n) => `${path} [${width}px ${colorScheme}] ${v.id} (${v.impact}): ${v.help}\n    at ${n.target}\n    ${n.summary.replace(/\n/g, '\n    ')}`,
        ),
      );
      expect(violations).toEqual([]);
      // WCAG 1.4.10 (reflow): nothing wider than the screen.
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > limit + 1 && el.checkVisibility());
        // And the page itself, by a single pixel too (a pseudo-element is no element of the list above).
        const scroll = document.documentElement.scrollWidth - limit;
        return [
          ...wide.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ends at ${Math.round(el.getBoundingClientRect().right)}px`),
          ...(scroll > 0 ? [`the page scrolls sideways by ${scroll}px`] : []),
        ];
      });
      expect(overflow, `${path} [${width}px] is wider than the screen`).toEqual([]);
    }),
  );
});

/** What one Tab press landed on, recorded by a focusin listener in the page. */
interface Stop {
  index: number;
  /** Focus left the page's controls (back to the document). */
  onBody: boolean;
  inMainOrAfter: boolean;
  focusVisible: boolean;
  label: string;
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
])('keyboard at $width px', ({ width, height }) => {
  let context: BrowserContext;
  let withPage: Awaited<ReturnType<typeof pagePool>>;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height } });
    // Every focus change is described as it happens, so a whole Tab walk needs one read.
    await context.addInitScript(() => {
      const stops: unknown[] = [];
      (window as unknown as { __stops: unknown[] }).__stops = stops;
      document.addEventListener('focusin', () => {
        const el = document.activeElement as HTMLElement | null;
        const main = document.querySelector('main');
        const style = el ? getComputedStyle(el) : undefined;
        const outline = style !== undefined && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style !== undefined && style.boxShadow !== 'none';
        stops.push({
          index: Number(el?.dataset['kb'] ?? -1),
          onBody: el === null || el === document.body,
          inMainOrAfter: Boolean(el && main && (main.contains(el) || main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
          focusVisible: el !== null && el.matches(':focus-visible') && (outline || shadow),
          label: el
            ? `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`
            : 'nothing',
        });
      });
    });
    withPage = await pagePool(context);
  });
  afterAll(() => context.close());

  const stops = (page: Page) => page.evaluate(() => (window as unknown as { __stops: Stop[] }).__stops.splice(0));

  /**
   * Numbers every visible control in document order; returns their labels.
   * A group of radio buttons (same name, same form) is one control: Tab stops
   * once on the group, on its checked button, and the arrow keys move within
   * it (native behaviour, and the ARIA pattern for radio groups).
   */
  const numberControls = (page: Page) =>
    page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
      const list = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'),
      );
      const labels: string[] = [];
      const radioGroups = new Map<string, number>();
      for (const el of list) {
        const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name ? el : null;
        const key = radio ? `${radio.form ? [...document.forms].indexOf(radio.form) : -1}/${radio.name}` : '';
        const known = radio ? radioGroups.get(key) : undefined;
        if (known !== undefined) {
          el.dataset['kb'] = String(known);
          continue;
        }
        if (radio) radioGroups.set(key, labels.length);
        el.dataset['kb'] = String(labels.length);
        labels.push(
          radio
            ? `<input type="radio" name="${radio.name}"> (group)`
            : `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        );
      }
      return labels;
    });

  // Two pages at a time, as above: each page has its own focus and its own keyboard.
  it.concurrent.each(samples)('$path: skip link first and working, every control reachable with a visible focus', ({ path }) =>
    withPage(async (page) => {
      await page.goto(base + path);

      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | null;
        const box = el?.getBoundingClientRect();
        const target = el?.hash ? document.getElementById(decodeURIComponent(el.hash.slice(1))) : null;
        return {
          isSkip: el?.classList.contains('skip-link') ?? false,
          onScreen: Boolean(box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.right <= innerWidth),
          targetIsMain: target?.tagName === 'MAIN',
        };
      });
      expect(first, `${path}: the first Tab must land on a visible skip link to <main>`).toEqual({ isSkip: true, onScreen: true, targetIsMain: true });
      await page.keyboard.press('Enter');
      await stops(page);
      await page.keyboard.press('Tab');
      const afterSkip = (await stops(page)).at(-1) ?? { inMainOrAfter: false, label: 'nothing' };
      expect(afterSkip.inMainOrAfter, `${path}: after the skip link, Tab went to ${afterSkip.label} instead of the main content`).toBe(true);

      // Tab through the whole page from the top.
      await page.goto(base + path);
      const controls = await numberControls(page);
      for (let i = 0; i <= controls.length; i += 1) await page.keyboard.press('Tab');
      const walk = await stops(page);
      const end = walk.findIndex((s) => s.onBody);
      const visited = end < 0 ? walk : walk.slice(0, end);
      const reached = new Set(visited.map((s) => s.index));
      const noFocusRing = visited.filter((s) => !s.focusVisible).map((s) => s.label);
      expect(
        controls.filter((_, i) => !reached.has(i)),
        `${path} [${width}px]: controls Tab never reaches`,
      ).toEqual([]);
      expect(noFocusRing, `${path} [${width}px]: controls without a visible focus indicator`).toEqual([]);
    }),
  );
});
