import { resolve } from 'node:path';
import { config } from './config';
import { gitIn } from './integrations/git';
import { commitDates, lastUpdated } from './lib/last-updated';

/**
 * « Mis à jour le … » of the pages: an entry's `updated` field, else its
 * file's last commit. Git runs once, and only when a page first asks.
 */

let committed: Map<string, string> | undefined;
/** Last commit date of each content file, by absolute path (empty outside a git checkout). */
function commits(): Map<string, string> {
  committed ??= new Map([...commitDates(gitIn(resolve(config.contentDir)), '.')].map(([path, date]) => [resolve(config.contentDir, path), date]));
  return committed;
}

/** When an entry last changed: its `updated` field if it has one, else its file's last commit. */
export const updatedOn = (entry: { data: object; filePath?: string | undefined }): string | undefined =>
  lastUpdated(
    'updated' in entry.data && typeof entry.data.updated === 'string' ? entry.data.updated : undefined,
    entry.filePath ? commits().get(resolve(entry.filePath)) : undefined,
  );
