import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);

export interface BuildResult {
  status: number;
  output: string;
}

/**
 * Runs the real `astro build` (and Pagefind, like `npm run build`) over a
 * content folder into an output folder, with the clock pinned.
 */
export function buildSite({ contentDir, outDir, now = '2026-11-21T12:00:00Z', env = {} }: { contentDir: string; outDir: string; now?: string; env?: Record<string, string> }): BuildResult {
  // `--force`: Astro's content cache outlives a build and keeps entries (with their file
  // paths) from whatever content folder the previous build or dev server used.
  // A build as `npm run build` makes it: the test runner's NODE_ENV=test and VITEST* variables
  // would turn on development-only code (the CMS's local backend) in the output.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const environment = { ...inherited, NODE_ENV: 'production', BABILLARD_CONTENT_DIR: contentDir, BABILLARD_OUT_DIR: outDir, BABILLARD_NOW: now, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  const astro = spawnSync(bin('astro'), ['build', '--silent', '--force'], { cwd: projectRoot, env: environment, encoding: 'utf8' });
  const output = `${astro.stdout}${astro.stderr}`;
  if (astro.status !== 0) return { status: astro.status ?? 1, output };
  const pagefind = spawnSync(bin('pagefind'), ['--site', outDir, '--silent'], { cwd: projectRoot, env: environment, encoding: 'utf8' });
  return { status: pagefind.status ?? 1, output: `${output}${pagefind.stdout}${pagefind.stderr}` };
}
