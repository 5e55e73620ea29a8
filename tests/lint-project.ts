// Lints a whole fixture project through ESLint's own API with the plugin's
// `configs.recommended` and `configs['recommended-js']`, as a user's project
// is linted, and lists the findings as `file:line ruleId`.
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../src/index.js';

export async function projectFindings(dir: string, withMessageIds = false): Promise<string[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,js,jsx}'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: dir },
        },
      },
      plugin.configs.recommended,
      plugin.configs['recommended-js'],
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap(result =>
    result.messages.map(message => {
      const where = `${path.relative(dir, result.filePath)}:${String(message.line)}`;
      const what = message.ruleId ?? message.message;
      return withMessageIds ? `${where} ${what} ${message.messageId ?? ''}` : `${where} ${what}`;
    }),
  );
}
