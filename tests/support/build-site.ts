import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);

/** What Vitest adds to its workers' environment: `import.meta.env`'s values, as variables, and its own. */
const vitestVariables = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment a program of the project gets from `npm`, not from the test
 * runner: with Vitest's DEV=1 a build's pages believe they run in `astro dev`,
 * with its NODE_ENV=test development-only code (the CMS's local backend) turns on.
 */
export function outsideVitest(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith('VITEST') && !vitestVariables.has(entry[0]),
    ),
  );
}

export interface BuildResult {
  status: number;
  output: string;
}

/**
 * Runs the real `astro build` (which ends with Pagefind and the members-only sweep) over a
 * content folder into an output folder, with the clock pinned.
 */
export function buildSite({
  contentDir,
  outDir,
  publicDir,
  now = '2026-11-21T12:00:00Z',
  env = {},
}: {
  contentDir: string;
  outDir: string;
  publicDir?: string;
  now?: string;
  env?: Record<string, string>;
}): BuildResult {
  // `--force`: Astro's content cache outlives a build and keeps entries (with their file
  // paths) from whatever content folder the previous build or dev server used.
  const environment = {
    ...outsideVitest(),
    NODE_ENV: 'production',
    BABILLARD_CONTENT_DIR: contentDir,
    BABILLARD_OUT_DIR: outDir,
    BABILLARD_NOW: now,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(publicDir ? { BABILLARD_PUBLIC_DIR: publicDir } : {}),
    ...env,
  };
  const astro = spawnSync(bin('astro'), ['build', '--silent', '--force'], { cwd: projectRoot, env: environment, encoding: 'utf8' });
  const output = `${astro.stdout}${astro.stderr}`;
  return { status: astro.status ?? 1, output };
}
