// @ts-check
/**
 * The linter's settings (`npm run lint`, part of `npm test`). Kept under tests/
 * so the project's top level stays the documented one; `npm run lint` points
 * ESLint here. Every override says why.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = new URL('..', import.meta.url).pathname;

export default tseslint.config(
  // Built output, caches and files copied as they are.
  { ignores: ['dist/**', '.astro/**', 'tests/.output/**', 'node_modules/**', 'public/**', 'tests/fixtures/**'] },

  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Template literals are how the dictionary's keys and the routes are built; numbers in them are fine.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `void promise` marks a promise we do not wait for on purpose (event handlers of custom elements).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // With noUncheckedIndexedAccess, an index the surrounding loop proves in range is written `a[i]!`;
      // a `?? fallback` there would invent a value for a case that cannot happen.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Unused values are errors, except a leading underscore that says "deliberately ignored".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Invite links, feeds and SVGs are checked for control characters on purpose: those regexes must name them.
      'no-control-regex': 'off',
      // `\-` in a character class reads as a literal hyphen at a glance; removing it would change no match.
      'no-useless-escape': ['error', { allowRegexCharacters: ['-'] }],
    },
  },

  // Astro components: the Astro plugin's rules; type-aware rules off, since the Astro parser
  // hands ESLint a virtual TSX file without a project and `astro check` type-checks them.
  ...astro.configs.recommended,
  { files: ['**/*.astro'], ...tseslint.configs.disableTypeChecked },

  // React components (the group page, cards and QR codes the CMS previews reuse): accessibility rules.
  { files: ['**/*.tsx'], ...jsxA11y.configs.recommended },

  // Plain scripts and configuration files outside the TypeScript project.
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },

  // Tests read untyped data (parsed files, JSON, browser results) on purpose and assert on it.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test callbacks are async functions without awaits when a helper returns a promise.
      '@typescript-eslint/require-await': 'off',
      // Code run inside the browser (page.evaluate) guards against nulls the DOM types deny but pages produce.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },

  // Formatting belongs to Prettier: turn off the rules that would fight it.
  prettier,
);
