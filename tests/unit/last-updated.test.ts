import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitIn } from '../../src/integrations/git';
import { commitDates, lastUpdated, parseGitLog } from '../../src/lib/last-updated';

const scratch = mkdtempSync(join(tmpdir(), 'babillard-git-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseGitLog', () => {
  it('keeps the newest date of each file (git prints newest commits first)', () => {
    const log = '\0 2026-11-05\n\ncontent/a.md\n\0 2026-10-01\n\ncontent/a.md\ncontent/b.md\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.md', '2026-11-05'],
        ['content/b.md', '2026-10-01'],
      ]),
    );
  });

  it('reads nothing from an empty history', () => {
    expect(parseGitLog('')).toEqual(new Map());
  });
});

describe('lastUpdated', () => {
  it('prefers the editor’s own date, else the last commit, else nothing', () => {
    expect(lastUpdated('2026-10-14', '2026-11-20')).toBe('2026-10-14');
    expect(lastUpdated(undefined, '2026-11-20')).toBe('2026-11-20');
    expect(lastUpdated(undefined, undefined)).toBeUndefined();
  });
});

describe('commitDates with real git', () => {
  const git = (cwd: string, args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '' };
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };

  it('gives each file the date of the last commit that touched it', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'content/pages'), { recursive: true });
    git(repo, ['init', '-q']);
    writeFileSync(join(repo, 'content/pages/a.md'), 'one');
    writeFileSync(join(repo, 'content/pages/b.md'), 'one');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'first'], '2026-03-01T10:00:00Z');
    writeFileSync(join(repo, 'content/pages/b.md'), 'two');
    git(repo, ['commit', '-qam', 'second'], '2026-04-15T10:00:00Z');
    expect(commitDates(gitIn(join(repo, 'content')), '.')).toEqual(
      new Map([
        ['pages/a.md', '2026-03-01'],
        ['pages/b.md', '2026-04-15'],
      ]),
    );
  });

  it('returns nothing, without failing, outside a git checkout', () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'a.md'), 'x');
    expect(commitDates(gitIn(plain), '.')).toEqual(new Map());
    expect(commitDates(gitIn(join(scratch, 'does-not-exist')), '.')).toEqual(new Map());
  });
});
