import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Three kinds of tests: `unit` (pure logic, fast), `build` (real astro builds
 * of fixture sites) and `e2e` (the built example site in Chromium), run one
 * project after the other (`groupOrder`). Unit files run two at a time, one
 * per core; build and browser files one at a time: two `astro build` runs
 * in one project share its `.astro/` folder, and a browser test wants the
 * second core for Chromium.
 */
export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 }, maxWorkers: 2 } },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
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
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
