import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlValidateConfig } from '../html-validate.config';
import { checkLinks } from '../support/link-check';
import { builtPages } from '../support/pages';

/** Every built page is valid HTML and every link into the site leads somewhere. */
const dist = inject('distDir');
const pages = builtPages(dist);
const validator = new HtmlValidate(htmlValidateConfig);

describe('valid HTML', () => {
  it('the sweep found the site', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/groupes/', '/404.html']));
  });

  it.each(pages)('$path passes html-validate', async ({ path, file }) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (at ${m.selector ?? 'document'})`),
    );
    expect(errors).toEqual([]);
  });
});

describe('internal links', () => {
  it('every href/src to the site resolves to a built file, and every #anchor to an element', () => {
    expect(checkLinks(dist)).toEqual([]);
  });
});
