import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser } from './find-browser.ts';

/** Debian's Chromium, headless, with nothing that phones home. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run `npm test`, which installs it, or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The phone the tests hold (a common 390 px wide one) and a laptop screen. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/**
 * A few pages of one context, lent to tests that run concurrently (a sweep of
 * many pages): while one page waits on the network or the test, another
 * renders, so both cores work. `use` waits for a free page.
 */
export async function pagePool(context: BrowserContext, size = 2): Promise<<T>(use: (page: Page) => Promise<T>) => Promise<T>> {
  const free = await Promise.all(Array.from({ length: size }, () => context.newPage()));
  const waiting: ((page: Page) => void)[] = [];
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else free.push(page);
  };
  return async (use) => {
    const page = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
    try {
      return await use(page);
    } finally {
      release(page);
    }
  };
}
