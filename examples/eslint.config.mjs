// The README's configuration, as a user writes it.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import ivsStage from 'eslint-plugin-ivs-stage';

export default defineConfig(
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ivsStage.configs.recommended,
  // The module that shares one RealTimeConnection between Stages also checks
  // that the connection's `stateChanged` listener reads its error (off in
  // `recommended`, on in `strict`).
  {
    files: ['src/shared-connection.ts'],
    rules: { 'ivs-stage/require-error-listener': ['warn', { connections: true }] },
  },
);
