import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/frontmatter';
import { inviteUrlError } from '../../src/lib/platforms';
import { launchBrowser } from '../support/browser';
import { buildSite } from '../support/build-site';
import { startLocalCms, waitFor, type LocalCms } from '../support/cms-server';
import { entriesOf } from '../support/site-content';

/**
 * The CMS as a volunteer uses it with `npm start`: Chromium against the local
 * backend, over a scratch copy of content/.
 */

let cms: LocalCms;
let browser: Browser;
let page: Page;

const signalLink = 'https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh';
const whatsappLink = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
const groupFiles = () => readdirSync(join(cms.contentDir, 'groups')).sort();

beforeAll(async () => {
  cms = await startLocalCms();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The first visit makes Vite prepare Decap's modules: slow once.
  await page.goto(`${cms.url}/admin/`, { timeout: 240_000 });
  await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Groupes de discussion' }).first().waitFor({ timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** Picks an option of a Decap select or relation (react-select) by its visible text. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByText(option, { exact: true }).last().click();
}

/** Opens a new group form and fills what every group needs. */
async function fillGroup(name: string, link: string) {
  await page.goto(`${cms.url}/admin/#/collections/groups/new`);
  await page.getByLabel('Nom du groupe', { exact: true }).fill(name);
  await choose('Catégorie', 'Vie du magasin');
  // Optional since the group-health checks report a missing purpose: Decap adds « optionnel » to its label.
  await page.getByLabel(/^À quoi sert ce groupe/).fill('Prêter le vélo-cargo de la coopérative pour les livraisons.');
  await choose('Pour qui', 'Tout le monde');
  await page.getByLabel('Dernière vérification', { exact: true }).fill('2026-11-20');
  await page.getByRole('button', { name: /Ajouter liens/ }).click();
  await page.getByLabel('Lien d’invitation', { exact: true }).fill(link);
}

async function publish() {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant', { exact: true }).click();
}

describe('the CMS in local mode', () => {
  it('creates a group through the form: the file is written, the running site and a build show it', async () => {
    await fillGroup('Cagette – Vélo-cargo', signalLink);
    await publish();

    const file = join(cms.contentDir, 'groups', 'cagette-velo-cargo.md');
    await waitFor(async () => existsSync(file), 'the group file', 30_000);
    const { data, body } = parseContentFile(readFileSync(file, 'utf8'), 'markdown');
    expect(data).toMatchObject({
      name: 'Cagette – Vélo-cargo',
      category: 'vie-du-magasin',
      purpose: 'Prêter le vélo-cargo de la coopérative pour les livraisons.',
      audience: ['tous'],
      reviewed: '2026-11-20',
      links: [{ platform: 'signal', url: signalLink }],
    });
    expect(body).toBe('');

    // An edit in progress survives the dev server's reaction to the new file.
    await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
    const purpose = page.getByLabel(/^À quoi sert ce groupe/);
    await purpose.fill('Une phrase en cours de frappe');
    await waitFor(async () => (await fetch(`${cms.url}/groupes/cagette-velo-cargo/`)).ok, 'the group page on the running site', 60_000);
    expect(await (await fetch(`${cms.url}/groupes/cagette-velo-cargo/`)).text()).toContain('Vélo-cargo');
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => (window as unknown as { beforeSave?: boolean }).beforeSave)).toBe(true);
    expect(await purpose.inputValue()).toBe('Une phrase en cours de frappe');

    const outDir = join(cms.root, 'dist');
    const build = buildSite({ contentDir: cms.contentDir, outDir });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(outDir, 'groupes', 'cagette-velo-cargo', 'index.html'), 'utf8');
    expect(html).toContain('Cagette – Vélo-cargo');
    expect(html).toContain(signalLink.replace('#', '#'));
  }, 400_000);

  it('refuses an invite link of another platform, with the build’s message, and writes nothing', async () => {
    const before = groupFiles();
    await fillGroup('Cagette – Covoiturage', whatsappLink);
    await publish();

    const message = inviteUrlError('signal', whatsappLink) ?? '';
    expect(message).toContain('WhatsApp');
    // The form shows the build's sentence, which also quotes the link (src/schemas/group.ts).
    await page.getByText(`${message} (lien indiqué : « ${whatsappLink} »)`, { exact: true }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_000);
    expect(groupFiles()).toEqual(before);
  }, 120_000);

  it('previews a group with the site’s own group page: house rules, join buttons, QR codes; members-only links stay hidden', async () => {
    const houseRules = (entriesOf('settings')[0]?.data as { houseRules: string[] }).houseRules;
    const groups = entriesOf('groups').map((g) => ({ id: g.id, data: g.data as { access: string; archived: boolean; links: { url: string }[] } }));
    const open = groups.find((g) => g.data.access === 'open' && !g.data.archived && g.data.links.length > 1);
    const members = groups.find((g) => g.data.access === 'members' && g.data.links.length > 0);
    if (!open || !members) throw new Error('The example content needs an open group with two links and a members-only group.');

    await page.goto(`${cms.url}/admin/#/collections/groups/entries/${open.id}`);
    await page.reload();
    const preview = page.frameLocator('iframe').first();
    await preview.locator('#rejoindre').waitFor({ timeout: 60_000 });
    expect(await preview.locator('.join .house-rules li').allTextContents()).toEqual(houseRules);
    for (const { url } of open.data.links) {
      await preview.locator(`.join a.button--big[href="${url}"]`).waitFor({ timeout: 10_000 });
      expect(await preview.locator(`.join input[value="${url}"]`).count()).toBe(1);
    }
    expect(await preview.locator('.join-option__qr svg[role="img"]').count()).toBe(open.data.links.length);

    await page.goto(`${cms.url}/admin/#/collections/groups/entries/${members.id}`);
    await page.reload();
    await preview.locator(`.join .join-elsewhere--members[data-group="${members.id}"]`).waitFor({ timeout: 60_000 });
    const shown = await preview.locator('main').innerHTML();
    for (const { url } of members.data.links) expect(shown).not.toContain(url);
  }, 180_000);
});
