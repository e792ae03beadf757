import { spawnSync } from 'node:child_process';
import type { GitRunner } from '../lib/last-updated';

/**
 * A git runner in `cwd` for src/lib/last-updated.ts: undefined (never a throw)
 * when git is not installed or the folder is not in a checkout, e.g. a site
 * built from a downloaded archive.
 */
export function gitIn(cwd: string): GitRunner {
  return (args) => {
    try {
      const result = spawnSync('git', [...args], { cwd, encoding: 'utf8', timeout: 20_000 });
      return result.status === 0 ? result.stdout : undefined;
    } catch {
      return undefined;
    }
  };
}
