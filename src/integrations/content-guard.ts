import type { AstroIntegration } from 'astro';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaries } from '../i18n/index';
import { checkContent, formatProblems, type CheckedEntry, type ContentProblem } from '../content-check';
import { formatHealth, groupHealth, type HealthGroup } from '../lib/group-health';
import { createTranslator } from '../lib/i18n';
import { localNow } from '../lib/timezone';
import { config } from '../config';
import type { Settings } from '../schemas/settings';
import { readContentFiles, readPublicFiles } from './read-content';

/** The build's clock; tests pin it with BABILLARD_NOW. */
const buildNow = () => config.now;

/** Group health warnings for the build log (never a failure), in the site's language; '' when all is well. */
function healthReport(entries: readonly CheckedEntry[]): string {
  const settings = entries.find((e) => e.collection === 'settings')?.data as Settings | undefined;
  if (!settings) return '';
  const now = buildNow();
  const groupEntries = entries.filter((e) => e.collection === 'groups');
  const groups = groupEntries.map((e) => ({ id: e.id, data: e.data as unknown as HealthGroup }));
  const warnings = groupHealth(groups, {
    namePattern: settings.groupNamePattern,
    nameExample: settings.groupNameExample,
    today: localNow(now, settings.timezone).slice(0, 10),
  });
  const fileOf = (id: string) => groupEntries.find((e) => e.id === id)?.file ?? id;
  return formatHealth(warnings, createTranslator(dictionaries[settings.language], dictionaries.fr), fileOf);
}

/**
 * The site as the content check reads it, with content paths as the CMS
 * writes them (`content/groups/…`, from the folder that holds content/,
 * wherever it is) and public files by their address.
 */
export function siteFiles(contentFolder: string, publicFolder: string) {
  return { files: readContentFiles(dirname(contentFolder), basename(contentFolder)), publicFiles: readPublicFiles(publicFolder, '.'), now: buildNow() };
}

/** Whether a path the dev server reports lies inside a folder (both may be relative or absolute). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The entries of the last check, for the end of the build (the members-only sweep). */
let lastEntries: readonly CheckedEntry[] = [];
export const checkedEntries = () => lastEntries;

/**
 * Checks all of content/ before Astro touches it. A build with a broken file
 * stops here with one readable report (file, field, what is expected) and
 * exit code 1, before dist/ is emptied, so no half-built site is left behind.
 * In `astro dev` the report is printed instead, again after every change in
 * content/ or public/, and sent to open pages (`babillard:content-check`,
 * the problems with paths as the CMS writes them); /admin/ shows it under `npm start`.
 */
export function contentGuard({
  contentDir = config.contentDir,
  publicDir = config.publicDir,
}: { contentDir?: string; publicDir?: string } = {}): AstroIntegration {
  let root = '';
  let health = '';
  let problems: ContentProblem[] = [];
  const run = (site = { files: readContentFiles(root, contentDir), publicFiles: readPublicFiles(root, publicDir), now: buildNow() }) => {
    const { entries, warnings, ...checked } = checkContent(site.files, { publicFiles: site.publicFiles, now: site.now });
    problems = checked.problems;
    const notes = warnings.length
      ? formatProblems(warnings, `Contenu : ${warnings.length} point${warnings.length > 1 ? 's' : ''} à vérifier (le site est construit quand même).`)
      : '';
    lastEntries = entries;
    health = problems.length ? '' : [healthReport(entries), notes].filter(Boolean).join('\n\n');
    return problems.length ? formatProblems(problems) : undefined;
  };
  return {
    name: 'babillard:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const report = run();
        if (!report) {
          // Straight to stderr like the error report, so `astro build --silent` still shows it.
          if (health) process.stderr.write(`\n${health}\n\n`);
          return;
        }
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folders = [resolve(root, contentDir), resolve(root, publicDir)] as const;
        const check = () => run(siteFiles(...folders));
        check();
        // A folder outside the project (tests, BABILLARD_CONTENT_DIR) is not watched unless added.
        server.watcher.add([...folders]);
        server.watcher.on('all', (_event, path) => {
          if (!folders.some((folder) => isInside(folder, path))) return;
          const report = check();
          if (report) logger.warn(`\n${report}`);
          else logger.info(health ? `Contenu vérifié : aucune erreur.\n${health}` : 'Contenu vérifié : aucune erreur.');
          server.hot.send('babillard:content-check', { problems, change: true });
        });
        server.hot.on('babillard:content-check?', (_data: unknown, client: { send: (event: string, payload: unknown) => void }) => {
          client.send('babillard:content-check', { problems, change: false });
        });
      },
    },
  };
}
