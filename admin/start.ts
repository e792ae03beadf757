/**
 * `npm start`: the site and its CMS in one program, `astro dev` on 127.0.0.1,
 * with the CMS's local backend inside it (admin/local/). It writes the files
 * volunteers save under content/ (images under public/media/) and never runs
 * git, so nothing is committed behind anyone's back; see the README for how
 * edits reach git.
 *
 * Each run creates a secret that only the site's /admin/ page is handed: the
 * backend answers no request without it (nor from another origin or host).
 * When `astro dev` stops on its own, this says in French why, and stops too.
 *
 * Environment: BABILLARD_PORT (default 4321), BABILLARD_CONTENT_DIR (a folder
 * named `content`; CMS paths are relative to its parent, as they start with content/).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { configFrom } from '../src/config.ts';

const root = resolve(import.meta.dirname, '..');
const host = '127.0.0.1';
const settings = configFrom(process.env);
const port = String(settings.port);
const contentDir = resolve(root, settings.contentDir);

if (basename(contentDir) !== 'content') {
  process.stderr.write(`BABILLARD_CONTENT_DIR doit être un dossier nommé « content » (le CMS écrit dans content/…) ; reçu : ${contentDir}\n`);
  process.exit(1);
}

// Variables inherited from a test runner (NODE_ENV=test, VITEST…) make astro dev serve nothing.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
const env = {
  ...inherited,
  NODE_ENV: 'development',
  ASTRO_TELEMETRY_DISABLED: '1',
  BABILLARD_CONTENT_DIR: contentDir,
  BABILLARD_PORT: port,
  // The example content's demo passphrase for members-only links (README); a real co-op sets its own.
  BABILLARD_MEMBERS_PASSPHRASE: settings.membersPassphrase ?? 'tilleuls en fleurs',
  BABILLARD_LOCAL_SECRET: randomBytes(32).toString('base64url'),
};

const program = 'le site et son CMS (astro dev)';
const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', host, '--port', port], {
  cwd: root,
  env,
  stdio: ['inherit', 'inherit', 'pipe'],
});

// Its error output goes on to the terminal; the last lines are kept to say why it stopped.
let recent = '';
child.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  recent = (recent + chunk.toString()).slice(-8_000);
});

process.stdout.write(
  `Babillard démarre : le site sur http://${host}:${port}/ ; le CMS se prépare et sera sur http://${host}:${port}/admin/ (Ctrl+C pour arrêter).\n`,
);

/**
 * Why `astro dev` stopped, from its exit and its last error lines, in French.
 * @example why(1, null, 'Error: Port 4321 is already in use') → 'le port 4321 est déjà pris par un autre programme…'
 */
function why(code: number | null, signal: NodeJS.Signals | null, output: string): string {
  if (signal) return `il a été arrêté par le signal ${signal} (depuis un autre terminal, ou par le système, faute de mémoire par exemple)`;
  const twice = /Another astro dev server is already running\.\s+URL:\s+(\S+)\s+PID:\s+(\d+)/.exec(output);
  if (twice)
    return `un autre « npm start » tourne déjà pour ce site (${twice[1]}, processus ${twice[2]}) : ouvrez ${twice[1]}/admin/, ou arrêtez-le (Ctrl+C dans son terminal) avant d’en lancer un autre`;
  const busy = /Port (\d+) is already in use|EADDRINUSE[^\n]*?:(\d+)/.exec(output);
  if (busy)
    return `le port ${busy[1] ?? busy[2]} est déjà pris par un autre programme (un autre « npm start » ?). Arrêtez-le, ou choisissez un autre port : BABILLARD_PORT=4400 npm start`;
  if (/ENOSPC[^\n]*watch|System limit for number of file watchers/i.test(output))
    return 'le système ne peut pas surveiller plus de fichiers (limite « inotify ») : fermez d’autres programmes qui surveillent des dossiers, ou augmentez fs.inotify.max_user_watches';
  if (/EACCES/.test(output)) return 'il n’a pas eu le droit d’ouvrir le port ou un fichier (EACCES) : voir le message ci-dessus';
  const last = output
    .trim()
    .split('\n')
    .filter((line) => line.trim())
    .at(-1)
    ?.trim();
  return `il s’est arrêté avec le code ${code ?? '?'}${last ? ` ; son dernier message : « ${last.slice(0, 300)} »` : ''}`;
}

let stopping = false;
child.on('exit', (code, signal) => {
  if (!stopping) {
    process.stderr.write(
      `\nBabillard s’est arrêté : ${program} ne tourne plus, ${why(code, signal, recent)}.\nRien n’est perdu : ce qui a été enregistré est dans content/. Relancez « npm start » une fois le problème réglé.\n`,
    );
    process.exitCode = code || 1;
    return;
  }
  process.exitCode = 0;
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
  });
}
