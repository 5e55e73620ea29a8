// Invalid rule options are rejected by ESLint's own schema check, through its API,
// with a message that names the rule and the bad option or value.
import path from 'node:path';

import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';
import plugin from '../src/index.js';
import { FIXTURES_DIR } from './rule-tester.js';

async function lintWithOptions(
  ruleName: string,
  options: unknown[],
  code = 'export {};\n',
): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({
    cwd: FIXTURES_DIR,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: FIXTURES_DIR },
        },
      },
      plugin.configs.recommended,
      { rules: { [`ivs-stage/${ruleName}`]: ['error', ...options] as Linter.RuleEntry } },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(FIXTURES_DIR, 'file.ts') });
  return result?.messages ?? [];
}

describe('exhaustive-error-switch options', () => {
  // The merged options are kept per distinct value (create-rule.ts): lints with
  // different options in one process each get their own.
  it('applies the options of each lint, one after another', async () => {
    const code = [
      "import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';",
      'declare const error: StageError;',
      'switch (error.code) {',
      '  case StageErrorCode.TOKEN_EXPIRED:',
      '    break;',
      '}',
      '',
    ].join('\n');
    const messageIds = async (options: unknown[]): Promise<(string | null)[]> =>
      (await lintWithOptions('exhaustive-error-switch', options, code)).map(message => message.messageId ?? null);
    await expect(messageIds([{ require: 'all' }])).resolves.toEqual(['missingCases']);
    await expect(messageIds([])).resolves.toEqual(['missingFatalCases']);
    await expect(messageIds([{ require: 'all' }])).resolves.toEqual(['missingCases']);
  });

  it('accepts every documented option', async () => {
    await expect(lintWithOptions('exhaustive-error-switch', [{ require: 'all', allowDefaultForFatal: true }])).resolves.toEqual([]);
    await expect(lintWithOptions('exhaustive-error-switch', [{ require: 'fatal' }])).resolves.toEqual([]);
  });

  // ESLint names an unknown key and lists the known ones.
  it.each([
    [{ requires: 'all' }, 'requires'],
    [{ allowDefault: true }, 'allowDefault'],
  ])('rejects the unknown key in %j', async (options, key) => {
    await expect(lintWithOptions('exhaustive-error-switch', [options])).rejects.toThrow(
      `Key "ivs-stage/exhaustive-error-switch":\n\tValue ${JSON.stringify({ require: 'fatal', allowDefaultForFatal: false, ...options })} should NOT have additional properties.\n\t\tUnexpected property "${key}". Expected properties: "require", "allowDefaultForFatal".`,
    );
  });

  // For a bad value ESLint's message names the rule and the value, and says what is wrong
  // with it; it drops the key's path (ajv's dataPath), so the value is what identifies it.
  it.each([
    [{ require: 'some' }, 'Value "some" should be equal to one of the allowed values.'],
    [{ require: 1 }, 'Value 1 should be string.'],
    [{ allowDefaultForFatal: 'yes' }, 'Value "yes" should be boolean.'],
    ['all', 'Value "all" should be object.'],
  ])('rejects the bad value in %j', async (options, problem) => {
    await expect(lintWithOptions('exhaustive-error-switch', [options])).rejects.toThrow(
      `Key "ivs-stage/exhaustive-error-switch":\n\t${problem}`,
    );
  });

  it('rejects a second options object', async () => {
    await expect(lintWithOptions('exhaustive-error-switch', [{}, {}])).rejects.toThrow(
      /Key "ivs-stage\/exhaustive-error-switch":\n\tValue .* should NOT have more than 1 items\./,
    );
  });
});

const rulesWithoutOptions = Object.entries(rules)
  .filter(([, rule]) => Array.isArray(rule.meta.schema) && rule.meta.schema.length === 0)
  .map(([name]) => name);

describe('rules without options', () => {
  it('are the two rules other than exhaustive-error-switch and require-error-listener', () => {
    expect(rulesWithoutOptions.sort()).toEqual(['no-numeric-error-code', 'no-retry-on-fatal-error']);
  });

  it.each(rulesWithoutOptions)('%s rejects any option, naming the rule', async name => {
    await expect(lintWithOptions(name, [{ require: 'all' }])).rejects.toThrow(
      `Key "ivs-stage/${name}":\n\tValue [{"require":"all"}] should NOT have more than 0 items.`,
    );
  });
});
