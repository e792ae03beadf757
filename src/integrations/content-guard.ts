import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check';
import { contentDir } from '../paths';
import { readContentFiles } from './read-content';

/**
 * Checks all of content/ before Astro touches it. A build with a broken file
 * stops here with one readable report (file, field, what is expected) and
 * exit code 1, before dist/ is emptied, so no half-built site is left behind.
 * In `astro dev` the report is printed instead, again after every change.
 */
export function contentGuard(): AstroIntegration {
  let root = '';
  const run = () => {
    const { problems } = checkContent(readContentFiles(root, contentDir));
    return problems.length ? formatProblems(problems) : undefined;
  };
  return {
    name: 'babillard:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const report = run();
        if (!report) return;
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        process.stderr.write(`\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!path.includes(`/${contentDir.replace(/^\.\//, '')}/`)) return;
          const report = run();
          if (report) logger.warn(`\n${report}`);
          else logger.info('Contenu vérifié : aucune erreur.');
        });
      },
    },
  };
}
