/**
 * `npm start`: the site (astro dev) and the CMS's local backend (decap-server)
 * together, both on 127.0.0.1 only. decap-server runs in its `fs` mode: it
 * writes the files volunteers save under content/ (and images under
 * public/media/) and never runs git, so nothing is committed behind anyone's
 * back; see the README for how edits reach git.
 *
 * Environment: BABILLARD_PORT (site, default 4321), BABILLARD_DECAP_PORT
 * (decap-server, default 8081), BABILLARD_CONTENT_DIR (a folder named
 * `content`; decap-server serves its parent, as the CMS paths start with content/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const host = '127.0.0.1';
const sitePort = process.env['BABILLARD_PORT'] ?? '4321';
const decapPort = process.env['BABILLARD_DECAP_PORT'] ?? '8081';
const contentDir = resolve(root, process.env['BABILLARD_CONTENT_DIR'] ?? 'content');

if (basename(contentDir) !== 'content') {
  process.stderr.write(`BABILLARD_CONTENT_DIR must be a folder named "content" (the CMS writes to content/…); got ${contentDir}\n`);
  process.exit(1);
}

// Variables inherited from a test runner (NODE_ENV=test, VITEST…) make astro dev serve nothing.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
// The example content's demo passphrase for members-only links (README); a real co-op sets its own.
const passphrase = process.env['BABILLARD_MEMBERS_PASSPHRASE'] ?? 'tilleuls en fleurs';
const env = {
  ...inherited,
  NODE_ENV: 'development',
  ASTRO_TELEMETRY_DISABLED: '1',
  BABILLARD_CONTENT_DIR: contentDir,
  BABILLARD_DECAP_PORT: decapPort,
  BABILLARD_MEMBERS_PASSPHRASE: passphrase,
};
const children: ChildProcess[] = [
  spawn(bin('decap-server'), [], {
    cwd: dirname(contentDir),
    env: { ...env, MODE: 'fs', PORT: decapPort, BIND_HOST: host, GIT_REPO_DIRECTORY: dirname(contentDir), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(bin('astro'), ['dev', '--host', host, '--port', sitePort], { cwd: root, env, stdio: 'inherit' }),
];

process.stdout.write(`Babillard : le site sur http://${host}:${sitePort}/ et le CMS sur http://${host}:${sitePort}/admin/ (Ctrl+C pour arrêter).\n`);

let stopping = false;
/** Stops both programs when one of them ends or when we are asked to stop. */
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
