import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionFields } from '../../admin/config';
import { cmsCollections, type CmsCollectionName } from '../../admin/editor';
import { parseContentFile } from '../../src/lib/frontmatter';
import { collections as model } from '../../src/schemas/index';
import { launchBrowser } from '../support/browser';
import { changedLines, logIn, publish, saved } from '../support/cms-page';
import { startLocalCms, waitFor, type LocalCms } from '../support/cms-server';

/**
 * Every entry of the example content, opened in the real /admin/ (local
 * backend, scratch copy) and saved with one field changed: the file changes
 * on that field's line only, so every other line is byte for byte what it was
 * (comments, key order, quoting, `[a, b]` lists, unquoted dates). Saving a
 * value back, and every fixture file, are proven byte-identical by the
 * writer's own tests (tests/unit/cms-formats.test.ts); here the file is put
 * back on disk before the next entry.
 */

let cms: LocalCms;
let browser: Browser;
let page: Page;

interface Entry {
  collection: CmsCollectionName;
  slug: string;
  file: string;
  /** The field changed: its key in the file and its label in the form. */
  key: string;
  label: string;
}

/** The entries of each CMS collection, read from the example content (the scratch copy starts as it). */
function entries(contentDir: string): Entry[] {
  return (Object.keys(cmsCollections) as CmsCollectionName[]).flatMap((collection) => {
    const spec = cmsCollections[collection];
    const { folder, format } = model[spec.source];
    const field = collectionFields(collection).find((f) => f.name === 'title' || f.name === 'name');
    if (!field) throw new Error(`${collection} has no title or name`);
    const of = (name: string) => ({ collection, file: join(folder, name), key: field.name, label: String(field.label) });
    if (spec.source === 'settings') return [{ ...of('site.yaml'), slug: 'site' }];
    const filter = 'filter' in spec ? spec.filter : undefined;
    return readdirSync(join(contentDir, folder))
      .filter((name) => !name.startsWith('_') && !name.startsWith('.') && name.endsWith(format === 'yaml' ? '.yaml' : '.md'))
      .sort()
      .filter(
        (name) =>
          !filter ||
          (parseContentFile(readFileSync(join(contentDir, folder, name), 'utf8'), format).data as Record<string, unknown>)[filter.field] === filter.value,
      )
      .map((name) => ({ ...of(name), slug: name.replace(/\.(md|yaml)$/, '') }));
  });
}

const exampleEntries = entries(join(new URL('../..', import.meta.url).pathname, 'content'));

beforeAll(async () => {
  cms = await startLocalCms();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await logIn(page, cms.url);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/**
 * Opens an entry in a fresh form, read from its file: by way of its collection's
 * list, so that the previous entry's editor is gone (going from one entry's
 * address straight to another's, Decap may keep the previous form).
 */
async function open(entry: Entry) {
  await page.goto(`${cms.url}/admin/#/collections/${entry.collection}`);
  await page.getByRole('button', { name: 'Publier', exact: true }).waitFor({ state: 'detached' });
  await page.goto(`${cms.url}/admin/#/collections/${entry.collection}/entries/${entry.slug}`);
  const input = page.getByLabel(entry.label, { exact: true });
  await input.waitFor({ timeout: 30_000 });
  return input;
}

const read = (entry: Entry) => readFileSync(join(cms.contentDir, entry.file), 'utf8');

describe('every entry round-trips through the CMS', () => {
  it('walks every collection', () => {
    expect(new Set(exampleEntries.map((entry) => entry.collection))).toEqual(new Set(Object.keys(cmsCollections)));
    expect(exampleEntries.length).toBeGreaterThan(50);
  });

  it.each(exampleEntries.map((entry) => [`${entry.collection}/${entry.slug}`, entry] as const))(
    '%s: one field changed, one line changed, the rest byte-identical',
    async (_name, entry) => {
      const original = read(entry);
      const input = await open(entry);
      const value = await input.inputValue();

      await input.fill(`${value} (essai)`);
      await publish(page);
      await saved(page);
      // The toast of the previous save may still be up (Decap keeps it 8 s): the file itself says this save is done.
      await waitFor(async () => read(entry) !== original && read(entry) !== '', `${entry.file} saved`, 30_000);
      const { removed, added } = changedLines(original, read(entry));
      expect(removed).toHaveLength(1);
      expect(added).toHaveLength(1);
      // The same key, the new value, in the same quoting style.
      expect(parse(added[0] ?? '')).toEqual({ [entry.key]: `${value} (essai)` });
      expect(parse(removed[0] ?? '')).toEqual({ [entry.key]: value });
      expect(added[0]?.includes('"')).toBe(removed[0]?.includes('"'));
      writeFileSync(join(cms.contentDir, entry.file), original);
    },
    90_000,
  );
});
