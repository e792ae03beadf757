import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentLayout, type CollectionName } from '../data/collections';
import { classifyContentPath, utf8Problem } from '../lib/content-files';
import { checkedEntry } from '../lib/checked-entries';
import { parseContentFile } from '../lib/frontmatter';
import { readContentFiles } from './read-content';

/**
 * One reading of the content folder for all seven collections (until a file
 * changes under `astro dev`): the folder is walked once per build, not once per collection.
 */
const snapshots = new Map<string, ReturnType<typeof readContentFiles>>();
function snapshot(root: string, contentDir: string) {
  const key = resolve(root, contentDir);
  let files = snapshots.get(key);
  if (!files) {
    files = readContentFiles(root, contentDir);
    snapshots.set(key, files);
  }
  return files;
}

/**
 * The loader of every collection: the files `classifyContentPath` gives to
 * this collection, parsed by `parseContentFile`, exactly as the content check
 * read them before the build started. So a file the check accepted means the
 * same thing here, and no file is read that the check did not see.
 */
export function contentLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `babillard:${collection}`,
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, contentDir);
      const { format } = contentLayout[collection];
      const sync = async () => {
        const seen = new Set<string>();
        for (const file of snapshot(root, contentDir)) {
          const verdict = classifyContentPath(file.rel ?? '');
          if (verdict.kind !== 'entry' || verdict.collection !== collection) continue;
          // The content check has reported these (under `astro dev` the site keeps running).
          if (file.bytes && utf8Problem(file.bytes)) continue;
          try {
            const filePath = relative(root, resolve(root, file.path)).split('\\').join('/');
            // Checked already by this build's content check, from this very text: its result, as it is.
            const checked = checkedEntry(collection, file.text);
            const { data, body } = checked ?? parseContentFile(file.text, format);
            const parsed = checked ? checked.data : await context.parseData({ id: verdict.id, data: data as Record<string, unknown>, filePath });
            store.set({ id: verdict.id, data: parsed, body, filePath, digest: context.generateDigest(file.text) });
            seen.add(verdict.id);
          } catch (error) {
            // Only reachable under `astro dev`: a build stops at the content check first.
            logger.warn(`${file.path} : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      watcher.add(base);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(`${base}/`)) return;
        snapshots.delete(base);
        void sync();
      });
    },
  };
}
