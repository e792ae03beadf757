/**
 * The README's screenshots of the directory on a phone (one screen each, as a
 * member sees it on arrival): `/groupes/` as the shop poster opens it, and a
 * members-only group page unlocked by the poster's key. Build the example site
 * with the demo passphrase first (the e2e setup does), then
 * `PATH=$PWD/node_modules/.bin:$PATH node tests/support/directory-screenshots.ts tests/.output/example [out-dir]`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildVault } from '../../src/lib/crypto.ts';
import { launchBrowser, PHONE } from './browser.ts';
import { serve } from './serve.ts';

const [dist = 'tests/.output/example', out = 'tests/screenshots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { key } = await buildVault({ passphrase: 'tilleuls en fleurs', siteUrl: 'https://babillard.example.org/', groups: {} });
const server = await serve(dist);
const browser = await launchBrowser();
try {
  const shots = [
    { name: 'groupes-390', path: '/groupes/', scheme: 'light' },
    { name: 'groupes-unlocked-390', path: `/groupes/volants/#cle=${key}`, scheme: 'dark', open: '.join-option' },
  ] as const;
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: PHONE, colorScheme: shot.scheme, isMobile: true, hasTouch: true, locale: 'fr-FR' });
    await page.goto(server.url + shot.path);
    if ('open' in shot) {
      await page.locator(shot.open).first().waitFor();
      // The join block, as an open group has it.
      await page.locator('section.join').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    }
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`${file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
