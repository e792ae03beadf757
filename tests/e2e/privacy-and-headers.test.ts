import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, lend } from '../support/browser';
import { builtPages } from '../support/pages';
import { parseHeadersFile, servedHeaders } from '../support/serve';

/**
 * Every built page in Chromium, under the exact headers of `dist/_headers`:
 * nothing is requested from another origin, no cookie is set, the
 * Content-Security-Policy blocks nothing the site needs, and no script fails.
 */
const base = inject('baseUrl');
const dist = inject('distDir');
const origin = new URL(base).origin;
const pages = builtPages(dist);
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
/** The CMS talks to the git host by design (its CSP lists which); every other page is public. */
const isPublic = (path: string) => !path.startsWith('/admin/');

let browser: Browser;

/** A context of its own (its cookies, its requests) and its page, with what they saw during one test. */
interface Slot {
  context: BrowserContext;
  page: Page;
  requests: string[];
  scriptErrors: string[];
}

async function slot(): Promise<Slot> {
  const context = await browser.newContext();
  // Report CSP violations from the page itself; init scripts are not subject to the page's CSP.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || 'the page'}:${e.lineNumber}${e.sample ? ` "${e.sample}"` : ''}`,
      );
    });
  });
  const held: Slot = { context, page: await context.newPage(), requests: [], scriptErrors: [] };
  context.on('request', (request) => held.requests.push(request.url()));
  held.page.on('pageerror', (error) => held.scriptErrors.push(error.message));
  held.page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) held.scriptErrors.push(message.text());
  });
  return held;
}

let withSlot: ReturnType<typeof lend<Slot>>;
beforeAll(async () => {
  browser = await launchBrowser();
  // Two pages at a time, each in its own context: one loads while the other is checked.
  withSlot = lend([await slot(), await slot()]);
});
afterAll(() => browser.close());

describe('every built page', () => {
  it('the sweep found the site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.concurrent.each(pages)('$path: served with its headers, no other origin, no cookie, no CSP violation, no script error', ({ path }) =>
    withSlot(async ({ context, page, requests, scriptErrors }) => {
      requests.length = 0;
      scriptErrors.length = 0;
      // `load`: every file the HTML names has been asked for and every script has run; then the
      // browser's next idle moment, by which the scripts' own first requests have gone out.
      const response = await page.goto(base + path, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle, { timeout: 2000 })));
      expect(response?.status(), `${path} did not load`).toBe(200);

      // Every problem of the page in one list, so one run shows them all.
      const problems: string[] = [];
      const expected = servedHeaders(rules, path);
      const got = response?.headers() ?? {};
      for (const [name, value] of Object.entries(expected))
        if (got[name.toLowerCase()] !== value) problems.push(`header ${name} from _headers not served (got ${got[name.toLowerCase()] ?? 'nothing'})`);
      if (!got['content-security-policy']) problems.push('no Content-Security-Policy header');
      if (isPublic(path))
        for (const url of requests) if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`requested another origin: ${url}`);
      for (const cookie of await context.cookies()) problems.push(`set a cookie: ${cookie.name} (${cookie.domain})`);
      await context.clearCookies();
      const scriptCookie = await page.evaluate(() => document.cookie);
      if (scriptCookie) problems.push(`set a cookie from script: ${scriptCookie}`);
      for (const violation of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) problems.push(`CSP violation: ${violation}`);
      for (const error of scriptErrors) problems.push(`script error: ${error}`);
      expect(problems, `${path}: privacy, headers or CSP problems`).toEqual([]);
    }),
  );
});
