// An app that loads the SDK with a <script> tag: it reads the global
// `window.IVSBroadcastClient` and imports nothing. With the declaration file the
// README's "SDK loaded by a `<script>` tag" shows (tests/fixtures/script-global/
// ivs-global.d.ts), the global has the SDK's types and every rule works; without
// it, the global is untyped and the rules have nothing to read.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { FIXTURES_DIR } from './rule-tester.js';
import { parseConfigFile } from './type-check.js';

const DIR = path.join(FIXTURES_DIR, 'script-global');
const DECLARATION_FILE = 'ivs-global.d.ts';

/** app.js linted with `configs['recommended-js']` and these parser options. */
async function lintApp(parserOptions: Record<string, unknown>, fix = false): Promise<ESLint.LintResult> {
  const eslint = new ESLint({
    cwd: DIR,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.js'], languageOptions: { parser: tseslint.parser, parserOptions } },
      plugin.configs['recommended-js'],
    ],
  });
  const [result] = await eslint.lintFiles(['app.js']);
  if (!result) {
    throw new Error('ESLint returned no result');
  }
  return result;
}

/** A result's findings as `line ruleId severity`. */
function findingsOf(result: ESLint.LintResult): string[] {
  return result.messages.map(
    message => `${String(message.line)} ${message.ruleId ?? message.message} ${String(message.severity)}`,
  );
}

/** The fixture's jsconfig.json as a program, with or without the declaration file. */
function fixtureProgram({ declarations }: { declarations: boolean }): ts.Program {
  const configPath = path.join(DIR, 'jsconfig.json');
  const parsed = parseConfigFile(configPath);
  const rootNames = parsed.fileNames.filter(file => declarations || path.basename(file) !== DECLARATION_FILE);
  expect(rootNames.map(file => path.basename(file)).sort()).toEqual(
    declarations ? ['app.js', DECLARATION_FILE] : ['app.js'],
  );
  return ts.createProgram({ rootNames, options: parsed.options });
}

const EXPECTED_FINDINGS = [
  '36 ivs-stage/require-error-listener 1',
  '54 ivs-stage/no-numeric-error-code 2',
  '67 ivs-stage/no-retry-on-fatal-error 2',
  '77 ivs-stage/exhaustive-error-switch 2',
];

describe('an app that loads the SDK with a <script> tag', () => {
  it('with the declaration file: one finding per rule, where the app file says TP', async () => {
    const result = await lintApp({ projectService: true, tsconfigRootDir: DIR });
    expect(findingsOf(result)).toEqual(EXPECTED_FINDINGS);
    expect(result.messages.map(message => message.messageId)).toEqual([
      'missingErrorListener',
      'numericCode',
      'unguardedRetry',
      'missingFatalCases',
    ]);
    // The lines are the ones the fixture marks.
    const lines = readFileSync(path.join(DIR, 'app.js'), 'utf8').split('\n');
    for (const message of result.messages) {
      expect(lines[message.line - 1]).toContain(`// TP ${message.ruleId?.replace('ivs-stage/', '') ?? ''}`);
    }
  });

  it('the fix names the member through the destructured global, and adds no import to the script', async () => {
    const { output } = await lintApp({ projectService: true, tsconfigRootDir: DIR }, true);
    expect(output).toContain('if (error.code === StageErrorCode.STAGE_AT_CAPACITY) { // TP no-numeric-error-code');
    expect(output).not.toMatch(/^import /m);
  });

  it('without the declaration file: the global is untyped, and nothing is reported', async () => {
    // The same program with the file gives the same findings as the project service.
    const typed = await lintApp({ programs: [fixtureProgram({ declarations: true })] });
    expect(findingsOf(typed)).toEqual(EXPECTED_FINDINGS);
    const untyped = await lintApp({ programs: [fixtureProgram({ declarations: false })] });
    expect(findingsOf(untyped)).toEqual([]);
  });

  it("the README shows the fixture's declaration file, complete", () => {
    const readme = readFileSync(path.join(FIXTURES_DIR, '..', '..', 'README.md'), 'utf8');
    const block = /```ts\n\/\/ src\/ivs-global\.d\.ts\n([^`]*)```/.exec(readme);
    const fixture = readFileSync(path.join(DIR, DECLARATION_FILE), 'utf8');
    // The fixture's own header comment is not part of what users paste.
    expect(block?.[1]).toBe(fixture.replace(/^(\/\/.*\n)+/, ''));
  });
});
