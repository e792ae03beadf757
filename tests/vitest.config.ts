import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Three kinds of tests: `unit` (pure logic, fast), `build` (real astro builds
 * of fixture sites) and `e2e` (the built example site in Chromium). One file
 * at a time, across projects too: the machines have two cores, and two
 * `astro build` runs in one project share its `.astro/` folder.
 */
export default defineConfig({
  test: {
    root,
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
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
