import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content-check';
import { badCases, overlayFiles, overlayPublic } from '../support/fixtures';

describe('content check', () => {
  it('accepts the base fixture site', () => {
    expect(checkContent(overlayFiles(), { publicFiles: overlayPublic(), now: new Date('2026-11-21T12:00:00Z') }).problems).toEqual([]);
  });

  const cases = badCases();
  it('has a corpus of at least 15 broken sites', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(cases)('$name', ({ dir, expected }) => {
    const { problems } = checkContent(overlayFiles(dir), { publicFiles: overlayPublic(dir), now: new Date('2026-11-21T12:00:00Z') });
    const report = formatProblems(problems);
    // Files of public/ are named as such; every other path is under content/.
    const file = expected.file.startsWith('public/') ? expected.file : `content/${expected.file}`;

    it('is refused with a message naming the file, the field and what is expected', () => {
      const match = problems.find((p) => p.file === file && (expected.field === undefined || p.field === expected.field));
      expect(match, report).toBeDefined();
      expect(match?.message, report).toContain(expected.message);
      expect(report).toContain(`✖ ${file}`);
      if (expected.field) expect(report).toContain(`champ « ${expected.field} »`);
      if (expected.line) expect(match?.line, report).toBe(expected.line);
    });

    it('is written in French, without the parser’s or Zod’s English', () => {
      expect(report).not.toMatch(/\b(?:expected|received|Invalid|must|should|cannot|Unexpected|missing|the|of|is)\b/);
    });

    it('reads as sentences, not a stack trace', () => {
      expect(report).not.toMatch(/\bat \S+ \(|Error:|ZodError|\[object Object\]|undefined/);
    });
  });
});
