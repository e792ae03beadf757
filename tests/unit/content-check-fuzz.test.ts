import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content-check';
import { overlayFiles, overlayPublic } from '../support/fixtures';

/**
 * The mistakes nobody thought of: the base site with one line of one file
 * deleted, duplicated or spiked with a character YAML or Markdown cares about,
 * many times over (a fixed seed, so a failure can be replayed). The check must
 * never throw and never speak English or print an internal value.
 */
const pieces = [
  '',
  ' ',
  ':',
  ': ',
  '- ',
  '"',
  "'",
  '#',
  ' #',
  '[',
  ']',
  '{',
  '}',
  '\t',
  '|',
  '>',
  '&a',
  '*a',
  '!!str',
  '---',
  '2026-13-45',
  'null',
  '~',
  '0',
  '-1',
  '1e999',
  'true',
  '[a, b]',
  '{ name: x }',
  '\u0000',
  '\uFFFD',
  'é',
  '%',
  '@',
  '`',
  '<img src=x>',
  '](/nulle-part/)',
  '![a](/media/b.png)',
];

function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('the content check on 800 mutated sites', () => {
  it('answers every one in French sentences, never with an exception', () => {
    const rnd = random(20261201);
    const base = overlayFiles();
    const publicFiles = overlayPublic();
    for (let i = 0; i < 800; i++) {
      const files = base.map((file) => ({ ...file }));
      const file = files[rnd(files.length)];
      if (!file) continue;
      const lines = file.text.split('\n');
      const at = rnd(lines.length);
      const piece = pieces[rnd(pieces.length)] ?? '';
      const line = lines[at] ?? '';
      const cut = rnd(line.length + 1);
      [() => lines.splice(at, 1), () => lines.splice(at, 0, lines[rnd(lines.length)] ?? ''), () => (lines[at] = line.slice(0, cut) + piece + line.slice(cut))][
        rnd(3)
      ]?.();
      file.text = lines.join('\n');
      file.bytes = Buffer.from(file.text);
      let report = '';
      expect(() => (report = formatProblems(checkContent(files, { publicFiles }).problems)), `${file.path}\n${file.text}`).not.toThrow();
      expect(report, `${file.path}\n${file.text}`).not.toMatch(/undefined|\[object|NaN|\b(?:Invalid|expected|received|must|cannot)\b/);
    }
  }, 60_000);
});
