import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, PHONE } from './browser';

/** What a test of `phonePerTest` holds: the file's browser, and this test's fresh context and page. */
export interface PhoneTest {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One browser for the file and, for each test, a fresh 390 px context (no
 * storage, no remembered key carried over) and its page, handed to `use`.
 * `setUp` prepares each context before its page opens (routes, init scripts).
 */
export function phonePerTest(use: (test: PhoneTest) => void, setUp?: (context: BrowserContext) => Promise<unknown>): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    await context?.close();
    if (!browser) throw new Error('The browser did not start.');
    context = await browser.newContext({ viewport: PHONE });
    await setUp?.(context);
    use({ browser, context, page: await context.newPage() });
  });
}
