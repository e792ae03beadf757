import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { resolveSiteImports } from './worker-imports.ts';

/**
 * The search index, in a thread of its own (started by finish-build.ts):
 * pages come in as Astro renders them, are spaced (spacedBlocks says why) and
 * handed to Pagefind, whose messages to its own process cost the main thread
 * 2 s at 2,000 entries when they were sent from there. `{ write }` writes the
 * index to that folder and answers with every error and the number of pages.
 */

export type SearchMessage = { url: string; html: string } | { write: string };
export interface SearchAnswer {
  errors: string[];
  pages: number;
}

resolveSiteImports();
const { spacedBlocks } = await import('../lib/search.ts');
const port = parentPort;
if (!port) throw new Error('search-worker.ts runs as a worker thread');

const index = pagefind.createIndex({}).then(({ index: created, errors }) => {
  if (!created) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return created;
});
const added: Promise<string | undefined>[] = [];

async function write(outputPath: string): Promise<SearchAnswer> {
  const ready = await index;
  const errors = (await Promise.all(added)).filter((error) => error !== undefined);
  const written = await ready.writeFiles({ outputPath });
  await pagefind.close();
  return { errors: [...errors, ...written.errors], pages: added.length };
}

port.on('message', (message: SearchMessage) => {
  if ('url' in message) {
    const { url, html } = message;
    added.push(
      index
        .then((ready) => ready.addHTMLFile({ url, content: spacedBlocks(html) }))
        .then(
          (result) => (result.errors.length ? `${url}: ${result.errors.join('; ')}` : undefined),
          (error: unknown) => `${url}: ${String(error)}`,
        ),
    );
    return;
  }
  write(message.write).then(
    (answer) => port.postMessage(answer),
    (error: unknown) => port.postMessage({ errors: [String(error)], pages: added.length } satisfies SearchAnswer),
  );
});
