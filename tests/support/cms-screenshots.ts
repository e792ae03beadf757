/**
 * Screenshots of /admin/ as a volunteer sees it under `npm start` (over a
 * scratch copy of the content), for the README and for looking at what we
 * build: `PATH=$PWD/node_modules/.bin:$PATH node tests/support/cms-screenshots.ts [out-dir]`.
 * Decap has no dark theme.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { logIn, publish } from './cms-page.ts';
import { startLocalCms } from './cms-server.ts';

const [out = 'tests/.output/screenshots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const cms = await startLocalCms();
const browser = await launchBrowser();

/** A logged-in page of the given width. */
async function open(width: number): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: width === 390 ? 844 : 900 },
    locale: 'fr-FR',
    ...(width === 390 ? { isMobile: true, hasTouch: true } : {}),
  });
  await logIn(page, cms.url);
  return page;
}

/** Headless Chromium draws date pickers in US format whatever the language: `height` keeps them out of a shot. */
async function shot(page: Page, name: string, height?: number) {
  const path = join(out, `${name}.png`);
  const size = page.viewportSize();
  await page.screenshot({ path, ...(height && size ? { clip: { x: 0, y: 0, width: size.width, height } } : {}) });
  process.stdout.write(`${path}\n`);
}

try {
  const desktop = await open(1280);
  await desktop.goto(`${cms.url}/admin/#/collections/groups/entries/annonces`);
  await desktop.locator('iframe').first().contentFrame().locator('#rejoindre').waitFor();
  await shot(desktop, 'cms-groupe-1280');

  const phone = await open(390);
  await phone.goto(`${cms.url}/admin/#/collections/groups/entries/annonces`);
  await phone.getByLabel('Nom du groupe', { exact: true }).waitFor();
  await shot(phone, 'cms-groupe-390');

  await phone.goto(`${cms.url}/admin/#/collections/groups/new`);
  await phone.getByLabel('Nom du groupe', { exact: true }).fill('Cagette – Covoiturage');
  for (const [label, option] of [
    ['Catégorie', 'Vie du magasin'],
    ['Pour qui', 'Tout le monde'],
  ] as const) {
    await phone.getByLabel(label, { exact: true }).click();
    await phone.getByText(option, { exact: true }).last().click();
  }
  await phone.getByLabel('Dernière vérification', { exact: true }).fill('2026-11-20');
  await phone.getByRole('button', { name: 'Ajouter lien' }).click();
  await phone.getByLabel('Lien d’invitation', { exact: true }).fill('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a');
  await publish(phone);
  await phone.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
  // Once the toast has slid in and stopped moving.
  await phone.waitForFunction(() => {
    const toast = document.querySelector('.Toastify__toast');
    return toast !== null && toast.getAnimations().length === 0 && toast.getBoundingClientRect().left >= 0;
  });
  await shot(phone, 'cms-refus-390', 640);
} finally {
  await browser.close();
  await cms.stop();
}
