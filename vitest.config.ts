import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // CI machines are shared: a loaded one must slow a test down, never fail it.
      { test: { name: 'common', include: ['common/src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // The benchmark's own pure helpers (the first-load budget walk), not the benchmarks.
      { test: { name: 'bench', include: ['bench/lib/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // The web app's pure parts (module manifests, small rules); pages are tested in Chromium (e2e/).
      { test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          exclude: ['server/src/**/*.nodes.test.ts'],
          environment: 'node',
          globalSetup: ['server/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Real server processes (server/src/test/nodes.ts): several nodes, crashes, backups. Heavier; a step of its own
      // in `npm test` (scripts/test.mjs), one file at a time so that the processes do not crowd the machine.
      {
        test: {
          name: 'nodes',
          include: ['server/src/**/*.nodes.test.ts'],
          environment: 'node',
          globalSetup: ['server/src/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
