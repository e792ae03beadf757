/**
 * Screenshots of built pages at phone and desktop widths, for looking at
 * what we build: `node tests/support/screenshots.ts dist out-dir /groupes/ /agenda/`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serve } from './serve.ts';

const [dist = 'dist', out = 'tests/.output/screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launchBrowser();
for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, colorScheme: scheme });
    for (const path of paths.length ? paths : ['/']) {
      // networkidle: pages that load something on arrival (search results) are shot once it has come.
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      process.stdout.write(`${join(out, name)}\n`);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
