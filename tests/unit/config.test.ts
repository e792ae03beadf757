import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFrom, variableNames } from '../../src/config';

describe('config', () => {
  it('reads exactly the variables it lists, and the README’s table lists the same', () => {
    const read = new Set<string>();
    const spy = new Proxy<Record<string, string | undefined>>({}, { get: (_, name) => (read.add(String(name)), undefined) });
    configFrom(spy);
    expect([...read].sort()).toEqual([...variableNames].sort());
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Environment variables'), readme.indexOf('## How content is organised'));
    const documented = [...table.matchAll(/^\| `(BABILLARD_[A-Z_]+)`/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...variableNames].sort());
  });

  it('falls back to the defaults on absent or nonsense values', () => {
    const config = configFrom({ BABILLARD_HORIZON_MONTHS: 'douze', BABILLARD_PORT: '', BABILLARD_MEMBERS_PASSPHRASE: '   ' });
    expect(config).toMatchObject({
      contentDir: 'content',
      publicDir: 'public',
      outDir: './dist',
      horizonMonths: 6,
      port: 4321,
      localSecret: undefined,
      membersPassphrase: undefined,
    });
    expect(configFrom({ BABILLARD_HORIZON_MONTHS: '12', BABILLARD_NOW: '2026-11-21T12:00:00Z' })).toMatchObject({
      horizonMonths: 12,
      now: new Date('2026-11-21T12:00:00Z'),
    });
  });
});
