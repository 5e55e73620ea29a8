// A file without type information gets one clear message, not a crash; a
// JavaScript file without it that does not name the SDK (a TypeScript project's
// eslint.config.js) gets nothing.
import path from 'node:path';

import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';
import plugin from '../src/index.js';
import { FIXTURES_DIR } from './rule-tester.js';

const everyRuleOn: Linter.RulesRecord = Object.fromEntries(
  Object.keys(rules).map(name => [`ivs-stage/${name}`, 'error']),
);

const code = `
import { Stage, StageErrorCode } from 'amazon-ivs-web-broadcast';
const stage = new Stage('token', {});
void stage.join();
export const deleted = StageErrorCode.STAGE_DELETED === 9;
`;

async function lint(config: Linter.Config[], filename: string): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ cwd: FIXTURES_DIR, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: path.join(FIXTURES_DIR, filename) });
  return result?.messages ?? [];
}

const expectedMessage =
  'The ivs-stage rules need type information for this file and typescript-eslint has none: set `parserOptions.projectService: true` and make sure a tsconfig includes this file, or keep the ivs-stage config off it with `files`.';

describe('files without type information', () => {
  it('a .js file parsed by espree: one message from the first rule, nothing else', async () => {
    const messages = await lint(
      [{ files: ['**/*.js'], plugins: { 'ivs-stage': plugin }, rules: everyRuleOn }],
      'plain.js',
    );
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: `ivs-stage/${Object.keys(rules)[0] ?? ''}`,
        message: expectedMessage,
        line: 1,
        column: 1,
        severity: 2,
      }),
    ]);
  });

  it('a TypeScript file parsed without projectService: the same single message', async () => {
    const messages = await lint(
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { 'ivs-stage': plugin }, rules: everyRuleOn }],
      'file.ts',
    );
    expect(messages.map(message => message.message)).toEqual([expectedMessage]);
  });

  it('recommended keeps the rules off JavaScript files', async () => {
    expect(await lint([plugin.configs.recommended], 'plain.js')).toEqual([]);
  });

  it('recommended-js on an untyped .js file that imports the SDK: the same single message', async () => {
    const messages = await lint([plugin.configs['recommended-js']], 'plain.js');
    expect(messages.map(message => message.message)).toEqual([expectedMessage]);
  });

  it('recommended-js on untyped .js/.mjs/.cjs files that do not name the SDK: nothing', async () => {
    const eslint = new ESLint({ cwd: FIXTURES_DIR, overrideConfigFile: true, overrideConfig: [plugin.configs['recommended-js']] });
    for (const filename of ['eslint.config.js', 'vite.config.mjs', 'build.cjs']) {
      const [result] = await eslint.lintText('const config = { plugins: [] };\nconsole.log(config);\n', {
        filePath: path.join(FIXTURES_DIR, filename),
      });
      expect(result?.messages).toEqual([]);
    }
  });
});
