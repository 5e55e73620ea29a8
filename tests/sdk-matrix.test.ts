// Every rule against the real declarations of several SDK versions: the enum
// grew from 8 members (1.24) to 10 (1.32) to 12 (1.38+), and the rules must read
// the members (and their JSDoc) from whichever SDK is installed.
import path from 'node:path';

import type { RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

import exhaustiveErrorSwitch from '../src/rules/exhaustive-error-switch.js';
import noNumericErrorCode from '../src/rules/no-numeric-error-code.js';
import noRetryOnFatalError from '../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../src/rules/require-error-listener.js';
import { KNOWN_CODES, UNKNOWN_CODE } from '../src/sdk/codes.js';
import { createRuleTester, FIXTURES_DIR } from './rule-tester.js';

/**
 * The installed SDKs. Each fixture folder's tsconfig maps `amazon-ivs-web-broadcast`
 * with `paths` to an aliased devDependency's declaration file; typescript-eslint
 * still sees it as the package `amazon-ivs-web-broadcast` (the name in that
 * package's own package.json), so the default specifiers match as for users.
 */
const SDKS = {
  '1.24': path.join(FIXTURES_DIR, 'sdk-1.24'), // devDependency ivs-sdk-1-24
  '1.32': path.join(FIXTURES_DIR, 'sdk-1.32'), // devDependency ivs-sdk-1-32
  current: FIXTURES_DIR, // devDependency amazon-ivs-web-broadcast
} as const;

type Sdk = keyof typeof SDKS;

/** A rule and its cases as a function of the installed SDK. */
function matrixEntry<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: (sdk: Sdk) => RunTests<MessageIds, Options>,
): (sdk: Sdk) => void {
  return sdk => {
    createRuleTester(SDKS[sdk]).run(`${name} on SDK ${sdk}`, rule, cases(sdk));
  };
}

// A switch written against SDK 1.24: every fatal code of 1.24 has its case.
const switchFor124 = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
    throw error;
  default:
    retry();
}
`;

// The suggestion's cases carry the installed SDK's own JSDoc for each member.
const STAGE_DELETED_CASE = `  case StageErrorCode.STAGE_DELETED:
    // If a stage is deleted while a participant is actively in a session, they will be
    // gracefully disconnected. If a participant tries to join a deleted stage, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.STAGE_DELETED');
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    // If a participant is disconnected while actively in a session, they will be
    // gracefully disconnected. If a participant tries to join again, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.PARTICIPANT_DISCONNECTED');
`;
const TOKEN_EXCHANGE_CASE = `  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    // Token exchange failed due to invalid or incompatible token.
    // The token may be malformed, have incompatible immutable properties
    // (stageARN, participantID, eventsURL, whipURL, topic), or be otherwise
    // invalid. Check error details for specific validation failures.
    // Create a valid token with matching immutable properties and retry.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID');
`;

function switchFor124Fixed(sdk: Sdk): string {
  const added = STAGE_DELETED_CASE + (sdk === 'current' ? TOKEN_EXCHANGE_CASE : '');
  return switchFor124.replace('  default:\n', `${added}  default:\n`);
}

// One entry per rule: `matrixEntry(name, rule, sdk => ({ valid, invalid }))`.
const matrix = [
  matrixEntry('exhaustive-error-switch', exhaustiveErrorSwitch, sdk => {
    if (sdk === '1.24') {
      return { valid: [switchFor124], invalid: [] };
    }
    return {
      valid: [],
      invalid: [
        {
          code: switchFor124,
          errors: [
            {
              messageId: 'missingFatalCases',
              data: {
                enumName: 'StageErrorCode',
                // Never TOKEN_EXCHANGE_FAILED, which is retryable.
                members:
                  sdk === '1.32'
                    ? 'STAGE_DELETED and PARTICIPANT_DISCONNECTED'
                    : 'STAGE_DELETED, PARTICIPANT_DISCONNECTED and TOKEN_EXCHANGE_REQUEST_INVALID',
              },
              suggestions: [{ messageId: 'addMissingCases', output: switchFor124Fixed(sdk) }],
            },
          ],
        },
      ],
    };
  }),
  matrixEntry('no-numeric-error-code', noNumericErrorCode, sdk => {
    const comparison = (value: number) => `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const matches = error.code === ${String(value)};
`;
    const fixed = (member: string) => comparison(0).replace('=== 0', `=== StageErrorCode.${member}`);
    const notAMember = (value: number) => ({
      code: comparison(value),
      errors: [{ messageId: 'notAMember' as const, data: { value: String(value), enumName: 'StageErrorCode' } }],
    });
    // 9 exists from 1.32 on, 12 only in the current SDK: never fixed into a member the SDK lacks.
    return {
      valid: [],
      invalid: [
        sdk === '1.24'
          ? notAMember(9)
          : { code: comparison(9), output: fixed('STAGE_DELETED'), errors: [{ messageId: 'numericCode' as const }] },
        sdk === 'current'
          ? { code: comparison(12), output: fixed('TOKEN_EXCHANGE_FAILED'), errors: [{ messageId: 'numericCode' as const }] }
          : notAMember(12),
      ],
    };
  }),
  matrixEntry('no-retry-on-fatal-error', noRetryOnFatalError, sdk => {
    // `default` reaches whatever the installed enum has beyond the named cases.
    const defaultRejoins = `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  switch (error.code) {
    case StageErrorCode.TIMEOUT:
    case StageErrorCode.STAGE_AT_CAPACITY:
      break;
    default:
      void stage.join();
  }
});
`;
    // Excludes exactly the fatal codes of SDK 1.24 before rejoining.
    const guardFor124 = `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
