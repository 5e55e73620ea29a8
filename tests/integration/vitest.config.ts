// The integration project: slow tests against packed builds in real consumer
// projects, with their own setup and generous timeouts.
import { fileURLToPath } from 'node:url';

import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'integration',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/integration/**/*.test.ts'],
    globalSetup: ['tests/integration/global-setup.ts'],
    // Each file starts ESLint processes that build a TypeScript program; forks
    // keep a stuck child process from taking a worker thread down with it.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
