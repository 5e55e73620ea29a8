import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rule tests share one typed program per worker: isolating each file would
    // rebuild it (lib.dom alone is half a second) for every test file.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
    // .ci/run sets VITEST_JSON to compute its closing summary from vitest's own results.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
  },
});
