/**
 * `npm run bench [sizes…]`: how the build scales. For each size (default 100,
 * 500 and 2,000 entries) it generates synthetic content into a scratch folder,
 * runs the real build (content check + astro build + Pagefind) and measures
 * the output; then it builds a bare Astro project over the same Markdown (one
 * plain page per file, no layout, no integration) for a reference time.
 * Prints Markdown tables ready for the README. A script, not a test: timings
 * depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../support/build-site.ts';
import { walkFiles } from '../support/pages.ts';
import { measureSite, type SiteSizes } from './measure.ts';
import { mixFor, writeSyntheticContent } from './synthetic.ts';
import { PRECACHE_BUDGET } from '../../src/data/offline.ts';
import { writeMembersNetwork } from '../fixtures/members-network/network.ts';

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
/** `sections=30`: the members' network fixture with 30 sections (10 groups each), instead of the synthetic mix. */
const networks = args.flatMap((arg) => /^sections=(\d+)$/.exec(arg)?.[1] ?? []).map(Number);
if (sizes.length === 0 && networks.length === 0) sizes.push(100, 500, 2000);
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BABILLARD_NOW: '2026-11-21T12:00:00Z' };

/** Runs a command, stops the bench with its output if it fails, returns its duration in seconds. */
function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): number {
  const start = performance.now();
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}\n`);
    process.exit(1);
  }
  return (performance.now() - start) / 1000;
}

/** One plain Astro page per Markdown file of the content folder: the reference build. */
function bareProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const rel of walkFiles(contentDir).filter((f) => f.endsWith('.md'))) cpSync(join(contentDir, rel), join(dir, 'src', 'pages', rel));
}

interface Row {
  entries: number;
  /** What was built: the synthetic mix, or the members' network. */
  label: string;
  kind: 'mix' | 'network';
  build: number;
  bare: number;
  sizes: SiteSizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const scratch = mkdtempSync(join(tmpdir(), 'babillard-bench-'));
const rows: Row[] = [];
const started = performance.now();
try {
  const runs = [
    ...sizes.map((entries) => ({
      name: `mix-${entries}`,
      write: (dir: string) => {
        const mix = mixFor(entries);
        writeSyntheticContent(dir, mix);
        return { entries, label: `${entries} (${mix.groups}/${mix.events}/${mix.guide}/${mix.pages}/${mix.news})` };
      },
    })),
    ...networks.map((count) => ({
      name: `network-${count}`,
      write: (dir: string) => {
        const network = writeMembersNetwork(dir, { sections: count });
        const entries = network.sections + network.groups + network.events + network.news;
        return {
          entries,
          label: `network: ${network.sections} sections, ${network.groups} groups, ${network.events} events, ${network.news} news (${entries})`,
        };
      },
    })),
  ];
  for (const run of runs) {
    const contentDir = join(scratch, `content-${run.name}`);
    const outDir = join(scratch, `dist-${run.name}`);
    const { entries, label } = run.write(contentDir);
    process.stderr.write(`${label}: our build…`);
    // astro build runs the content check first and the search index and members-only sweep last.
    const build = timed(bin('astro'), ['build', '--silent', '--force'], {
      cwd: projectRoot,
      env: { ...env, BABILLARD_CONTENT_DIR: contentDir, BABILLARD_OUT_DIR: outDir },
    });
    process.stderr.write(` ${build.toFixed(1)} s; bare Astro…`);
    const bareDir = join(scratch, `bare-${run.name}`);
    bareProject(bareDir, contentDir);
    const bare = timed(bin('astro'), ['build', '--silent'], { cwd: bareDir, env });
    process.stderr.write(` ${bare.toFixed(1)} s\n`);
    rows.push({ entries, label, kind: run.name.startsWith('network') ? 'network' : 'mix', build, bare, sizes: measureSite(outDir) });
    rmSync(bareDir, { recursive: true, force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const lines = [
  '| entries (groups/events/guide/pages/news) | pages | build s (check, astro, search index, sweep) | ms per entry | bare Astro s | ratio | dist/ | search index | largest HTML page | /groupes/ gz with CSS+JS | offline precache gz (files) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(({ entries, label, build: total, bare, sizes }) => {
    return `| ${label} | ${sizes.pages} | ${total.toFixed(1)} | ${((total * 1000) / entries).toFixed(0)} | ${bare.toFixed(1)} | ${(total / bare).toFixed(1)}× | ${mb(sizes.distBytes)} | ${mb(sizes.searchIndexBytes)} | ${kb(sizes.largestPage.bytes)} ${sizes.largestPage.path} | ${kb(sizes.directoryBytes)} | ${kb(sizes.precache.bytes)} (${sizes.precache.files}) |`;
  }),
];
const last = rows.at(-1);
// The cost of one more entry, between the smallest and the largest run of the same kind.
const sameKind = rows.filter((row) => row.kind === last?.kind);
if (sameKind.length > 1 && last) {
  const first = sameKind[0] as Row;
  const marginal = ((last.build - first.build) * 1000) / (last.entries - first.entries);
  lines.push('', `Each entry beyond ${first.entries} costs ${marginal.toFixed(0)} ms of build.`);
}
if (last) {
  lines.push(
    '',
    `JavaScript shipped per page type (raw bytes, the most any page of the type loads), at ${last.entries} entries:`,
    '',
    '| page type | JS |',
    '|---|---|',
  );
  for (const [type, bytes] of Object.entries(last.sizes.jsByType).sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`| ${type} | ${bytes === 0 ? '0' : kb(bytes)} |`);
}
/** The budget for the pocket copy of a big co-op: the weeks ahead, not all history. */
for (const { entries, sizes } of rows)
  lines.push(
    '',
    `Offline precache at ${entries} entries: ${kb(sizes.precache.bytes)} gzip in ${sizes.precache.files} files (${sizes.precache.bytes <= PRECACHE_BUDGET ? 'within' : 'OVER'} the 3 MB budget).`,
  );
lines.push(
  '',
  `Bench ran in ${((performance.now() - started) / 1000 / 60).toFixed(1)} min with Node ${process.version} on ${(await import('node:os')).cpus().length} cores.`,
);
process.stdout.write(`${lines.join('\n')}\n`);
