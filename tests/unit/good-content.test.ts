import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content-check';
import { fixturesDir, overlayFiles, overlayPublic } from '../support/fixtures';

/**
 * What a volunteer may write and still get the site they meant: a byte-order
 * mark, Windows line ends, blank lines and spaces around ---, unquoted dates,
 * time-zone aliases, drafts set aside with _… Each case of
 * tests/fixtures/good-content/ is laid over the base site and must pass the
 * check with the values its expected.yaml names.
 */
const root = join(fixturesDir, 'good-content');
const cases = readdirSync(root).sort();

describe.each(cases)('%s', (name) => {
  const dir = join(root, name);
  const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as { file: string; data: Record<string, unknown>; body?: string };
  const { problems, entries } = checkContent(overlayFiles(dir), { publicFiles: overlayPublic(dir), now: new Date('2026-11-21T12:00:00Z') });

  it('passes the check', () => {
    expect(problems).toEqual([]);
  });

  it('means what it would mean written the usual way', () => {
    const entry = entries.find((e) => e.file === `content/${expected.file}`);
    expect(entry?.data).toMatchObject(expected.data);
    if (expected.body !== undefined) expect(entry?.body.trim()).toBe(expected.body);
  });
});
