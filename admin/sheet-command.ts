/**
 * `npm run import -- <groups|events|categories|sections|news> <file.csv> [--update] [--dry-run]`
 * and `npm run export -- <kind> <file.csv>`: the spreadsheet tools of
 * `spreadsheet.ts`, on the content folder (BABILLARD_CONTENT_DIR, default
 * `content`). The modules of the site are loaded through Vite's module runner,
 * as the build loads them; this file only reads and writes files and speaks French.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { configFrom } from '../src/config.ts';

type Sheets = typeof import('./spreadsheet.ts');
type Reading = typeof import('../src/integrations/read-content.ts');

const root = resolve(import.meta.dirname, '..');
const [command, kind, file, ...flags] = process.argv.slice(2);
const usage = `Utilisation :
  npm run import -- <groups|events|categories|sections|news> <fichier.csv> [--update] [--dry-run]
  npm run export -- <groups|events|categories|sections|news> <fichier.csv>`;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const load = async <T>(path: string): Promise<T> =>
  (await runnerImport<T>(resolve(root, path), { configFile: false, root, logLevel: 'silent', server: { watch: null } })).module;

const sheets = await load<Sheets>('admin/spreadsheet.ts');
const reading = await load<Reading>('src/integrations/read-content.ts');
if ((command !== 'import' && command !== 'export') || !kind || !file) stop(usage);
if (!(sheets.sheetKinds as readonly string[]).includes(kind)) stop(`« ${kind} » n’est pas une rubrique du tableau. ${usage}`);
const unknown = flags.filter((flag) => flag !== '--update' && flag !== '--dry-run');
if (unknown.length) stop(`Option inconnue : ${unknown.join(', ')}. ${usage}`);
const sheetKind = kind as Parameters<Sheets['exportSheet']>[0];
const contentDir = configFrom(process.env).contentDir;
const files = reading.readContentFiles(process.cwd(), contentDir);

if (command === 'export') {
  const target = resolve(process.cwd(), file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, sheets.exportSheet(sheetKind, files));
  console.log(`${file} écrit (UTF-8 avec BOM, séparateur point-virgule : Excel l’ouvre avec ses accents).`);
} else {
  const source = resolve(process.cwd(), file);
  if (!existsSync(source)) stop(`Le fichier ${file} n’existe pas.`);
  const dryRun = flags.includes('--dry-run');
  const result = sheets.planImport(sheetKind, readFileSync(source), files, {
    update: flags.includes('--update'),
    contentDir,
    publicFiles: reading.readPublicFiles(process.cwd()),
  });
  const report = sheets.formatImport(result, file, dryRun);
  if (result.problems.length) stop(report);
  if (!dryRun) {
    for (const write of result.writes) {
      const target = resolve(process.cwd(), write.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, write.text);
    }
  }
  console.log(report);
}
