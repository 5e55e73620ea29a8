// The rules under non-default settings['ivs-stage'] (reclassified codes, a
// team's own mirror enum and Stage wrapper), and the error a bad setting gives.
import path from 'node:path';

import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import exhaustiveErrorSwitch from '../src/rules/exhaustive-error-switch.js';
import requireErrorListener from '../src/rules/require-error-listener.js';
import plugin from '../src/index.js';
import { createRuleTester, FAILURES_AFTER_JOIN, FIXTURES_DIR } from './rule-tester.js';

const ruleTester = createRuleTester();
// tests/fixtures/settings/app-sdk.ts: `AppErrorCode` mirrors StageErrorCode,
// `AppStage` wraps a Stage without extending it.
const appTester = createRuleTester(path.join(FIXTURES_DIR, 'settings'));

const MIRROR_ENUM = { from: 'file', name: 'AppErrorCode', path: 'app-sdk.ts' } as const;
const WRAPPER_CLASS = { from: 'file', name: 'AppStage', path: 'app-sdk.ts' } as const;
const SDK_ENUM = { from: 'package', package: 'amazon-ivs-web-broadcast', name: 'StageErrorCode' } as const;

const switchWithoutFailed = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    throw error;
  default:
    retry();
}
`;

ruleTester.run('exhaustive-error-switch with codes reclassified', exhaustiveErrorSwitch, {
  valid: [
    // FAILED reclassified as retryable: `default` may cover it.
    { code: switchWithoutFailed, settings: { 'ivs-stage': { codes: { FAILED: 'retryable' } } } },
  ],
  invalid: [
    // TIMEOUT reclassified as terminal: it now needs its own case.
    {
      code: switchWithoutFailed,
      settings: { 'ivs-stage': { codes: { FAILED: 'retryable', TIMEOUT: 'terminal' } } },
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'TIMEOUT' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: switchWithoutFailed.replace(
                '  default:\n',
                `  case StageErrorCode.TIMEOUT:
    // Operation timed out. If the {@link StageErrorCategory} is \`JOIN_ERROR\`
    // then check if the stage exists and the token is valid. If the stage
    // exists and the token is valid, this failure is likely a network issue. In
    // that case, wait for the device’s connectivity to recover and either
    // refresh the strategy or leave and rejoin the stage.
    throw new Error('Unhandled StageErrorCode.TIMEOUT');
  default:\n`,
              ),
            },
          ],
        },
      ],
    },
  ],
});

const mirrorSwitch = `
import { AppErrorCode } from './app-sdk';
declare const code: AppErrorCode;
switch (code) {
  case AppErrorCode.TOKEN_MALFORMED:
  case AppErrorCode.TOKEN_EXPIRED:
  case AppErrorCode.TOKEN_NOT_ALLOWED:
  case AppErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case AppErrorCode.FAILED:
  case AppErrorCode.CANCELED:
  case AppErrorCode.CODEC_MISMATCH:
  case AppErrorCode.STAGE_DELETED:
    break;
}
`;

appTester.run('exhaustive-error-switch with errorCodeTypes', exhaustiveErrorSwitch, {
  valid: [
    // By default the mirror is just another enum.
    mirrorSwitch,
    // Replaced: the SDK's own enum is no longer checked.
    {
      code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const code: StageErrorCode;
switch (code) {
  case StageErrorCode.TIMEOUT:
    break;
}
`,
      settings: { 'ivs-stage': { errorCodeTypes: [MIRROR_ENUM] } },
    },
  ],
  invalid: [
    // The mirror enum, alone or beside the SDK's, is checked like StageErrorCode.
    ...[[MIRROR_ENUM], [SDK_ENUM, MIRROR_ENUM]].map(errorCodeTypes => ({
      code: mirrorSwitch,
      settings: { 'ivs-stage': { errorCodeTypes } },
      errors: [
        {
          messageId: 'missingFatalCases' as const,
          data: { enumName: 'AppErrorCode', members: 'PARTICIPANT_DISCONNECTED' },
          suggestions: [
            {
              messageId: 'addMissingCases' as const,
              output: mirrorSwitch.replace(
                '    break;\n',
                `    break;
  case AppErrorCode.PARTICIPANT_DISCONNECTED:
    throw new Error('Unhandled AppErrorCode.PARTICIPANT_DISCONNECTED');\n`,
              ),
            },
          ],
        },
      ],
    })),
  ],
});

