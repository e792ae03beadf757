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
    // For the same reason React writes void elements self-closed (`<input/>`, `<br/>`) and
    // boolean or empty attributes with an empty value (`required=""`, `hidden=""`), where
    // Astro omits both; each form is valid HTML, and a page mixes the two renderers.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // A page title is the editor's title plus the co-op's name; 70 characters is a search
    // engine display heuristic, not a validity or accessibility rule, and cutting a
    // volunteer's event title would lose meaning.
    'long-title': 'off',
  },
};
