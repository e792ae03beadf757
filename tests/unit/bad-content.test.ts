import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { badCases, overlayFiles } from '../support/fixtures';

describe('content check', () => {
  it('accepts the base fixture site', () => {
    expect(checkContent(overlayFiles()).problems).toEqual([]);
  });

  const cases = badCases();
  it('has a corpus of at least 15 broken sites', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(cases)('$name', ({ dir, expected }) => {
    const { problems } = checkContent(overlayFiles(dir));
    const report = formatProblems(problems);

    it('is refused with a message naming the file, the field and what is expected', () => {
      const match = problems.find((p) => p.file === `content/${expected.file}` && (expected.field === undefined || p.field === expected.field));
      expect(match, report).toBeDefined();
      expect(match?.message, report).toContain(expected.message);
      expect(report).toContain(`✖ content/${expected.file}`);
      if (expected.field) expect(report).toContain(`champ « ${expected.field} »`);
    });

    it('reads as sentences, not a stack trace', () => {
      expect(report).not.toMatch(/\bat \S+ \(|Error:|ZodError|\[object Object\]|undefined/);
    });
  });
});
