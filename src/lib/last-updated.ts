/**
 * When each content file last changed, from git's history: one `git log`
 * over the content folder, newest commit first. The git runner is passed in
 * so this stays testable and never fails where git or history is missing.
 */

/** Runs git with arguments and returns its standard output, or undefined when git fails. */
export type GitRunner = (args: readonly string[]) => string | undefined;

const marker = '\u0000';

/**
 * Reads `git log --format=%x00%cs --name-only` output: each commit is a date
 * line then the files it touched; the first date met for a file is its latest.
 * @example parseGitLog('\0 2026-11-05\n\ncontent/a.md\n\0 2026-10-01\n\ncontent/a.md\ncontent/b.md\n')
 *   → Map { 'content/a.md' => '2026-11-05', 'content/b.md' => '2026-10-01' }
 */
export function parseGitLog(text: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of text.split(marker).slice(1)) {
    const [head = '', ...files] = block.split('\n');
    const date = head.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * Last commit date (`YYYY-MM-DD`) of every file under `folder`, paths as git
 * prints them relative to the working directory. Empty outside a git checkout.
 */
export function commitDates(git: GitRunner, folder: string): Map<string, string> {
  const out = git(['log', '--format=%x00 %cs', '--name-only', '--relative', '--no-renames', '--', folder]);
  return out === undefined ? new Map<string, string>() : parseGitLog(out);
}

/**
 * The date a page says it was last updated: the editor's own `updated` field
 * wins (a typo fix need not count as an update), else the last commit.
 * @example lastUpdated('2026-10-14', '2026-11-20') → '2026-10-14'
 * @example lastUpdated(undefined, '2026-11-20') → '2026-11-20'
 */
export function lastUpdated(frontMatter: string | undefined, committed: string | undefined): string | undefined {
  return frontMatter ?? committed;
}
