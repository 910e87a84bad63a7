import { defineConfig } from 'vitest/config';

/**
 * Two projects, so that the unit tests start at once: only the tests that serve the app, run the
 * CLI or drive a browser wait for global setup (building dist/, asking PostgreSQL and Chromium).
 * Vitest runs a project's global setup only when one of its files is queued.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration and e2e',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
