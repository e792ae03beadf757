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
 * Lends a few pages (or anything a test holds) to tests that run concurrently,
 * as a sweep of many pages does: while one page waits on the network or the
 * test, another renders, so both cores work. `use` waits for a free one.
 */
export function lend<T>(items: T[]): <R>(use: (item: T) => Promise<R>) => Promise<R> {
  const free = [...items];
  const waiting: ((item: T) => void)[] = [];
  const release = (item: T) => {
    const next = waiting.shift();
    if (next) next(item);
    else free.push(item);
  };
  return async (use) => {
    const item = free.pop() ?? (await new Promise<T>((resolve) => waiting.push(resolve)));
    try {
      return await use(item);
    } finally {
      release(item);
    }
  };
}

/** Two pages of one context, lent to concurrent tests (see `lend`). */
export async function pagePool(context: BrowserContext, size = 2): Promise<<R>(use: (page: Page) => Promise<R>) => Promise<R>> {
  return lend(await Promise.all(Array.from({ length: size }, () => context.newPage())));
}
