/**
 * The CMS bundle is the same for a given version of the code: Decap, React
 * and our admin code, built by `admin/local/build-bundle.ts` (about 5 s).
 * Built bundles are kept in node_modules/.cache/babillard/, one folder per
 * version and use (`admin-build-<key>` for `astro build`, `admin-dev-<key>`
 * for `npm start`), so that the next build, the next `npm start` and every
 * test that starts one reuse it. A folder appears whole (built aside, then
 * renamed), so runs side by side never read half a bundle.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The cache of built bundles. */
export const bundleCache = (root: string) => join(root, 'node_modules/.cache/babillard');

/** Files whose change calls for a new bundle: the CMS, the site code it imports, the installed packages. */
export function codeKey(root: string): string {
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

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
};

/**
 * Older versions of one use, beyond the `keep` most recent (each is a few MB,
 * and the code moves on), and the half-built folders of runs that stopped.
 */
function prune(cache: string, prefix: string, keep: number): void {
  const names = readdirSync(cache);
  for (const name of names) {
    // A half-built folder (`<prefix><key>.<pid>`), or a bundle `npm start` kept per run before bundles were cached (`admin-<pid>`).
    const pid = Number((name.startsWith(prefix) ? /^[0-9a-f]{16}\.(\d+)$/.exec(name.slice(prefix.length)) : /^admin-(\d+)$/.exec(name))?.[1]);
    if (pid && !running(pid)) rmSync(join(cache, name), { recursive: true, force: true });
  }
  const versions = names
    .filter((name) => name.startsWith(prefix) && /^[0-9a-f]{16}$/.test(name.slice(prefix.length)))
    .map((name) => ({ name, time: statSync(join(cache, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of versions.slice(keep)) rmSync(join(cache, name), { recursive: true, force: true });
}

export interface CachedBundle {
  /** The folder holding the bundle's files. */
  folder: string;
  /** The project files it was built from. */
  sources: string[];
}

/**
 * The bundle of this version of the code for `use`, served from `base`:
 * taken from the cache, or built into it first.
 */
export async function cachedBundle(root: string, use: 'build' | 'dev', base: string, key = codeKey(root)): Promise<CachedBundle> {
  const cache = bundleCache(root);
  mkdirSync(cache, { recursive: true });
  const prefix = `admin-${use}-`;
  const target = join(cache, `${prefix}${key}`);
  const bundle = join(target, 'bundle');
  const sourcesFile = join(target, 'sources.json');
  if (existsSync(sourcesFile)) return { folder: bundle, sources: JSON.parse(readFileSync(sourcesFile, 'utf8')) as string[] };

  const building = `${target}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'admin/local/build-bundle.ts'), join(building, 'bundle'), base], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(errors.trim() || `the CMS bundle build stopped with code ${String(code)}`);
  }
  const sources = JSON.parse(out) as string[];
  writeFileSync(join(building, 'sources.json'), JSON.stringify(sources));
  // Another run may have finished the same bundle meanwhile: either copy is the same code.
  if (existsSync(sourcesFile)) rmSync(building, { recursive: true, force: true });
  else {
    rmSync(target, { recursive: true, force: true });
    renameSync(building, target);
  }
  prune(cache, prefix, 3);
  return { folder: bundle, sources };
}
