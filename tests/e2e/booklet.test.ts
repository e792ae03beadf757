import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { launchBrowser } from '../support/browser';
import { decodeAllQrPng } from '../support/qr-decode';
import { entriesOf } from '../support/site-content';

/**
 * /livret/ as a welcome meeting gets it: printed to PDF by Chromium, read
 * back with poppler (pdfinfo, pdftotext, pdftoppm) and its codes decoded by jsQR.
 */
const base = inject('baseUrl');
const scratch = mkdtempSync(join(tmpdir(), 'babillard-livret-'));
const pdf = join(scratch, 'livret.pdf');
let browser: Browser;
let pageTexts: string[] = [];
let codes: string[][] = [];

const settings = entriesOf('settings')[0]?.data as { name: string; baseUrl: string; houseRules: string[] };
const pages = entriesOf('pages').map((e) => e.data as { title: string; kind: string; order?: number });
const guide = pages.filter((p) => p.kind === 'guide').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
const charter = pages.find((p) => p.kind === 'charter');
const groups = entriesOf('groups').map((e) => ({ id: e.id, data: e.data as { name: string; access: string; archived: boolean; links: { url: string }[] } }));
const visible = groups.filter((g) => !g.data.archived);
const pageUrl = (id: string) => new URL(`groupes/${id}/`, settings.baseUrl).href;

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${base}/livret/`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.close();
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  pageTexts = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
  execFileSync('pdftoppm', ['-r', '200', '-png', pdf, join(scratch, 'page')]);
  codes = readdirSync(scratch)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => decodeAllQrPng(readFileSync(join(scratch, f))));
});
afterAll(async () => {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The first line of a page with words on it, spaces folded. */
const firstLine = (text: string) => (text.split('\n').find((line) => line.trim()) ?? '').replace(/\s+/g, ' ').trim();
const fold = (text: string) => text.replace(/\s+/g, ' ');

describe('the printed booklet', () => {
  it('is A5, 24 pages at most, with the co-op’s name on its cover and no navigation of the site', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+419\.\d+ x 595\.\d+ pts \(A5\)|Page size:\s+420 x 59[45]\.\d+ pts \(A5\)/,
    );
    expect(pageTexts.length).toBeGreaterThanOrEqual(2 + guide.length + 3);
    expect(pageTexts.length).toBeLessThanOrEqual(24);
    expect(fold(pageTexts[0] ?? '')).toContain(settings.name);
    expect(fold(pageTexts[0] ?? '')).toContain(fr['booklet.cover']);
    const all = pageTexts.join('\n');
    for (const chrome of [fr['nav.skip'], fr['nav.label'], fr['booklet.howTo'].slice(0, 40)]) expect(all).not.toContain(chrome);
  });

  it('opens every chapter, the house rules, the charter and the directory on a new page, in that order, after the table of contents', () => {
    const titles = [fr['booklet.toc'], ...guide.map((c) => c.title), fr['booklet.rules'], charter?.title ?? '', fr['booklet.directory']];
    const starts = titles.map((title) => pageTexts.findIndex((text) => firstLine(text) === title));
    expect(starts.every((n) => n > 0)).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    // The table of contents names them all.
    for (const title of titles.slice(1)) expect(fold(pageTexts[starts[0] ?? 0] ?? '')).toContain(title);
  });

  it('numbers its pages at the foot, the cover excepted', () => {
    const lastLines = pageTexts.map((text) => text.trim().split('\n').at(-1)?.trim());
    expect(lastLines.slice(1)).toEqual(pageTexts.slice(1).map((_, i) => String(i + 2)));
    expect(lastLines[0]).not.toBe('1');
  });

  it('prints the house rules word for word', () => {
    const rules = pageTexts.find((text) => firstLine(text) === fr['booklet.rules']) ?? '';
    // Emoji are printed only where the machine has an emoji font (a test machine may have none): the words must all be there.
    const words = (text: string) => fold(text.replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ''));
    for (const rule of settings.houseRules) expect(words(rules)).toContain(words(rule));
  });

  it('has a readable code for the site on its cover, and one per open group leading to its page', () => {
    expect(codes[0]).toEqual([settings.baseUrl]);
    const open = visible.filter((g) => g.data.access === 'open');
    expect(codes.slice(1).flat().sort()).toEqual(open.map((g) => pageUrl(g.id)).sort());
    // Every visible group is named, with or without a code.
    const all = fold(pageTexts.join('\n'));
    for (const group of visible) expect(all).toContain(group.data.name);
  });

  it('never prints an invite link, least of all a members-only one', () => {
    const all = pageTexts.join('\n').replace(/\s+/g, '');
    const decoded = codes.flat();
    for (const { url } of groups.flatMap((g) => g.data.links)) {
      expect(all).not.toContain(url.replace(/^https:\/\//, ''));
      expect(decoded).not.toContain(url);
    }
  });
});
