import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localAccessRules } from '../../admin/local/access';
import { localBackend } from '../../admin/local/backend';
import { siteOrigins } from '../../admin/local/paths';
import { siteFiles } from '../../src/integrations/content-guard';
import { askBackend, cmsRequest, type Ask } from '../support/local-backend';

/**
 * The local backend of `npm start` over a scratch site, on a plain Node
 * server: who may ask, which paths it refuses (and that a refused request
 * leaves every file as it was), what it writes, and the writes it refuses
 * because they would break other entries.
 */

const fixture = new URL('../fixtures/base-content', import.meta.url).pathname;
const secret = 'un-secret-de-test-assez-long-0123456789';
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let scratch: string;
let server: Server;
let port: number;
let refusals: string[];

/** Every file under the scratch folder (and the sentinels beside content/), with its bytes. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(full);
      else files.set(relative(scratch, full), stat ? readFileSync(full, 'base64') : '(link)');
    }
  };
  walk(scratch);
  return files;
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'babillard-backend-'));
  cpSync(fixture, join(scratch, 'site', 'content'), { recursive: true });
  mkdirSync(join(scratch, 'site', 'public', 'media'), { recursive: true });
  // What an attacker would aim at, beside content/: the CMS's paths are relative to the folder that holds it.
  writeFileSync(join(scratch, 'site', 'package.json'), '{ "name": "sentinelle" }\n');
  writeFileSync(join(scratch, 'site', 'astro.config.mjs'), 'export default {};\n');
  mkdirSync(join(scratch, 'site', '.git'));
  writeFileSync(join(scratch, 'site', '.git', 'config'), '[core]\n');
  writeFileSync(join(scratch, 'secret.txt'), 'hors du site\n');
  refusals = [];
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  server = createServer((req, res) => {
    const site = join(scratch, 'site');
    const handle = localBackend({
      contentDir: join(site, 'content'),
      publicDir: join(site, 'public'),
      rules: localAccessRules(),
      origins: siteOrigins(port),
      secret,
      readSite: () => siteFiles(join(site, 'content'), join(site, 'public')),
      onRefusal: (message) => refusals.push(message),
    });
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ask = (body: unknown, how?: Ask) => askBackend(port, secret, body, how);
const { persist, media } = cmsRequest;
const newGroup = `---
name: Test – Vélo
category: general
purpose: Prêter le vélo-cargo.
audience: [tous]
posting: everyone
admins: [Alix, Bao]
access: open
links:
  - platform: signal
    url: https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh
reviewed: 2026-10-01
---
`;

describe('the local backend answers only the site’s own page', () => {
  it('answers the site’s page with this run’s secret', async () => {
    const answer = await ask({ action: 'info' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ publish_modes: ['simple'], type: 'local_fs' });
    const listing = await ask(
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/groups', extension: 'md', depth: 1 } },
      { host: `localhost:${port}`, origin: `http://localhost:${port}` },
    );
    expect(listing.status).toBe(200);
    expect((listing.json as unknown as { file: { path: string } }[]).map((e) => e.file.path)).toEqual([
      'content/groups/accueil.md',
      'content/groups/annonces.md',
    ]);
  });

  it.each<[string, Ask]>([
    ['another origin on localhost', { origin: 'http://localhost:8080' }],
    ['another port of 127.0.0.1', { origin: 'http://127.0.0.1:1' }],
    ['an opaque origin (sandboxed frame, file:)', { origin: 'null' }],
    ['no origin at all', { origin: undefined }],
    ['https on the same address', { origin: `https://127.0.0.1:${port}` }],
    ['another Host (DNS rebinding)', { host: `evil.example:${port}`, origin: `http://evil.example:${port}` }],
    ['another Host with the site’s origin', { host: `evil.example:${port}` }],
    ['the address of another port', { host: '127.0.0.1:1', origin: 'http://127.0.0.1:1' }],
    ['no secret', { key: undefined }],
    ['a wrong secret', { key: `${secret.slice(0, -1)}x` }],
    ['a secret of another length', { key: 'court' }],
    ['a form post (text/plain, no preflight)', { type: 'text/plain' }],
    ['a GET', { method: 'GET' }],
    ['a preflight', { method: 'OPTIONS' }],
  ])('refuses %s with 403, touching nothing', async (_what, how) => {
    const before = snapshot();
    const answer = await ask(persist('content/groups/intrus.md', newGroup), how);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.json.error).toMatch(/^Requête refusée/);
    expect(snapshot()).toEqual(before);
  });

  it('says why in French: a page from an earlier run is told to reload', async () => {
    expect((await ask({ action: 'info' }, { key: 'ancien' })).json.error).toBe(
      'Requête refusée : cette page du CMS vient d’un lancement précédent de « npm start ». Rechargez la page.',
    );
  });
});

describe('the local backend touches only entries and media', () => {
  const outside = [
    'package.json',
    'astro.config.mjs',
    '.git/config',
    '..',
    '../secret.txt',
    'content/../package.json',
    'content/groups/../../astro.config.mjs',
    'content/groups/%2e%2e/%2e%2e/package.json',
    '%2e%2e/secret.txt',
    '/etc/passwd',
    'content/groups/accueil.md/../../../package.json',
    'content\\groups\\..\\..\\package.json',
    'content/groups/intrus.markdown',
    'content/groups/sous/intrus.md',
    'content/_brouillons/intrus.md',
    'public/media/page.html',
    'public/media/../../package.json',
  ];

  it.each(outside)('refuses to write, read or delete %j (403), touching nothing', async (path) => {
    const before = snapshot();
    for (const body of [
      persist(path),
      { action: 'getEntry', params: { branch: 'main', path } },
      { action: 'entriesByFiles', params: { branch: 'main', files: [{ path }] } },
      { action: 'getMediaFile', params: { branch: 'main', path } },
      media(path, png),
      { action: 'deleteFile', params: { branch: 'main', path, options: { commitMessage: 'x' } } },
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/groups/accueil.md', path], options: { commitMessage: 'x' } } },
    ]) {
      const answer = await ask(body);
      expect(answer.status, `${body.action} ${path}`).toBe(403);
      expect(JSON.stringify(answer.json)).not.toMatch(/sentinelle|\[core\]|hors du site|export default/);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a write naming an absolute path inside the site', async () => {
    const before = snapshot();
    expect((await ask(persist(join(scratch, 'site', 'content', 'groups', 'intrus.md'), newGroup))).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an allowed file beside a refused one: nothing of the request is written', async () => {
    const before = snapshot();
    const body = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [
          { slug: 'a', path: 'content/groups/velo.md', raw: newGroup },
          { slug: 'b', path: 'astro.config.mjs', raw: 'pwned' },
        ],
        assets: [],
        options: { commitMessage: 'x' },
      },
    };
    expect((await ask(body)).status).toBe(403);
    const renamed = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'a', path: 'content/groups/accueil.md', newPath: '../package.json', raw: newGroup },
        assets: [],
        options: { commitMessage: 'x' },
      },
    };
    expect((await ask(renamed)).status).toBe(403);
    const withAsset = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'a', path: 'content/groups/velo.md', raw: newGroup },
        assets: [{ path: '.git/hooks/pre-commit.png', content: 'eA==', encoding: 'base64' }],
        options: { commitMessage: 'x' },
      },
    };
    expect((await ask(withAsset)).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it('lists only what the build reads, never a whole folder of another kind', async () => {
    writeFileSync(join(scratch, 'site', 'content', 'groups', 'notes.txt'), 'notes');
    for (const [folder, extension] of [
      ['content', ''],
      ['content/groups', ''],
      ['content/groups', 'txt'],
      ['.git', ''],
      ['content/..', 'json'],
    ]) {
      expect((await ask({ action: 'entriesByFolder', params: { branch: 'main', folder, extension, depth: 10 } })).status, `${folder} ${extension}`).toBe(403);
    }
    expect((await ask({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public' } })).status).toBe(403);
  });

  it.each([
    'unpublishedEntries',
    'unpublishedEntry',
    'deleteUnpublishedEntry',
    'publishUnpublishedEntry',
    'updateUnpublishedEntryStatus',
    'addNote',
    'exec',
    '',
  ])('refuses the action %j', async (action) => {
    expect((await ask({ action, params: { branch: 'main' } })).status).toBe(403);
  });

  it('follows no symbolic link, in or out of content/', async () => {
    const site = join(scratch, 'site');
    symlinkSync(join(site, 'package.json'), join(site, 'content', 'groups', 'lien.md'));
    symlinkSync(join(scratch, 'secret.txt'), join(site, 'public', 'media', 'lien.png'));
    const before = snapshot();
    expect((await ask({ action: 'getEntry', params: { branch: 'main', path: 'content/groups/lien.md' } })).status).toBe(403);
    expect((await ask({ action: 'getMediaFile', params: { branch: 'main', path: 'public/media/lien.png' } })).status).toBe(403);
    expect((await ask(persist('content/groups/lien.md', newGroup))).status).toBe(403);
    expect((await ask(media('public/media/lien.png', png))).status).toBe(403);
    const listing = await ask({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/groups', extension: 'md', depth: 1 } });
    expect(JSON.stringify(listing.json)).not.toContain('lien.md');
    const images = await ask({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/media' } });
    expect(JSON.stringify(images.json)).not.toContain('lien.png');
    expect(snapshot()).toEqual(before);
  });

  it('writes through no linked folder either', async () => {
    const site = join(scratch, 'site');
    const elsewhere = join(scratch, 'ailleurs');
    mkdirSync(elsewhere);
    rmSync(join(site, 'public', 'media'), { recursive: true });
    symlinkSync(elsewhere, join(site, 'public', 'media'));
    expect((await ask(media('public/media/affiche.png', png))).status).toBe(403);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('the local backend saves what the CMS sends', () => {
  it('writes an entry, reads it back, and deletes an entry nothing refers to', async () => {
    expect((await ask(persist('content/groups/velo.md', newGroup))).status).toBe(200);
    expect(readFileSync(join(scratch, 'site', 'content', 'groups', 'velo.md'), 'utf8')).toBe(newGroup);
    const read = await ask({ action: 'getEntry', params: { branch: 'main', path: 'content/groups/velo.md' } });
    expect(read.json).toMatchObject({ data: newGroup, file: { path: 'content/groups/velo.md' } });
    expect((await ask({ action: 'deleteFiles', params: { branch: 'main', paths: ['content/groups/velo.md'], options: { commitMessage: 'x' } } })).status).toBe(
      200,
    );
    expect(existsSync(join(scratch, 'site', 'content', 'groups', 'velo.md'))).toBe(false);
  });

  it('writes an image into public/media/, and lists it', async () => {
    const answer = await ask(media('public/media/affiche.png', png));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ path: 'public/media/affiche.png', name: 'affiche.png', encoding: 'base64' });
    expect(readFileSync(join(scratch, 'site', 'public', 'media', 'affiche.png'))).toEqual(png);
    const images = await ask({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/media' } });
    expect((images.json as unknown as { path: string }[]).map((i) => i.path)).toEqual(['public/media/affiche.png']);
  });

  it('refuses an image the build would refuse, with the build’s reason, and writes nothing', async () => {
    const before = snapshot();
    const big = await ask(media('public/media/grande.png', Buffer.alloc(1_000_001)));
    expect(big.status).toBe(422);
    expect(big.json.error).toContain('au-delà de 1 Mo');
    const svg = await ask(media('public/media/logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')));
    expect(svg.status).toBe(422);
    expect(svg.json.error).toContain('elle contient un script');
    expect(snapshot()).toEqual(before);
  });
});

describe('a write that would break other entries is refused, naming them', () => {
  it('keeps a group an event names as organiser, and says which event', async () => {
    const before = snapshot();
    const answer = await ask({ action: 'deleteFiles', params: { branch: 'main', paths: ['content/groups/accueil.md'], options: { commitMessage: 'x' } } });
    expect(answer.status).toBe(409);
    expect(answer.json.error).toBe(
      'Supprimer « Test – Accueil » casserait 1 fiche qui le nomme encore : « Réunion mensuelle » (content/events/2026-12-05-reunion.md, champ « organiser »). Modifiez d’abord cette fiche (ou supprimez-la), puis recommencez.',
    );
    expect(refusals).toEqual([answer.json.error]);
    expect(snapshot()).toEqual(before);
  });

  it('keeps a category groups use', async () => {
    const answer = await ask({ action: 'deleteFile', params: { branch: 'main', path: 'content/categories/general.yaml', options: { commitMessage: 'x' } } });
    expect(answer.status).toBe(409);
    expect(answer.json.error).toContain('casserait 2 fiches qui le nomment encore');
    expect(answer.json.error).toContain('(content/groups/accueil.md, champ « category »)');
    expect(answer.json.error).toContain('(content/groups/annonces.md, champ « category »)');
  });

  it('keeps an event type in the settings while an event uses it', async () => {
    const file = join(scratch, 'site', 'content', 'settings', 'site.yaml');
    const settings = readFileSync(file, 'utf8');
    const withoutReunion = settings.replace(/^ {2}- \{ id: reunion.*\n/m, '');
    expect(withoutReunion).not.toBe(settings);
    const answer = await ask(persist('content/settings/site.yaml', withoutReunion));
    expect(answer.status).toBe(409);
    expect(answer.json.error).toBe(
      'cet enregistrement casserait 1 autre fiche : « Réunion mensuelle » (content/events/2026-12-05-reunion.md, champ « type »). Modifiez d’abord cette fiche, ou gardez ce qu’elle utilise.',
    );
    expect(readFileSync(file, 'utf8')).toBe(settings);
  });

  it('keeps an image a page shows', async () => {
    expect((await ask(media('public/media/ouverture.png', png))).status).toBe(200);
    const news = join(scratch, 'site', 'content', 'news', '2026-11-01-ouverture.md');
    writeFileSync(news, readFileSync(news, 'utf8').replace('tags: [site]', 'tags: [site]\nimage: /media/ouverture.png'));
    const answer = await ask({ action: 'deleteFiles', params: { branch: 'main', paths: ['public/media/ouverture.png'], options: { commitMessage: 'x' } } });
    expect(answer.status).toBe(409);
    expect(answer.json.error).toContain('« Ouverture du site » (content/news/2026-11-01-ouverture.md, champ « image »)');
    expect(existsSync(join(scratch, 'site', 'public', 'media', 'ouverture.png'))).toBe(true);
  });

  it('lets a save through when the problem is in the saved file itself (the notice reports it)', async () => {
    const answer = await ask(persist('content/groups/velo.md', newGroup.replace('category: general', 'category: inconnue')));
    expect(answer.status).toBe(200);
  });
});
