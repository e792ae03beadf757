import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export interface LocalCms {
  /** The site, e.g. http://127.0.0.1:41234 (the CMS is at /admin/). */
  url: string;
  /** The scratch copy: `<root>/content` and `<root>/public` are what the CMS edits. */
  root: string;
  contentDir: string;
  publicDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `npm start` (admin/start.ts) over a scratch copy of content/ and public/, on
 * free ports: the CMS writes there, never into the repository's own folders.
 */
export async function startLocalCms(): Promise<LocalCms> {
  const root = mkdtempSync(join(tmpdir(), 'babillard-cms-'));
  const contentDir = join(root, 'content');
  const publicDir = join(root, 'public');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  cpSync(join(projectRoot, 'public'), publicDir, { recursive: true });
  const [sitePort, decapPort] = [await freePort(), await freePort()];
  let log = '';
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules/.bin/node'), ['admin/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, BABILLARD_CONTENT_DIR: contentDir, BABILLARD_PUBLIC_DIR: publicDir, BABILLARD_PORT: String(sitePort), BABILLARD_DECAP_PORT: String(decapPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${sitePort}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await fetch(`${url}/admin/`)).ok, `the site on ${url}\n${log}`, 180_000);
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${decapPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok,
      'decap-server',
      60_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, root, contentDir, publicDir, output: () => log, stop };
}

/** Resolves once `check` holds, polling every half second (for files and pages the dev server updates). */
export { waitFor };
