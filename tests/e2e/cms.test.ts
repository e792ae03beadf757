import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/frontmatter';
import { inviteUrlError } from '../../src/lib/platforms';
import { launchBrowser } from '../support/browser';
import { buildSite } from '../support/build-site';
import { changedLines, logIn, publish, saved, savedNew } from '../support/cms-page';
import { startLocalCms, waitFor, type LocalCms } from '../support/cms-server';
import { entriesOf } from '../support/site-content';

/**
 * The CMS as a volunteer uses it with `npm start`: Chromium against the local
 * backend, over a scratch copy of content/ and public/. Every entry saving
 * unchanged is in cms-roundtrip.test.ts.
 */

let cms: LocalCms;
let browser: Browser;
let page: Page;

const signalLink = 'https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh';
const whatsappLink = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
const groupFiles = () => readdirSync(join(cms.contentDir, 'groups')).sort();
const devServerMessages: string[] = [];

beforeAll(async () => {
  cms = await startLocalCms();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // What the dev server tells the page (its reload orders).
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => devServerMessages.push(String(frame.payload))));
  await logIn(page, cms.url);
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

/** Whether an element is within the window (the form's pane scrolls inside it). */
async function inView(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/** Opens a new group form and fills what every group needs. */
async function fillGroup(name: string, link: string) {
  await page.goto(`${cms.url}/admin/#/collections/groups/new`);
  // A fresh form: after a save, Decap's own navigation may keep the previous one.
  await page.reload();
  await page.getByLabel('Nom du groupe', { exact: true }).fill(name);
  await choose('Catégorie', 'Vie du magasin');
  // Optional since the group-health checks report a missing purpose: Decap adds « optionnel » to its label.
  await page.getByLabel(/^À quoi sert ce groupe/).fill('Prêter le vélo-cargo de la coopérative pour les livraisons.');
  await choose('Pour qui', 'Tout le monde');
  await page.getByLabel('Dernière vérification', { exact: true }).fill('2026-11-20');
  await page.getByRole('button', { name: 'Ajouter lien' }).click();
  await page.getByLabel('Lien d’invitation', { exact: true }).fill(link);
}

describe('the CMS in local mode', () => {
  it('creates a group through the form: the file is written, the running site shows it', async () => {
    await fillGroup('Cagette – Vélo-cargo', signalLink);
    await publish(page);

    await savedNew(page, 'groups', 'cagette-velo-cargo');
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

    // An edit in progress survives the dev server's reaction to the new file: its order to reload every page.
    await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
    const purpose = page.getByLabel(/^À quoi sert ce groupe/);
    await purpose.fill('Une phrase en cours de frappe');
    await waitFor(async () => (await fetch(`${cms.url}/groupes/cagette-velo-cargo/`)).ok, 'the group page on the running site', 60_000);
    expect(await (await fetch(`${cms.url}/groupes/cagette-velo-cargo/`)).text()).toContain('Vélo-cargo');
    await waitFor(async () => devServerMessages.some((message) => message.includes('"full-reload"')), 'the dev server’s reload order', 60_000);
    // One turn of the page's event loop: the order has been handled by then (a reload would have cleared the flag).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    expect(await page.evaluate(() => (window as unknown as { beforeSave?: boolean }).beforeSave)).toBe(true);
    expect(await purpose.inputValue()).toBe('Une phrase en cours de frappe');
  }, 400_000);

  it('refuses an invite link of another platform: a toast names the field, the form scrolls to it, the link quoted as typed, no join button in the preview', async () => {
    const before = groupFiles();
    await fillGroup('Cagette – Covoiturage', whatsappLink);
    const link = page.getByLabel('Lien d’invitation', { exact: true });
    // The form scrolled back to its top: the link field is out of sight when the volunteer publishes.
    await page
      .locator('[class*="-ControlPaneContainer"]')
      .first()
      .evaluate((pane) => pane.scrollTo(0, 0));
    expect(await inView(link)).toBe(false);
    await publish(page);

    const message = inviteUrlError('signal', whatsappLink) ?? '';
    expect(message).toContain('WhatsApp');
    // The build's sentence, which quotes the link (src/schemas/group.ts), in a French toast naming the field…
    const sentence = `${message} (lien indiqué : « ${whatsappLink} »)`;
    const toast = page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré.' });
    await toast.waitFor({ timeout: 10_000 });
    expect(await toast.innerText()).toBe(`Rien n’a été enregistré. « Liens › Lien d’invitation » : ${sentence}`);
    // …and under the field, as written: not in capitals, since an invite code is case-sensitive.
    const under = page.locator('[class*="ControlErrorsList"]').filter({ hasText: 'WhatsApp' });
    expect(await under.innerText()).toBe(sentence);
    expect(await under.evaluate((list) => getComputedStyle(list).textTransform)).toBe('none');
    // The form went to the field, and the cursor is in it.
    await waitFor(async () => inView(link), 'the link field in view', 10_000);
    expect(await link.evaluate((input) => input === document.activeElement)).toBe(true);
    // The preview offers no way in through a link the form refuses.
    const preview = page.locator('iframe').first().contentFrame();
    await preview.locator('#rejoindre').waitFor();
    expect(await preview.locator(`a[href="${whatsappLink}"]`).count()).toBe(0);
    expect(await preview.getByText(/Rejoindre sur/).count()).toBe(0);
    // The refusal came before any write.
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
    const preview = page.locator('iframe').first().contentFrame();
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

  it('saves a one-off event, online only or with a place (no recurrence, no place asked for), and the running site shows it', async () => {
    await page.goto(`${cms.url}/admin/#/collections/events/new`);
    await page.reload();
    await page.getByLabel('Titre', { exact: true }).fill('Atelier compost');
    await choose('Type', 'Formation');
    await page.getByLabel('Début', { exact: true }).fill('2027-02-06T10:00');
    await page.getByLabel(/^Lien de visio/).fill('https://visio.example.org/compost');
    // An image picked from those already in public/media/.
    await page.getByText('Choisir une image', { exact: true }).click();
    await page.getByText('logo.svg', { exact: true }).click();
    await page.getByText('Choisir les éléments sélectionnés', { exact: true }).click();
    await publish(page);
    await savedNew(page, 'events', '2027-02-06-atelier-compost');
    const online = join(cms.contentDir, 'events', '2027-02-06-atelier-compost.md');
    await waitFor(async () => existsSync(online), 'the online event’s file', 30_000);
    const { data } = parseContentFile(readFileSync(online, 'utf8'), 'markdown');
    expect(data).toMatchObject({
      title: 'Atelier compost',
      type: 'formation',
      start: '2027-02-06T10:00',
      online: 'https://visio.example.org/compost',
      image: '/media/logo.svg',
    });
    expect(data).not.toHaveProperty('place');
    expect(data).not.toHaveProperty('recurrence');

    await page.goto(`${cms.url}/admin/#/collections/events/new`);
    await page.reload();
    await page.getByLabel('Titre', { exact: true }).fill('Troc de graines');
    await choose('Type', 'Stand');
    await page.getByLabel('Début', { exact: true }).fill('2027-03-13T14:00');
    // The place block opens on demand; its name is required once it is used.
    await page.getByRole('button', { name: 'Déplier' }).first().click();
    await page.getByLabel('Lieu', { exact: true }).fill('La Cagette des Tilleuls');
    await page.getByLabel(/^Adresse/).fill('14 place des Tilleuls, 49100 Angers');
    await publish(page);
    await savedNew(page, 'events', '2027-03-13-troc-de-graines');
    const placed = join(cms.contentDir, 'events', '2027-03-13-troc-de-graines.md');
    await waitFor(async () => existsSync(placed), 'the event’s file', 30_000);
    expect(readFileSync(placed, 'utf8')).toContain('place:\n  name: La Cagette des Tilleuls\n  address: 14 place des Tilleuls, 49100 Angers\n');
    expect(readFileSync(placed, 'utf8')).not.toContain('recurrence');

    for (const [slug, title] of [
      ['2027-02-06-atelier-compost', 'Atelier compost'],
      ['2027-03-13-troc-de-graines', 'Troc de graines'],
    ] as const) {
      await waitFor(async () => (await fetch(`${cms.url}/agenda/${slug}/`)).ok, `/agenda/${slug}/ on the running site`, 60_000);
      expect(await (await fetch(`${cms.url}/agenda/${slug}/`)).text()).toContain(title);
    }
    expect(await (await fetch(`${cms.url}/agenda/2027-02-06-atelier-compost/`)).text()).toContain('<img src="/media/logo.svg"');
  }, 180_000);

  it('refuses a place without its name, naming it; an empty place block is no obstacle', async () => {
    await page.goto(`${cms.url}/admin/#/collections/events/new`);
    await page.reload();
    await page.getByLabel('Titre', { exact: true }).fill('Sans nom de lieu');
    await choose('Type', 'Stand');
    await page.getByLabel('Début', { exact: true }).fill('2027-03-20T14:00');
    await page.getByRole('button', { name: 'Déplier' }).first().click();
    await page.getByLabel(/^Adresse/).fill('14 place des Tilleuls');
    await publish(page);
    await page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré. « Lieu › Lieu » : Ce champ est obligatoire.' }).waitFor({ timeout: 10_000 });
    expect(existsSync(join(cms.contentDir, 'events', '2027-03-20-sans-nom-de-lieu.md'))).toBe(false);
  }, 120_000);

  it('takes an image for a news item: refuses a wrong file with the reason, stores /media/…, the preview and the site show it', async () => {
    const news = entriesOf('news')[0];
    if (!news) throw new Error('The example content needs a news item.');
    const file = join(cms.contentDir, 'news', `${news.id}.md`);
    await page.goto(`${cms.url}/admin/#/collections/news/entries/${news.id}`);
    await page.reload();
    await page.getByText('Choisir une image', { exact: true }).click();
    const upload = page.locator('input[type="file"]');

    await upload.setInputFiles({ name: 'photo.heic', mimeType: 'image/heic', buffer: Buffer.alloc(2_000) });
    await page
      .getByRole('alert')
      .filter({ hasText: '« photo.heic » ne peut pas être utilisée : le site affiche les images PNG, JPEG, WebP, AVIF, SVG ou GIF.' })
      .waitFor({ timeout: 10_000 });
    await upload.setInputFiles({ name: 'lourde.png', mimeType: 'image/png', buffer: Buffer.concat([png(), Buffer.alloc(1_100_000)]) });
    await page.getByRole('alert').filter({ hasText: '« lourde.png » pèse 1,1 Mo : 1 Mo au plus' }).waitFor({ timeout: 10_000 });
    await upload.setInputFiles({ name: 'Potager Été.PNG', mimeType: 'image/png', buffer: png() });
    await page.getByText('potager-ete.png', { exact: true }).waitFor({ timeout: 10_000 });
    await page.getByText('Choisir les éléments sélectionnés', { exact: true }).click();

    // The preview shows the image before it is saved (Decap holds it until the entry is published).
    const preview = page.locator('iframe').first().contentFrame();
    await waitFor(
      async () => preview.locator('main img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 64),
      'the image in the preview',
      30_000,
    );
    await publish(page);
    await saved(page);
    await waitFor(async () => readFileSync(file, 'utf8').includes('image: /media/potager-ete.png'), 'the news file with its image', 30_000);
    expect(readFileSync(join(cms.publicDir, 'media', 'potager-ete.png')).equals(png())).toBe(true);
    expect(readdirSync(join(cms.publicDir, 'media')).sort()).toEqual(['logo.svg', 'potager-ete.png']);

    await waitFor(
      async () => (await (await fetch(`${cms.url}/annonces/${news.id}/`)).text()).includes('<img src="/media/potager-ete.png"'),
      'the image on the news page',
      60_000,
    );
    const served = await fetch(`${cms.url}/media/potager-ete.png`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png())).toBe(true);
  }, 180_000);

  it('previews a guide chapter with the cards its ::groupe lines place, as the site draws them', async () => {
    const chapter = entriesOf('pages').find((p) => p.data['kind'] === 'guide' && /^::groupe\{id=/m.test(p.body));
    if (!chapter) throw new Error('The example guide needs a chapter that places a group.');
    const ids = [...chapter.body.matchAll(/^::groupe\{id=([a-z0-9-]+)\}$/gm)].map((m) => m[1]);
    await page.goto(`${cms.url}/admin/#/collections/guide/entries/${chapter.id}`);
    await page.reload();
    const preview = page.locator('iframe').first().contentFrame();
    await preview.locator('.prose .placed-group').first().waitFor({ timeout: 60_000 });
    const placed = await preview.locator('.prose .placed-group .group-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(placed).toEqual(ids.map((id) => `/groupes/${id}/`));
    expect(await preview.locator('.prose').innerText()).not.toContain('::groupe');
  }, 120_000);

  it('inserts an image in a page’s text from the body editor', async () => {
    await page.goto(`${cms.url}/admin/#/collections/pages/entries/a-propos`);
    await page.reload();
    await page.getByTitle('Ajouter un composant').click();
    await page.getByText('Image', { exact: true }).last().click();
    await page.getByText('Choisir une image', { exact: true }).last().click();
    await page.getByText('potager-ete.png', { exact: true }).click();
    await page.getByText('Choisir les éléments sélectionnés', { exact: true }).click();
    await page.getByLabel(/^Description de l’image/).fill('Le potager de la coopérative');
    await publish(page);
    await saved(page);
    const file = join(cms.contentDir, 'pages', 'a-propos.md');
    await waitFor(
      async () => readFileSync(file, 'utf8').includes('![Le potager de la coopérative](/media/potager-ete.png)'),
      'the image in the page’s text',
      30_000,
    );
    await waitFor(async () => (await (await fetch(`${cms.url}/a-propos/`)).text()).includes('src="/media/potager-ete.png"'), 'the image on the page', 60_000);
  }, 120_000);

  it('edits a group’s rules in the text editor: only that paragraph’s line changes, the lists keep their « - »', async () => {
    const file = join(cms.contentDir, 'groups', 'annonces.md');
    const before = readFileSync(file, 'utf8');
    expect(before).toMatch(/^- /m);
    await page.goto(`${cms.url}/admin/#/collections/groups/entries/annonces`);
    await page.reload();
    await page.locator('[data-slate-editor="true"]').getByText('Ici, seuls les admins écrivent', { exact: false }).click();
    await page.keyboard.type(' Merci');
    await publish(page);
    await saved(page);
    const { removed, added } = changedLines(before, readFileSync(file, 'utf8'));
    expect(removed).toEqual([expect.stringMatching(/^Ici, seuls les admins écrivent/)]);
    expect(added).toEqual([expect.stringContaining(' Merci')]);
  }, 120_000);

  it('saves the settings with their comments; an emptied logo leaves the file', async () => {
    const file = join(cms.contentDir, 'settings', 'site.yaml');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('logo: /media/logo.svg\n');
    await page.goto(`${cms.url}/admin/#/collections/settings/entries/site`);
    await page.reload();
    const tagline = page.getByLabel('Description en une ligne', { exact: true });
    await tagline.fill('Une épicerie coopérative tenue par ses membres.');
    await page.getByText("Supprimer l'image", { exact: true }).click();
    await publish(page);
    await saved(page);
    await waitFor(async () => readFileSync(file, 'utf8') !== before, 'the settings saved', 30_000);
    const expected = before.replace(/^tagline: .*$/m, 'tagline: Une épicerie coopérative tenue par ses membres.').replace('logo: /media/logo.svg\n', '');
    expect(readFileSync(file, 'utf8')).toBe(expected);
  }, 120_000);

  it('builds what was saved above: the new group’s page and the new tagline are in the site', () => {
    const outDir = join(cms.root, 'dist');
    const build = buildSite({ contentDir: cms.contentDir, publicDir: cms.publicDir, outDir });
    expect(build.status, build.output).toBe(0);
    const group = readFileSync(join(outDir, 'groupes', 'cagette-velo-cargo', 'index.html'), 'utf8');
    expect(group).toContain('Cagette – Vélo-cargo');
    expect(group).toContain(signalLink);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Une épicerie coopérative tenue par ses membres.');
  }, 400_000);

  it('fits a phone: 390 px without sideways scrolling, every action in reach, the preview behind the eye, the link formats behind a disclosure', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      // A new browser profile: log in, and the phone starts with the form rather than the preview.
      await logIn(phone, cms.url);
      await phone.goto(`${cms.url}/admin/#/collections/groups/entries/annonces`);
      const name = phone.getByLabel('Nom du groupe', { exact: true });
      await name.waitFor({ timeout: 60_000 });
      const widths = () => phone.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, window: window.innerWidth }));
      expect(await widths()).toEqual({ page: 390, body: 390, window: 390 });
      // Every control of the toolbar and of the form is inside the screen.
      const outside = await phone.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#nc-root button, #nc-root input, #nc-root a, #nc-root [role="button"]')]
          .filter((element) => element.offsetParent !== null)
          .map((element) => ({ text: element.textContent?.trim() || element.getAttribute('aria-label') || element.id, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > 390)
          .map(({ text, box }) => `${text} (${Math.round(box.left)}–${Math.round(box.right)})`),
      );
      expect(outside).toEqual([]);
      await phone.getByRole('button', { name: "Supprimer l'entrée" }).waitFor();

      // The form first; the preview behind the eye button, full width; the form again.
      expect(await phone.locator('iframe').count()).toBe(0);
      await phone.getByTitle('Aperçu').click();
      const frame = phone.locator('iframe').first();
      await frame.waitFor();
      expect(Math.round((await frame.boundingBox())?.width ?? 0)).toBeGreaterThan(330);
      expect(await widths()).toEqual({ page: 390, body: 390, window: 390 });
      expect(await name.isVisible()).toBe(false);
      await phone.getByTitle('Aperçu').click();
      await name.waitFor();

      // The long list of invite-link formats is one tap away, not under every link.
      const formats = phone.locator('details.babillard-formats').first();
      expect(await formats.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
      await formats.locator('summary').click();
      await formats.getByText('https://signal.group/#…').waitFor();
      expect(await widths()).toEqual({ page: 390, body: 390, window: 390 });

      // And it saves from there: the publish menu opens in full, inside the screen.
      const file = join(cms.contentDir, 'groups', 'annonces.md');
      const before = readFileSync(file, 'utf8');
      await name.fill(`${await name.inputValue()} !`);
      await phone.getByRole('button', { name: 'Publier', exact: true }).click();
      const now = phone.getByText('Publier maintenant', { exact: true });
      await now.waitFor();
      const box = await now.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await now.click();
      await saved(phone);
      expect(changedLines(before, readFileSync(file, 'utf8')).added).toEqual([expect.stringMatching(/^name: .* !$/)]);
    } finally {
      await phone.close();
    }
  }, 120_000);
});

/** A 64 × 48 orange PNG. */
function png(): Buffer {
  const image = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([200, 120, 40, 255], i);
  return PNG.sync.write(image);
}
