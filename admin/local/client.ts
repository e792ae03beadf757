/**
 * The admin page's script under `npm start` (the dev server loads it instead
 * of main.ts). It makes sure the local backend answers, in French if it does
 * not; then it loads the CMS bundle prepared at start, and shows in the page
 * what the content check finds after each change and what the backend refused.
 */
import fr from '../../src/i18n/fr';
import type { ContentProblem } from '../../src/content-check';
import { createTranslator } from '../../src/lib/i18n';
import { bundleEntry, bundleReadyPath } from './paths';
import './notices.css';

const t = createTranslator(fr);
const root = document.getElementById('nc-root');
const options = JSON.parse(root?.dataset['options'] ?? '{}') as { localBackend?: string; setupMessage?: string };

// Every saved file makes Vite reload open pages; here that would throw away
// whatever the volunteer is typing. Aim the reload at a page that never exists.
import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
  payload.path = '/admin/keeps-its-state.html';
});

/** A sentence in place of the CMS, when it cannot work. */
function say(message: string) {
  const p = document.createElement('p');
  p.className = 'babillard-message';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root?.replaceChildren(p);
}

/** Undefined when the local backend answers; otherwise what to tell the volunteer. */
async function backendProblem(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
    if (response.ok) return undefined;
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    return answer.error ?? t('cms.local.down');
  } catch {
    return t('cms.local.down');
  }
}

const area = document.createElement('div');
area.className = 'babillard-notices';
const slots = { check: document.createElement('section'), refusal: document.createElement('section') };

/** Fills a notice slot (or empties it with no content); `urgent` notices are read out at once. */
function show(slot: HTMLElement, content: Node[] | undefined, urgent = true) {
  slot.replaceChildren();
  slot.hidden = !content;
  if (!content) return;
  slot.className = `babillard-notice${urgent ? '' : ' babillard-notice-ok'}`;
  slot.setAttribute('role', urgent ? 'alert' : 'status');
  const hide = document.createElement('button');
  hide.type = 'button';
  hide.textContent = t('cms.local.hide');
  hide.addEventListener('click', () => show(slot, undefined));
  // First, so that a long notice on a phone never hides its own button.
  slot.append(hide, ...content);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []) => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  node.append(...children);
  return node;
};

/** Where in the file a problem is, as the build's report says it. */
function where(p: ContentProblem): string {
  const parts = [
    p.line ? t('cms.local.problems.line', { line: p.line }) : '',
    p.field
      ? p.label && p.label !== p.field
        ? t('cms.local.problems.fieldLabel', { field: p.field, label: p.label })
        : t('cms.local.problems.field', { field: p.field })
      : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')} : ` : '';
}

let okTimer: ReturnType<typeof setTimeout> | undefined;
let hadProblems = false;

/** The content check's result: every problem by file, or a short all-clear after a change that fixed things. */
function showCheck({ problems, change }: { problems: ContentProblem[]; change: boolean }) {
  clearTimeout(okTimer);
  if (problems.length === 0) {
    const wasBroken = hadProblems;
    hadProblems = false;
    if (!change && !wasBroken) {
      show(slots.check, undefined);
      return;
    }
    show(slots.check, [element('p', t('cms.local.ok'))], false);
    okTimer = setTimeout(() => show(slots.check, undefined), 8_000);
    return;
  }
  hadProblems = true;
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const files = [...byFile].map(([file, list]) =>
    element('li', undefined, [
      element('code', file),
      element(
        'ul',
        undefined,
        list.map((p) => element('li', `${where(p)}${p.message}`)),
      ),
    ]),
  );
  show(slots.check, [
    element('h2', t('cms.local.problems.title', { n: problems.length })),
    element('p', t('cms.local.problems.intro', { n: problems.length })),
    element('ul', undefined, files),
  ]);
}

async function start() {
  if (options.setupMessage || !options.localBackend) {
    say(options.setupMessage ?? t('cms.local.noBackend'));
    return;
  }
  // The bundle is fetched and compiled while the backend is asked (it runs only once both answered).
  // A full address: Vite leaves it as it is (it would add `?import` to a path, and miss the preload).
  const entry = new URL(bundleEntry, location.href).href;
  const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: entry });
  document.head.append(preload);
  // The first visit after `npm start` may come before the bundle is ready: say so, rather than a blank page.
  const waiting = Object.assign(document.createElement('p'), { className: 'babillard-message', textContent: t('cms.local.preparing') });
  waiting.setAttribute('role', 'status');
  root?.before(waiting);
  const [problem, ready] = await Promise.all([
    backendProblem(options.localBackend),
    fetch(bundleReadyPath)
      .then((response) => response.json() as Promise<{ error?: string }>)
      .catch(() => ({ error: t('cms.local.down') })),
  ]);
  try {
    if (problem) {
      say(problem);
      return;
    }
    if (ready.error) {
      say(t('cms.local.bundleFailed', { reason: ready.error }));
      return;
    }
    await import(/* @vite-ignore */ entry);
  } catch (error) {
    say(t('cms.local.bundleFailed', { reason: error instanceof Error ? error.message : String(error) }));
    return;
  } finally {
    waiting.remove();
  }

  slots.check.hidden = slots.refusal.hidden = true;
  area.append(slots.refusal, slots.check);
  document.body.append(area);
  import.meta.hot?.on('babillard:content-check', showCheck);
  import.meta.hot?.on('babillard:local-refusal', ({ message }: { message: string }) => {
    show(slots.refusal, [element('h2', t('cms.local.refusal.title')), element('p', message)]);
  });
  // What the check says now, for a page opened on content that is already broken.
  import.meta.hot?.send('babillard:content-check?');
}

void start();
