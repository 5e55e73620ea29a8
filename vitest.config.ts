import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // .ci/run sets VITEST_JSON to compute its closing summary from vitest's own results.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/integration/**'],
          // Rule tests share one typed program per worker: isolating each file would
          // rebuild it (lib.dom alone is half a second) for every test file.
          pool: 'threads',
          isolate: false,
          testTimeout: 30_000,
        },
      },
      // Packs the plugin and installs it into consumer projects: see its config.
      'tests/integration/vitest.config.ts',
    ],
  },
});
