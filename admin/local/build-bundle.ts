/**
 * Builds the CMS bundle into a folder, as a program of its own
 * (`node admin/local/build-bundle.ts <folder> [base]`): for `npm start` (served
 * under `bundlePath`) and for `astro build` (under /admin/cms/). A production build, with
 * NODE_ENV=production, away from the dev server's process and its
 * development settings. Prints the project files it was built from, as JSON,
 * so the dev server knows which changes call for a new build.
 */
import { sep } from 'node:path';
import { build, type Rolldown } from 'vite';
import { bundlePath } from './paths.ts';

const [outDir, base = bundlePath] = process.argv.slice(2);
if (!outDir) throw new Error('usage: node admin/local/build-bundle.ts <folder> [base]');
const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

const output = (await build({
  configFile: false,
  root,
  base,
  mode: 'production',
  publicDir: false,
  logLevel: 'error',
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 100_000,
    rolldownOptions: { input: { main: `${root}/admin/main.ts` }, output: { entryFileNames: '[name].js' } },
  },
})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];

const sources = (Array.isArray(output) ? output : [output])
  .flatMap((o) => o.output)
  .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds.map((id) => id.split('?')[0] ?? id) : []))
  .filter((id) => id.startsWith(`${root}${sep}`) && !id.includes(`${sep}node_modules${sep}`));
process.stdout.write(JSON.stringify([...new Set(sources)]));
