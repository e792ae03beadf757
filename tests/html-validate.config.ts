import type { ConfigData } from 'html-validate';

/**
 * html-validate settings for the built pages (tests/e2e/valid-and-linked.test.ts).
 * The recommended preset, with these overrides only:
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The shared cards are React components rendered to static HTML; React writes DOM
    // property names such as `dateTime` for attributes, and HTML attribute names are
    // case-insensitive, so camelCase is as valid as lowercase.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // A page title is the editor's title plus the co-op's name; 70 characters is a search
    // engine display heuristic, not a validity or accessibility rule, and cutting a
    // volunteer's event title would lose meaning.
    'long-title': 'off',
    // React's static markup writes boolean attributes as `readonly=""` and void elements as
    // `<input />`; both are valid HTML, these two rules only enforce one writing style.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
  },
};
