import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site';
import { overlayFolder } from '../support/fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The base fixture site, built once for every build test that only reads it. */
    baseBuild: { outDir: string; status: number; output: string };
  }
}

/**
 * Builds the base fixture once per run, the way a co-op that downloaded an
 * archive would (its content is outside any git checkout) and without the
 * members' passphrase; the build tests that need that site read it from here.
 */
export default function setup(project: TestProject) {
  const scratch = mkdtempSync(join(tmpdir(), 'babillard-base-'));
  const content = overlayFolder();
  const outDir = join(scratch, 'dist');
  const { status, output } = buildSite({ contentDir: content.dir, publicDir: content.publicDir, outDir, env: { BABILLARD_MEMBERS_PASSPHRASE: '' } });
  content.remove();
  project.provide('baseBuild', { outDir, status, output });
  return () => rmSync(scratch, { recursive: true, force: true });
}
