import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../support/build-site';
import { serve } from '../support/serve';

/** The example content's passphrase, as in the README and `npm start`. */
export const demoPassphrase = 'tilleuls en fleurs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

/** Builds the example site once, serves it, and hands its address to the browser tests. */
export default async function setup(project: TestProject) {
  const outDir = join(projectRoot, 'tests/.output/example');
  rmSync(outDir, { recursive: true, force: true });
  const result = buildSite({ contentDir: 'content', outDir, env: { BABILLARD_MEMBERS_PASSPHRASE: demoPassphrase } });
  if (result.status !== 0) throw new Error(`The example site did not build:\n${result.output}`);
  const server = await serve(outDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
  return server.close;
}