const FATAL_IN_124 = [
  StageErrorCode.TOKEN_MALFORMED,
  StageErrorCode.TOKEN_EXPIRED,
  StageErrorCode.TOKEN_NOT_ALLOWED,
  StageErrorCode.FAILED,
  StageErrorCode.CANCELED,
  StageErrorCode.CODEC_MISMATCH,
];
stage.on(StageEvents.ERROR, error => {
  if (FATAL_IN_124.includes(error.code)) {
    return;
  }
  void stage.join();
});
`;
    const terminal = {
      '1.24': 'FAILED, CANCELED and CODEC_MISMATCH',
      '1.32': 'FAILED, CANCELED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED',
      current: 'FAILED, CANCELED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED',
    }[sdk];
    const token = {
      '1.24': 'TOKEN_MALFORMED, TOKEN_EXPIRED and TOKEN_NOT_ALLOWED',
      '1.32': 'TOKEN_MALFORMED, TOKEN_EXPIRED and TOKEN_NOT_ALLOWED',
      // Never TOKEN_EXCHANGE_FAILED, which is retryable.
      current: 'TOKEN_MALFORMED, TOKEN_EXPIRED, TOKEN_NOT_ALLOWED and TOKEN_EXCHANGE_REQUEST_INVALID',
    }[sdk];
    // The message's advice is each member's action from src/sdk/codes.ts.
    const retryOnFatal = (members: string) => ({
      messageId: 'retryOnFatal' as const,
      data: {
        action: '`join()`',
        members,
        advice: members
          .split(/, | and /)
          .map(name => `${name}: ${KNOWN_CODES[name]?.action ?? ''}`)
          .join('; '),
      },
    });
    const retryWithSameToken = (members: string) => ({
      messageId: 'retryWithSameToken' as const,
      data: { action: '`join()`', members },
    });
    return {
      valid: sdk === '1.24' ? [guardFor124] : [],
      invalid: [
        {
          code: defaultRejoins,
          errors: [retryOnFatal(terminal), retryWithSameToken(token)],
        },
        ...(sdk === '1.24'
          ? []
          : [
              {
                code: guardFor124,
                errors: [
                  retryOnFatal('STAGE_DELETED and PARTICIPANT_DISCONNECTED'),
                  ...(sdk === 'current' ? [retryWithSameToken('TOKEN_EXCHANGE_REQUEST_INVALID')] : []),
                ],
              },
            ]),
      ],
    };
  }),
  matrixEntry('require-error-listener', requireErrorListener, () => ({
    valid: [
      `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => console.error(error.code));
await stage.join();
`,
      // The ERROR event's string is read from the installed SDK.
      `
import { Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on('error', () => {});
await stage.join();
`,
    ],
    invalid: [
      {
        code: `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
class RoomStage extends Stage {}
const stage = new RoomStage('token', strategy);
stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, () => {});
await stage.join();
`,
        errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`' } }],
      },
    ],
  })),
];

for (const sdk of Object.keys(SDKS) as Sdk[]) {
  for (const run of matrix) {
    run(sdk);
  }
}

// An SDK newer than the plugin's table (simulated by augmenting the installed
// enum): the unknown member is fatal, and the message says it is unknown.
const allKnownFatalCases = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    throw error;
  default:
    retry();
}
`;

createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'exhaustive-error-switch on an SDK with an unknown member',
  exhaustiveErrorSwitch,
  {
    valid: [
      // Once classified in settings, the member is what the settings say.
      {
        code: allKnownFatalCases,
        settings: { 'ivs-stage': { codes: { STAGE_REPLACED: 'retryable' } } },
      },
    ],
    invalid: [
      {
        code: allKnownFatalCases,
        errors: [
          {
            messageId: 'missingFatalCases',
            data: {
              enumName: 'StageErrorCode',
              members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
            },
            suggestions: [
              {
                messageId: 'addMissingCases',
                data: {
                  members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
                },
                output: allKnownFatalCases.replace(
                  '  default:\n',
                  `  case StageErrorCode.STAGE_REPLACED:
    // A member that eslint-plugin-ivs-stage does not know.
    throw new Error('Unhandled StageErrorCode.STAGE_REPLACED');
  default:\n`,
                ),
              },
            ],
          },
        ],
      },
    ],
  },
);

// The unknown member also flows through the other rules: a number that is its
// value is fixed into it, and a retry it reaches is reported, named as unknown.
createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'no-numeric-error-code on an SDK with an unknown member',
  noNumericErrorCode,
  {
    valid: [],
    invalid: [
      {
        code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const replaced = error.code === 13;
`,
        output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const replaced = error.code === StageErrorCode.STAGE_REPLACED;
`,
        errors: [{ messageId: 'numericCode' }],
      },
    ],
  },
);

createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'no-retry-on-fatal-error on an SDK with an unknown member',
  noRetryOnFatalError,
  {
    valid: [
      {
        code: `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.STAGE_REPLACED) {
    void stage.join();
  }
});
`,
        settings: { 'ivs-stage': { codes: { STAGE_REPLACED: 'retryable' } } },
      },
    ],
    invalid: [
      {
        code: `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.STAGE_REPLACED) {
    void stage.join();
  }
});
`,
        errors: [
          {
            messageId: 'retryOnFatal',
            data: {
              action: '`join()`',
              members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
              advice: `STAGE_REPLACED: ${UNKNOWN_CODE.action}`,
            },
          },
        ],
      },
    ],
  },
);
