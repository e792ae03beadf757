import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { launchBrowser } from '../support/browser';
import { outsideVitest, projectRoot } from '../support/build-site';
import { freePort, startLocalCms, waitFor, type LocalCms } from '../support/cms-server';
import { askBackend, cmsRequest, type Ask } from '../support/local-backend';
import { walkFiles } from '../support/pages';
import { backendPath, bundlePath } from '../../admin/local/paths';

/**
 * `npm start`'s local editing, for real: the site's dev server with the CMS's
 * backend inside it, over a scratch copy of content/ and public/. Who may
 * reach the backend, what it refuses, what /admin/ says after each change,
 * what it says when the backend is not there, and what `npm start` says when
 * it stops. Screenshots of the notices go to tests/.output/cms-local/.
 */

let cms: LocalCms;
let browser: Browser;
let secret = '';
const shots = join(projectRoot, 'tests/.output/cms-local');

/** Files an attacker would aim at, beside the scratch content/: CMS paths are relative to the folder that holds it. */
const sentinels: Record<string, string> = {
  'package.json': '{ "name": "sentinelle" }\n',
  'astro.config.mjs': 'export default {};\n',
  '.git/config': '[core]\n',
};
/** The repository's own files, which no request may reach either. */
const projectFiles = ['package.json', 'astro.config.mjs', 'admin/start.ts'];

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file of the scratch site and the repository files above, with a digest of their bytes. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(cms.root, full)] = digest(full);
    }
  };
  walk(cms.root);
  for (const file of projectFiles) files[`project:${file}`] = digest(join(projectRoot, file));
  return files;
}

const ask = (body: unknown, how?: Ask) => askBackend(cms.port, secret, body, how);

