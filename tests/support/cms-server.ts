import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleReadyPath } from '../../admin/local/paths.ts';
import { outsideVitest, projectRoot } from './build-site.ts';
import { freePort } from './free-port.ts';

export { freePort };

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export interface LocalCms {
  /** The site, e.g. http://127.0.0.1:41234 (the CMS is at /admin/). */
  url: string;
  port: number;
  /** The scratch copy: `<root>/content` and `<root>/public` are what the CMS edits. */
  root: string;
  contentDir: string;
  publicDir: string;
  /** The `npm start` process (admin/start.ts). */
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `npm start` (admin/start.ts) over a scratch copy of content/ and public/,
 * on a free port: the CMS writes there, never into the repository's own folders.
 * Resolves once the CMS bundle is ready (the first visit to /admin/ is then fast).
 */
export async function startLocalCms({ port }: { port?: number } = {}): Promise<LocalCms> {
  const root = mkdtempSync(join(tmpdir(), 'babillard-cms-'));
  const contentDir = join(root, 'content');
  const publicDir = join(root, 'public');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  cpSync(join(projectRoot, 'public'), publicDir, { recursive: true });
  const sitePort = port ?? (await freePort());
  let log = '';
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules/.bin/node'), ['admin/start.ts'], {
    cwd: projectRoot,
    env: { ...outsideVitest(), BABILLARD_CONTENT_DIR: contentDir, BABILLARD_PUBLIC_DIR: publicDir, BABILLARD_PORT: String(sitePort) },
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
    await waitFor(async () => child.exitCode !== null || (await fetch(`${url}/admin/`)).ok, `the site on ${url}`, 180_000);
    // Answers once the bundle is built (the request waits for it).
    if (child.exitCode === null) await waitFor(async () => child.exitCode !== null || (await fetch(`${url}${bundleReadyPath}`)).ok, 'the CMS bundle', 180_000);
    if (child.exitCode !== null) throw new Error('npm start stopped');
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`, { cause: error });
  }
  return { url, port: sitePort, root, contentDir, publicDir, process: child, output: () => log, stop };
}

/** Resolves once `check` holds, polling every tenth of a second (for files and pages the dev server updates). */
export { waitFor };
