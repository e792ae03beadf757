import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Three kinds of tests: `unit` (pure logic, fast), `build` (real astro builds
 * of fixture sites) and `e2e` (the built example site in Chromium). Builds and
 * browsers run one file at a time: the machines have two cores.
 */
export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
