import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rule tests share one typed program per worker: isolating each file would
    // rebuild it (lib.dom alone is half a second) for every test file.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
  },
});
