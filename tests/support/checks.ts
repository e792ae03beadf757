/**
 * The static checks of `npm test`, side by side on the two cores instead of
 * one after the other (47 s to about 37 s): `astro sync` writes `.astro/`
 * first, then `astro check` (told not to sync again), ESLint and Prettier
 * run at once, each one's output held and printed whole. Fails if any fails.
 * The same checks one by one: `npm run check` and `npm run lint`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

interface Done {
  name: string;
  code: number;
  output: string;
  seconds: number;
}

function run(name: string, command: string, args: string[]): Promise<Done> {
  const started = performance.now();
  const child = spawn(bin(command), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ name, code: 1, output: error.message, seconds: 0 }));
    child.once('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const report = (done: Done) =>
  process.stdout.write(done.code === 0 ? `✓ ${done.name} (${done.seconds.toFixed(0)} s)\n` : `\n✗ ${done.name} failed:\n${done.output.trimEnd()}\n\n`);

const sync = await run('astro sync', 'astro', ['sync']);
report(sync);
if (sync.code !== 0) process.exit(1);
const checks = await Promise.all([
  run('astro check', 'astro', ['check', '--noSync', '--minimumFailingSeverity', 'warning']),
  run('eslint', 'eslint', ['--config', 'tests/eslint.config.mjs', '--max-warnings', '0', '.']),
  run('prettier', 'prettier', ['--check', '.']),
]);
checks.forEach(report);
process.exit(checks.every((done) => done.code === 0) ? 0 : 1);
