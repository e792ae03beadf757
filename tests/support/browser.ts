import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from './find-browser.ts';

/** Debian's Chromium, headless, with nothing that phones home. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run `npm test`, which installs it, or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
