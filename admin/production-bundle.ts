import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The CMS bundle of a built site. Decap and React are most of a build's
 * bundling time (about 5 s of a 100-entry build), yet they only change when
 * the code does: the bundle is built once per version of the code, in a
 * program of its own that runs while Astro renders the pages, and kept in
 * node_modules/.cache/babillard/ for the next builds (a content change, the
 * nightly rebuild). The admin page's script only loads it, from /admin/cms/.
 */

/** Where the bundle is served from in `dist/`. */
export const adminBundleBase = '/admin/cms/';

/** Files whose change calls for a new bundle: the CMS, the site code it imports, the installed packages. */
function codeKey(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(root, full)).update(readFileSync(full));
    }
  };
  for (const folder of ['admin', 'src']) walk(join(root, folder));
  for (const file of ['package-lock.json', 'tsconfig.json']) if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  hash.update(process.version);
  return hash.digest('hex').slice(0, 16);
}

/** Builds the bundle into `target` unless a previous build left it there. */
function ensureBundle(root: string, target: string): Promise<void> {
  if (existsSync(join(target, 'main.js'))) return Promise.resolve();
  const building = `${target}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'admin/local/build-bundle.ts'), building, adminBundleBase], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(errors.trim() || `the CMS bundle build stopped with code ${String(code)}`));
        return;
      }
      // Another build may have finished the same bundle meanwhile: either copy is the same code.
      if (existsSync(target)) rmSync(building, { recursive: true, force: true });
      else renameSync(building, target);
      resolve();
    });
  });
}

/** The admin page's `import '../../../admin/main'` becomes a load of the prepared bundle. */
function loadPrepared(root: string, entry: string): Plugin {
  const main = join(root, 'admin/main.ts');
  return {
    name: 'babillard:admin-bundle',
    enforce: 'pre',
    resolveId: (id) => (id === entry ? { id, external: true } : undefined),
    load(id) {
      if (this.environment.name !== 'client' || id.split('?')[0] !== main) return undefined;
      return `import(${JSON.stringify(entry)});\n`;
    },
  };
}

export function adminProductionBundle(): AstroIntegration {
  let ready: Promise<void> | undefined;
  let folder = '';
  return {
    name: 'babillard:admin-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        const key = codeKey(root);
        const cache = join(root, 'node_modules/.cache/babillard');
        mkdirSync(cache, { recursive: true });
        folder = join(cache, `admin-build-${key}`);
        // Started now, it runs on the second core while Astro renders the pages.
        ready = ensureBundle(root, folder);
        ready.catch(() => undefined);
        updateConfig({ vite: { plugins: [loadPrepared(root, `${adminBundleBase}main.js?v=${key}`)] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!ready) return;
        await ready;
        cpSync(folder, join(fileURLToPath(dir), adminBundleBase), { recursive: true });
      },
    },
  };
}