const wrapperJoined = `
import { StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
import { AppStage } from './app-sdk';
declare const strategy: StageStrategy;
const stage = new AppStage('token', strategy);
stage.on(StageEvents.STAGE_LEFT, () => {});
await stage.join();
`;

appTester.run('require-error-listener with stageTypes', requireErrorListener, {
  valid: [
    // By default the wrapper is not a Stage.
    wrapperJoined,
    {
      code: wrapperJoined.replace('StageEvents.STAGE_LEFT', 'StageEvents.ERROR'),
      settings: { 'ivs-stage': { stageTypes: [WRAPPER_CLASS] } },
    },
    // Replaced: the SDK's own Stage is no longer tracked.
    {
      code: `
import { Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
await new Stage('token', strategy).join();
`,
      settings: { 'ivs-stage': { stageTypes: [WRAPPER_CLASS] } },
    },
  ],
  invalid: [
    {
      code: wrapperJoined,
      settings: { 'ivs-stage': { stageTypes: [WRAPPER_CLASS] } },
      errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`', failures: FAILURES_AFTER_JOIN } }],
    },
  ],
});

describe('bad settings fail with an error that names the key', () => {
  const switchCode = `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const code: StageErrorCode;
switch (code) {
  case StageErrorCode.FAILED:
    break;
}
`;

  // Through ESLint's Linter with the recommended config, as a user meets the error.
  function lint(settings: unknown, code = switchCode): Linter.LintMessage[] {
    return new Linter({ configType: 'flat' }).verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { projectService: true, tsconfigRootDir: FIXTURES_DIR },
          },
          settings: { 'ivs-stage': settings },
        },
        plugin.configs.recommended,
      ],
      path.join(FIXTURES_DIR, 'file.ts'),
    );
  }

  it.each([
    ['an unknown member name', { codes: { STAGE_GONE: 'terminal' } }, /\.codes\.STAGE_GONE: StageErrorCode has no member STAGE_GONE \(installed members: TOKEN_MALFORMED, .*TOKEN_EXCHANGE_FAILED\)/],
    ['an unknown class', { codes: { FAILED: 'fatal' } }, /\.codes\.FAILED: unknown class "fatal" \(expected one of 'token', 'terminal', 'retryable'\)/],
    ['codes that are not an object', { codes: ['FAILED'] }, /\.codes: expected an object/],
    ['an unknown key', { code: { FAILED: 'retryable' } }, /\]\.code: unknown key \(expected one of codes, connectionCodes, leftReasons, errorCodeTypes, stageTypes\)/],
    ['specifiers that are not an array', { stageTypes: 'Stage' }, /\.stageTypes: expected a non-empty array/],
    ['an unknown "from"', { stageTypes: [{ from: 'npm', name: 'Stage' }] }, /\.stageTypes\[0\]: "from" must be 'file', 'lib' or 'package', not "npm"/],
    ['a package specifier without its package', { errorCodeTypes: [{ from: 'package', name: 'StageErrorCode' }] }, /\.errorCodeTypes\[0\]: "package" must name the npm package/],
    ['a misspelt specifier key', { stageTypes: [{ from: 'file', name: 'AppStage', paht: 'app.ts' }] }, /\.stageTypes\[0\]: unknown key "paht" for from: 'file'/],
    ['a specifier without a name', { errorCodeTypes: [{ from: 'lib' }] }, /\.errorCodeTypes\[0\]: "name" must be a non-empty string/],
  ])('%s', (_, settings, message) => {
    expect(() => lint(settings)).toThrow(message);
    expect(() => lint(settings)).toThrow(/Invalid settings\['ivs-stage'\]/);
  });

  it('is checked by require-error-listener even in a file without a switch', () => {
    expect(() => lint({ stageTypes: [] }, 'export {};')).toThrow(
      /Invalid settings\['ivs-stage'\]\.stageTypes: expected a non-empty array/,
    );
  });
});
