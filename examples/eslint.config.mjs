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
);
