import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMembersNetwork } from '../fixtures/members-network/network';
import { buildSite, type BuildResult } from '../support/build-site';

/**
 * The members' network fixture (30 sections, 300 groups) through the real
 * build: every section gets its pages and feeds, with its own groups and
 * events only. Its timings are `npm run bench -- sections=30`.
 */
const scratch = mkdtempSync(join(tmpdir(), 'babillard-network-'));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
let build: BuildResult;
let counts: ReturnType<typeof writeMembersNetwork>;
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(() => {
  counts = writeMembersNetwork(contentDir, { sections: 30 });
  build = buildSite({ contentDir, outDir });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a members’ network of 30 sections and 300 groups', () => {
  it('builds', () => {
    expect(counts).toMatchObject({ sections: 30, groups: 300 });
    expect(build.status, build.output).toBe(0);
  });

  it('lists every section, and builds its page, directory, agenda, news, feeds and posters', () => {
    expect(read('sections/index.html').match(/class="card section-card"/g)?.length).toBe(30);
    const built = readdirSync(join(outDir, 'sections'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(built.length).toBe(30);
    for (const dir of ['groupes/section', 'agenda/section', 'annonces/section', 'affiches/section']) {
      expect(readdirSync(join(outDir, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).length, dir).toBe(30);
    }
    expect(readdirSync(join(outDir, 'agenda/section')).filter((f) => f.endsWith('.ics')).length).toBe(30);
  });

  it('each section shows its own ten groups and its own events, nobody else’s', () => {
    const page = read('sections/section-017/index.html');
    const groups = [...page.matchAll(/id="groupe-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(groups.length).toBe(10);
    expect(groups.every((id) => id?.startsWith('section-017-'))).toBe(true);
    const feed = read('agenda/section/section-017.ics');
    expect(feed.match(/BEGIN:VEVENT/g)?.length).toBe(2);
    expect(feed).not.toMatch(/Ville-018|Ville-016/);
    expect(read('groupes/section/section-017/index.html').match(/class="card group-card/g)?.length).toBe(10);
  });

  it('says the section and zone of every group in /groupes.json', () => {
    const json = JSON.parse(read('groupes.json')) as { groups: { id: string; section: string | null; zone: string | null }[] };
    const network = json.groups.filter((g) => g.section !== null);
    expect(network.length).toBe(300);
    expect(network.filter((g) => g.zone !== null).length).toBe(90);
  });
});
