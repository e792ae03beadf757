import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentGuard, isInside } from '../../src/integrations/content-guard';
import type { ContentProblem } from '../../src/content-check';

/**
 * The content check of `astro dev`: it runs again after every change under
 * content/, wherever that folder is (npm start gives it as an absolute path),
 * and sends its result to the open pages (/admin/ shows it).
 */

const fixture = new URL('../fixtures/base-content', import.meta.url).pathname;
let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** The integration's two dev hooks, run against a stand-in for Vite's dev server. */
function devServer(contentDir: string, publicDir: string) {
  const guard = contentGuard({ contentDir, publicDir });
  const logs: { level: string; text: string }[] = [];
  const logger = { warn: (text: string) => logs.push({ level: 'warn', text }), info: (text: string) => logs.push({ level: 'info', text }) };
  const sent: { event: string; payload: { problems: ContentProblem[]; change: boolean } }[] = [];
  const listeners = new Map<string, (data: unknown, client: { send: (event: string, payload: unknown) => void }) => void>();
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add: (paths: string[]) => watcher.watched.push(...paths) });
  const server = {
    watcher,
    hot: {
      send: (event: string, payload: { problems: ContentProblem[]; change: boolean }) => sent.push({ event, payload }),
      on: (event: string, listener: (data: unknown, client: { send: (event: string, payload: unknown) => void }) => void) => listeners.set(event, listener),
    },
  };
  const hooks = guard.hooks as unknown as Record<string, (options: unknown) => void>;
  // The project root is elsewhere: the content folder is outside it, given as an absolute path.
  hooks['astro:config:setup']?.({ config: { root: pathToFileURL(`${join(scratch, 'project')}/`) }, command: 'dev', logger });
  hooks['astro:server:setup']?.({ server, logger });
  return { watcher, logs, sent, listeners };
}

describe('the content check in astro dev', () => {
  it('runs again when a file of an absolute content folder changes, and tells the open pages', () => {
    scratch = mkdtempSync(join(tmpdir(), 'babillard-guard-'));
    const contentDir = join(scratch, 'site', 'content');
    cpSync(fixture, contentDir, { recursive: true });
    const dev = devServer(contentDir, join(scratch, 'site', 'public'));
    expect(dev.watcher.watched).toContain(contentDir);

    const event = join(contentDir, 'events', '2026-12-05-reunion.md');
    writeFileSync(event, readFileSync(event, 'utf8').replace('organiser: accueil', 'organiser: inconnu'));
    dev.watcher.emit('all', 'change', event);

    expect(dev.logs.at(-1)?.level).toBe('warn');
    expect(dev.logs.at(-1)?.text).toContain('content/events/2026-12-05-reunion.md');
    const last = dev.sent.at(-1);
    expect(last?.event).toBe('babillard:content-check');
    expect(last?.payload.change).toBe(true);
    expect(last?.payload.problems).toEqual([expect.objectContaining({ file: 'content/events/2026-12-05-reunion.md', field: 'organiser' })]);

    // A page that opens now asks for the current state, and gets it.
    const answers: unknown[] = [];
    dev.listeners.get('babillard:content-check?')?.(undefined, { send: (_event, payload) => answers.push(payload) });
    expect(answers).toEqual([{ problems: last?.payload.problems, change: false }]);

    writeFileSync(event, readFileSync(event, 'utf8').replace('organiser: inconnu', 'organiser: accueil'));
    dev.watcher.emit('all', 'change', event);
    expect(dev.logs.at(-1)).toEqual({ level: 'info', text: expect.stringContaining('Contenu vérifié : aucune erreur.') });
    expect(dev.sent.at(-1)?.payload.problems).toEqual([]);
  });

  it('ignores changes elsewhere', () => {
    scratch = mkdtempSync(join(tmpdir(), 'babillard-guard-'));
    const contentDir = join(scratch, 'site', 'content');
    cpSync(fixture, contentDir, { recursive: true });
    const dev = devServer(contentDir, join(scratch, 'site', 'public'));
    dev.watcher.emit('all', 'change', join(scratch, 'project', 'src', 'pages', 'index.astro'));
    dev.watcher.emit('all', 'change', `${contentDir}-old/groups/a.md`);
    expect(dev.sent).toEqual([]);
  });

  it('knows what is inside a folder, relative or absolute', () => {
    expect(isInside('/srv/site/content', '/srv/site/content/groups/a.md')).toBe(true);
    expect(isInside('content', `${process.cwd()}/content/groups/a.md`)).toBe(true);
    expect(isInside('/srv/site/content', '/srv/site/content')).toBe(false);
    expect(isInside('/srv/site/content', '/srv/site/content-old/a.md')).toBe(false);
    expect(isInside('/srv/site/content', '/srv/site/src/content/a.md')).toBe(false);
  });
});