beforeAll(async () => {
  cms = await startLocalCms();
  for (const [path, text] of Object.entries(sentinels)) {
    mkdirSync(join(cms.root, path, '..'), { recursive: true });
    writeFileSync(join(cms.root, path), text);
  }
  // The secret as the admin page is handed it (and only the site's own address gets that page).
  const html = await (await fetch(`${cms.url}/admin/`)).text();
  const options = JSON.parse((/data-options="([^"]*)"/.exec(html)?.[1] ?? '{}').replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
    localBackend?: string;
  };
  secret = new URL(options.localBackend ?? 'http://x/').searchParams.get('key') ?? '';
  expect(secret.length).toBeGreaterThanOrEqual(40);
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the local backend of npm start answers only the site itself', () => {
  it('answers the admin page’s requests (same origin, secret)', async () => {
    expect((await ask({ action: 'info' })).status).toBe(200);
    expect((await ask({ action: 'info' }, { host: `localhost:${cms.port}`, origin: `http://localhost:${cms.port}` })).status).toBe(200);
  });

  it('refuses another origin, another Host, a missing or wrong secret, and writes nothing', async () => {
    const before = snapshot();
    const attempts: [string, Ask][] = [
      ['a page of another local server', { origin: 'http://localhost:8080' }],
      ['a page of another port', { origin: `http://127.0.0.1:${cms.port + 1}` }],
      ['a sandboxed frame', { origin: 'null' }],
      ['DNS rebinding', { host: `evil.example:${cms.port}`, origin: `http://evil.example:${cms.port}` }],
      ['another Host', { host: `evil.example:${cms.port}` }],
      ['no secret', { key: undefined }],
      ['a wrong secret', { key: 'pas-le-bon' }],
      ['a form (text/plain)', { type: 'text/plain' }],
    ];
    for (const [what, how] of attempts) {
      const answer = await ask(cmsRequest.persist('content/groups/intrus.md'), how);
      expect(answer.status, what).toBe(403);
      // No other origin may read the answer (the site's own may: Vite's CORS names it).
      expect([undefined, cms.url], what).toContain(answer.headers['access-control-allow-origin']);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses every path outside content/ entries and public/media/, even with the secret, and touches nothing', async () => {
    const before = snapshot();
    const paths = [
      'package.json',
      'astro.config.mjs',
      '.git/config',
      '..',
      '../package.json',
      'content/../package.json',
      'content/groups/%2e%2e/%2e%2e/astro.config.mjs',
      `${cms.root}/package.json`,
      `${projectRoot}package.json`,
      '/etc/passwd',
      'content/groups/a.markdown',
      'public/media/x.html',
    ];
    for (const path of paths) {
      for (const body of [cmsRequest.persist(path, 'pwned'), cmsRequest.read(path), cmsRequest.remove(path), cmsRequest.media(path, Buffer.from('pwned'))]) {
        const answer = await ask(body);
        expect(answer.status, `${body.action} ${path}`).toBe(403);
        expect(JSON.stringify(answer.json)).not.toMatch(/sentinelle|\[core\]|export default|"babillard"/);
      }
    }
    expect((await ask(cmsRequest.list('content', ''))).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it('gives /admin/ (which holds the secret) to no other Host, and lets no other origin read the dev server', async () => {
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: cms.port, path, headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('/admin/', `127.0.0.1:${cms.port}`)).toBe(200);
    for (const host of [`evil.example:${cms.port}`, 'localhost:1', `127.0.0.1:${cms.port + 1}`]) {
      for (const path of ['/admin/', '/admin', '/%61dmin/', '//admin/', '/ADMIN/']) expect(await status(path, host), `${host}${path}`).toBe(403);
    }
    // Nor may a page of another origin frame it (clickjacking).
    const admin = await fetch(`${cms.url}/admin/`);
    expect(admin.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(admin.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    for (const path of ['/admin/', '/@vite/client']) {
      const other = await fetch(`${cms.url}${path}`, { headers: { Origin: 'http://localhost:8080' } });
      expect(other.headers.get('access-control-allow-origin'), path).toBeNull();
      const own = await fetch(`${cms.url}${path}`, { headers: { Origin: cms.url } });
      expect([null, cms.url], path).toContain(own.headers.get('access-control-allow-origin'));
    }
  });
});

/** A fresh browser context on /admin/, logged in (the local backend needs no account), at the given width. */
async function openAdmin(width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Groupes de discussion' }).first().waitFor({ timeout: 60_000 });
  return { context, page };
}

describe('/admin/ under npm start', () => {
  // Must stay the first test to open a page: it is about the first page the dev server talks to.
  it('loads the first visit once: the page reload Vite kept from the start-up is not sent to it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const frames: string[] = [];
    cdp.on('Network.webSocketFrameReceived', ({ response }: { response: { payloadData: string } }) => frames.push(response.payloadData));
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.goto(`${cms.url}/admin/`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 60_000 });
    // The page asks for the check's state once the CMS runs: by its answer, a kept message has long come.
    await waitFor(async () => frames.some((frame) => frame.includes('babillard:content-check')), 'the content check state', 30_000);
    const reloads = frames.map((frame) => JSON.parse(frame) as { type: string; ifFallback?: boolean }).filter((m) => m.type === 'full-reload' && !m.ifFallback);
    expect(reloads).toEqual([]);
    expect(loads).toEqual([`${cms.url}/admin/`]);
    await context.close();
  }, 120_000);

  it('saves an entry to its file, then says the content was checked', async () => {
    const { context, page } = await openAdmin();
    await page.goto(`${cms.url}/admin/#/collections/categories/entries/vie-du-magasin`);
    const description = page.getByLabel('Description', { exact: true });
    await description.fill('Les arrivages, les bonnes affaires et les commandes groupées du jour.');
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('Publier maintenant', { exact: true }).click();
    const file = join(cms.contentDir, 'categories', 'vie-du-magasin.yaml');
    await waitFor(async () => readFileSync(file, 'utf8').includes('Les arrivages, les bonnes affaires'), 'the saved category', 30_000);
    await page.getByRole('status').filter({ hasText: fr['cms.local.ok'] }).waitFor({ timeout: 30_000 });
    await context.close();
  }, 120_000);

  it('reports a file broken outside the CMS at once, naming the file and the field', async () => {
    const event = join(cms.contentDir, 'events', '2026-12-08-reunion-groupe-communication.md');
    const text = readFileSync(event, 'utf8');
    for (const width of [1280, 390]) {
      const { context, page } = await openAdmin(width);
      writeFileSync(event, text.replace(/^organiser: .*$/m, 'organiser: groupe-communicatoin'));
      const notice = page.getByRole('alert').filter({ hasText: 'empêche de construire le site' });
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('content/events/2026-12-08-reunion-groupe-communication.md');
      expect(await notice.textContent()).toContain('champ « organiser »');
      expect(await notice.textContent()).toContain('« groupe-communicatoin »');
      await page.screenshot({ path: join(shots, `notice-problems-${width}.png`) });
      writeFileSync(event, text);
      await page.getByRole('status').filter({ hasText: fr['cms.local.ok'] }).waitFor({ timeout: 30_000 });
      await context.close();
    }
  }, 180_000);

  it('shows a problem already there when it opens', async () => {
    const category = join(cms.contentDir, 'categories', 'annonces.yaml');
    const text = readFileSync(category, 'utf8');
    writeFileSync(category, text.replace(/^name: .*$/m, 'name:'));
    try {
      const { context, page } = await openAdmin();
      const notice = page.getByRole('alert').filter({ hasText: 'content/categories/annonces.yaml' });
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('champ « name »');
      await context.close();
    } finally {
      writeFileSync(category, text);
    }
  }, 120_000);

  it('refuses to delete a group an event names as organiser, and says which event', async () => {
    const group = join(cms.contentDir, 'groups', 'groupe-accueil.md');
    const referring = readdirSync(join(cms.contentDir, 'events')).filter((name) =>
      /^organiser: groupe-accueil$/m.test(readFileSync(join(cms.contentDir, 'events', name), 'utf8')),
    );
    expect(referring.length).toBeGreaterThan(0);
    for (const width of [1280, 390]) {
      const { context, page } = await openAdmin(width);
      await page.goto(`${cms.url}/admin/#/collections/groups/entries/groupe-accueil`);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: /^Supprimer l.entrée/ }).click({ timeout: 60_000 });
      const notice = page.getByRole('alert').filter({ hasText: fr['cms.local.refusal.title'] });
      await notice.waitFor({ timeout: 30_000 });
      const said = (await notice.textContent()) ?? '';
      expect(said).toContain('Supprimer « Cagette – GT Accueil »');
      for (const name of referring) expect(said).toContain(`(content/events/${name}, champ « organiser »)`);
      await page.screenshot({ path: join(shots, `notice-refused-${width}.png`) });
      expect(existsSync(group)).toBe(true);
      await context.close();
    }
  }, 180_000);

  it('says in French to start npm start again when its backend does not answer', async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const page = await context.newPage();
      await page.route('**/__babillard/cms?**', (route) => route.abort('connectionrefused'));
      await page.goto(`${cms.url}/admin/`);
      await page.getByRole('alert').filter({ hasText: fr['cms.local.down'] }).waitFor({ timeout: 60_000 });
      expect(await page.getByText('Error loading the CMS configuration').count()).toBe(0);
      await page.screenshot({ path: join(shots, `backend-down-${width}.png`) });
      await context.close();
    }
  }, 120_000);

  it('says what `npm start` stopped for, when its program is killed, and stops', async () => {
    const children = readFileSync(`/proc/${cms.process.pid}/task/${cms.process.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
    expect(children).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => cms.process.once('exit', resolve));
    process.kill(children[0] as number, 'SIGKILL');
    expect(await exited).not.toBe(0);
    expect(cms.output()).toContain('Babillard s’est arrêté : le site et son CMS (astro dev) ne tourne plus, il a été arrêté par le signal SIGKILL');
  }, 60_000);
});

describe('the built site', () => {
  it('has no local backend: its /admin/ talks to the git host only', () => {
    const dist = inject('distDir');
    const files = walkFiles(dist).filter((file) => /\.(html|js|json)$/.test(file));
    expect(files.some((file) => file.startsWith('admin/'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const trace of [backendPath, bundlePath, 'BABILLARD_LOCAL_SECRET']) expect(text.includes(trace), `${trace} in ${file}`).toBe(false);
    }
  });
});

/** Runs a program of the project with the test runner's variables removed, as `npm` would. */
function run(args: string[], env: Record<string, string>) {
  const child = spawn(join(projectRoot, 'node_modules/.bin/node'), args, {
    cwd: projectRoot,
    env: { ...outsideVitest(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exit: new Promise<number | null>((resolve) => child.once('exit', resolve)) };
}

describe('when npm start cannot run, or is not the one running', () => {
  it('says which port is taken, and stops', async () => {
    const port = await freePort();
    const holder = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    try {
      const start = run(['admin/start.ts'], { BABILLARD_PORT: String(port), BABILLARD_CONTENT_DIR: cms.contentDir, BABILLARD_PUBLIC_DIR: cms.publicDir });
      expect(await start.exit).not.toBe(0);
      expect(start.output()).toContain(
        `Babillard s’est arrêté : le site et son CMS (astro dev) ne tourne plus, le port ${port} est déjà pris par un autre programme`,
      );
    } finally {
      holder.close();
    }
  }, 120_000);

  it('says in French, under `npm run dev`, to use npm start', async () => {
    const port = await freePort();
    const astro = join(projectRoot, 'node_modules/.bin/astro');
    const dev = run([astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      NODE_ENV: 'development',
      ASTRO_TELEMETRY_DISABLED: '1',
      BABILLARD_PORT: String(port),
      BABILLARD_CONTENT_DIR: cms.contentDir,
      BABILLARD_PUBLIC_DIR: cms.publicDir,
    });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/admin/`)).ok, `astro dev\n${dev.output()}`, 180_000);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.goto(`http://127.0.0.1:${port}/admin/`, { timeout: 180_000 });
        await page.getByText(fr['cms.local.noBackend'], { exact: true }).waitFor({ timeout: 180_000 });
        expect(await page.getByText('Error loading the CMS configuration').count()).toBe(0);
        // Said at once: Decap, useless without the backend, is not loaded (through Vite, it is 200 modules).
        expect(requested.filter((url) => /decap|react/i.test(url))).toEqual([]);
        await page.screenshot({ path: join(shots, `npm-run-dev-${width}.png`) });
        await page.close();
      }
    } finally {
      dev.child.kill('SIGTERM');
      await dev.exit;
    }
  }, 400_000);
});
