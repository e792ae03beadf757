import { parentPort, workerData } from 'node:worker_threads';
import { resolveSiteImports } from './worker-imports.ts';

/**
 * A share of the content's Markdown, analysed in a thread of its own while
 * the build's main thread analyses the rest (markdown-ahead.ts): the texts in
 * `workerData`, the analyses posted back once.
 */

resolveSiteImports();
const { shareAnalyses } = await import('../lib/markdown.ts');
parentPort?.postMessage(shareAnalyses(workerData as string[]));
