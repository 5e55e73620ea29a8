// Lint a snippet through ESLint's own API with the plugin's recommended config,
// as tests/fixtures/file.ts (or react.tsx) of the typed fixture project.
import path from 'node:path';

import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../src/index.js';
import { FIXTURES_DIR } from './rule-tester.js';

export interface LintOptions {
  settings?: Record<string, unknown>;
  rules?: Linter.RulesRecord;
  filename?: 'file.ts' | 'react.tsx';
  fix?: boolean;
}

export async function lintWithPlugin(
  code: string,
  { settings = {}, rules, filename = 'file.ts', fix = false }: LintOptions = {},
): Promise<ESLint.LintResult> {
  const eslint = new ESLint({
    cwd: FIXTURES_DIR,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: FIXTURES_DIR },
        },
        settings,
      },
      plugin.configs.recommended,
      ...(rules ? [{ rules }] : []),
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(FIXTURES_DIR, filename) });
  if (!result) {
    throw new Error('ESLint returned no result');
  }
  return result;
}
