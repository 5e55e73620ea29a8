// exhaustive-error-switch on SDK 1.41's second failure surface (issue 16): a switch
// over RealTimeConnectionErrorCode must name its fatal codes, one over
// StageLeftReason (a string enum) its final reasons; look-alikes stay silent.
import path from 'node:path';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule, { type MessageIds, type Options } from '../../src/rules/exhaustive-error-switch.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';
import { typeErrors } from '../type-check.js';
import { clauses } from '../util/sdk141-clauses.js';

const IMPORT = `import { RealTimeConnection, RealTimeConnectionError, RealTimeConnectionErrorCode, StageLeftReason, StageEvents, Stage } from 'amazon-ivs-web-broadcast';`;

/** `case <ref>.<name>:` lines, one per member. */
function caseLines(ref: string, names: readonly string[], indent: string): string {
  return names.map(name => `${indent}case ${ref}.${name}:`).join('\n');
}

const FATAL_CONNECTION = ['CONNECTION_TOKEN_INVALID', 'CONNECTION_TOKEN_EXPIRED', 'CONNECTION_NOT_RECOGNIZED'];
const FINAL_REASONS = [
  'USER_INITIATED',
  'TOKEN_REUSED',
  'PARTICIPANT_DISCONNECTED',
  'STAGE_DELETED',
  'FAILED_EXCHANGE',
  'REAL_TIME_CONNECTION_TOKEN_REVOCATION',
];

/** A STAGE_LEFT listener whose body switches over the reason. */
const leftSwitch = (cases: string, imports = IMPORT) => `
${imports}
declare const stage: Stage;
declare function rejoin(): void;
stage.on(StageEvents.STAGE_LEFT, reason => {
  switch (reason) {
${cases}
  }
});
`;

/** A stateChanged listener whose body switches over the error's code. */
const connectionSwitch = (cases: string, imports = IMPORT) => `
${imports}
declare const connection: RealTimeConnection;
connection.on('stateChanged', (state, error) => {
  switch (error?.code) {
${cases}
  }
});
`;

const valid: (string | ValidTestCase<[Options]>)[] = [
  // Every fatal connection code named; default for CONNECTION_FAILED (retryable).
  connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION, '    ')}
      throw error;
    default:
      connection.connect();`),
  // … from a try/catch around the constructor, numbers counting as their members.
  `
${IMPORT}
declare const token: string;
try {
  new RealTimeConnection(token);
} catch (error) {
  if (error instanceof RealTimeConnectionError) {
    switch (error.code) {
      case 1053:
      case 1054:
      case 1312:
        throw error;
      case RealTimeConnectionErrorCode.CONNECTION_FAILED:
        break;
    }
  }
}
`,
  // Every final reason named; default for UNKNOWN and REAL_TIME_CONNECTION_FORCED_LEAVE.
  leftSwitch(`${caseLines('StageLeftReason', FINAL_REASONS, '    ')}
      return;
    default:
      rejoin();`),
  // Through a namespace import.
  `
import * as ivs from 'amazon-ivs-web-broadcast';
export function onLeft(reason: ivs.StageLeftReason): void {
  switch (reason) {
${caseLines('ivs.StageLeftReason', FINAL_REASONS, '    ')}
      break;
  }
}
`,
  // Look-alikes: the app's own enums with the same names and members.
  `
enum StageLeftReason { UNKNOWN = 'unknown', USER_INITIATED = 'user-initiated', STAGE_DELETED = 'stage-deleted' }
enum RealTimeConnectionErrorCode { CONNECTION_TOKEN_INVALID = 1053, CONNECTION_FAILED = 1306 }
declare const reason: StageLeftReason;
declare const code: RealTimeConnectionErrorCode;
switch (reason) {
  case StageLeftReason.UNKNOWN:
    break;
}
switch (code) {
  case RealTimeConnectionErrorCode.CONNECTION_FAILED:
    break;
}
`,
  // … and the SDK's other string enums: StageConnectionState, ConnectionState, RealTimeConnectionState.
  `
import { ConnectionState, RealTimeConnectionState, StageConnectionState } from 'amazon-ivs-web-broadcast';
declare const stageState: StageConnectionState;
declare const peerState: ConnectionState;
declare const connectionState: RealTimeConnectionState;
switch (stageState) {
  case StageConnectionState.ERRORED:
    break;
}
switch (peerState) {
  case ConnectionState.FAILED:
    break;
}
switch (connectionState) {
  default:
    break;
}
`,
  // A string that is no reason, in a switch over a string.
  `
declare const label: string;
switch (label) {
  case 'user-initiated':
    break;
}
`,
  // Settings make final reasons and fatal codes ones that a default may cover.
  {
    settings: { 'ivs-stage': { leftReasons: { USER_INITIATED: 'retryable', TOKEN_REUSED: 'retryable' } } },
    code: leftSwitch(`${caseLines('StageLeftReason', FINAL_REASONS.slice(2), '    ')}
      return;
    default:
      rejoin();`),
  },
  {
    settings: { 'ivs-stage': { connectionCodes: { CONNECTION_NOT_RECOGNIZED: 'retryable' } } },
    code: connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION.slice(0, 2), '    ')}
      throw error;
    default:
      connection.connect();`),
  },
];

const invalid: InvalidTestCase<MessageIds, [Options]>[] = [
  // A fatal connection code falls into default: the clause goes before default.
  {
    code: connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION.slice(0, 2), '    ')}
      throw error;
    default:
      connection.connect();`),
    errors: [
      {
        messageId: 'missingFatalCases',
        data: { enumName: 'RealTimeConnectionErrorCode', members: 'CONNECTION_NOT_RECOGNIZED' },
        line: 5,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { members: 'CONNECTION_NOT_RECOGNIZED' },
            output: connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION.slice(0, 2), '    ')}
      throw error;
    ${clauses('RealTimeConnectionErrorCode', ['CONNECTION_NOT_RECOGNIZED'], '    ')}
    default:
      connection.connect();`),
          },
        ],
      },
    ],
  },
  // A final reason falls into default: every final reason but the named ones.
  {
    code: leftSwitch(`    case StageLeftReason.USER_INITIATED:
      return;
    default:
      rejoin();`),
    errors: [
      {
        messageId: 'missingFinalCases',
        data: {
          enumName: 'StageLeftReason',
          members:
            'TOKEN_REUSED, PARTICIPANT_DISCONNECTED, STAGE_DELETED, FAILED_EXCHANGE and REAL_TIME_CONNECTION_TOKEN_REVOCATION',
        },
        line: 6,
        column: 11,
        endColumn: 17,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: leftSwitch(`    case StageLeftReason.USER_INITIATED:
      return;
    ${clauses('StageLeftReason', FINAL_REASONS.slice(1), '    ')}
    default:
      rejoin();`),
          },
        ],
      },
    ],
  },
  // No binding of StageLeftReason in scope: the suggestion imports it beside Stage.
  {
    code: leftSwitch(
      `    default:
      rejoin();`,
      `import { Stage, StageEvents } from 'amazon-ivs-web-broadcast';`,
    ),
    errors: [
      {
        messageId: 'missingFinalCases',
        data: {
          enumName: 'StageLeftReason',
          members:
            'USER_INITIATED, TOKEN_REUSED, PARTICIPANT_DISCONNECTED, STAGE_DELETED, FAILED_EXCHANGE and REAL_TIME_CONNECTION_TOKEN_REVOCATION',
        },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: leftSwitch(
              `    ${clauses('StageLeftReason', FINAL_REASONS, '    ')}
    default:
      rejoin();`,
              `import { Stage, StageEvents, StageLeftReason } from 'amazon-ivs-web-broadcast';`,
            ),
          },
        ],
      },
    ],
  },
  // Through an alias.
  {
    code: `
import { StageLeftReason as Reason } from 'amazon-ivs-web-broadcast';
export function canRejoin(reason: Reason.STAGE_DELETED | Reason.UNKNOWN): boolean {
  switch (reason) {
    case Reason.UNKNOWN:
      return true;
  }
  return false;
}
`,
    errors: [
      {
        messageId: 'missingFinalCases',
        data: { enumName: 'StageLeftReason', members: 'STAGE_DELETED' },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `
import { StageLeftReason as Reason } from 'amazon-ivs-web-broadcast';
export function canRejoin(reason: Reason.STAGE_DELETED | Reason.UNKNOWN): boolean {
  switch (reason) {
    case Reason.UNKNOWN:
      return true;
    ${clauses('StageLeftReason', ['STAGE_DELETED'], '    ', 'Reason')}
  }
  return false;
}
`,
          },
        ],
      },
    ],
  },
  // require: 'all' names the reasons that may rejoin too.
  {
    options: [{ require: 'all' }],
    code: leftSwitch(`${caseLines('StageLeftReason', [...FINAL_REASONS, 'UNKNOWN'], '    ')}
      return;`),
    errors: [
      {
        messageId: 'missingCases',
        data: { enumName: 'StageLeftReason', members: 'REAL_TIME_CONNECTION_FORCED_LEAVE' },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: leftSwitch(`${caseLines('StageLeftReason', [...FINAL_REASONS, 'UNKNOWN'], '    ')}
      return;
    case StageLeftReason.REAL_TIME_CONNECTION_FORCED_LEAVE:
      // The server removed this stage from its shared RealTimeConnection.
      throw new Error('Unhandled StageLeftReason.REAL_TIME_CONNECTION_FORCED_LEAVE');`),
          },
        ],
      },
    ],
  },
  // Settings make a reason that may rejoin final, and a retryable code fatal.
  {
    settings: { 'ivs-stage': { leftReasons: { UNKNOWN: 'terminal' } } },
    code: leftSwitch(`${caseLines('StageLeftReason', FINAL_REASONS, '    ')}
      return;
    default:
      rejoin();`),
    errors: [
      {
        messageId: 'missingFinalCases',
        data: { enumName: 'StageLeftReason', members: 'UNKNOWN' },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: leftSwitch(`${caseLines('StageLeftReason', FINAL_REASONS, '    ')}
      return;
    ${clauses('StageLeftReason', ['UNKNOWN'], '    ')}
    default:
      rejoin();`),
          },
        ],
      },
    ],
  },
  {
    settings: { 'ivs-stage': { connectionCodes: { CONNECTION_FAILED: 'terminal' } } },
    code: connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION, '    ')}
      throw error;
    default:
      connection.connect();`),
    errors: [
      {
        messageId: 'missingFatalCases',
        data: { enumName: 'RealTimeConnectionErrorCode', members: 'CONNECTION_FAILED' },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: connectionSwitch(`${caseLines('RealTimeConnectionErrorCode', FATAL_CONNECTION, '    ')}
      throw error;
    ${clauses('RealTimeConnectionErrorCode', ['CONNECTION_FAILED'], '    ')}
    default:
      connection.connect();`),
          },
        ],
      },
    ],
  },
  // A reason of a newer SDK (here added by module augmentation) is unknown to the
  // plugin: treated as final, and the message says so. (describeMembers, shared
  // with StageErrorCode in src/messages.ts, words it "treated as fatal".)
  {
    code: `
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
declare module 'amazon-ivs-web-broadcast' {
  export enum StageLeftReason {
    /** The stage moved to another region. */
    STAGE_MOVED = 'stage-moved',
  }
}
export function onLeft(reason: StageLeftReason): void {
  switch (reason) {
${caseLines('StageLeftReason', FINAL_REASONS, '    ')}
      return;
    default:
      break;
  }
}
`,
    errors: [
      {
        messageId: 'missingFinalCases',
        data: {
          enumName: 'StageLeftReason',
          members: 'STAGE_MOVED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
        },
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
declare module 'amazon-ivs-web-broadcast' {
  export enum StageLeftReason {
    /** The stage moved to another region. */
    STAGE_MOVED = 'stage-moved',
  }
}
export function onLeft(reason: StageLeftReason): void {
  switch (reason) {
${caseLines('StageLeftReason', FINAL_REASONS, '    ')}
      return;
    case StageLeftReason.STAGE_MOVED:
      // The stage moved to another region.
      throw new Error('Unhandled StageLeftReason.STAGE_MOVED');
    default:
      break;
  }
}
`,
          },
        ],
      },
    ],
  },
  // A later comparison with a missing reason would not compile once the clause
  // throws (TypeScript narrows it away): reported without a suggestion.
  {
    code: leftSwitch(`${caseLines('StageLeftReason', FINAL_REASONS.slice(0, -1), '    ')}
      return;
    default:
      if (reason === StageLeftReason.REAL_TIME_CONNECTION_TOKEN_REVOCATION) return;
      rejoin();`),
    errors: [
      {
        messageId: 'missingFinalCases',
        data: { enumName: 'StageLeftReason', members: 'REAL_TIME_CONNECTION_TOKEN_REVOCATION' },
        suggestions: [],
      },
    ],
  },
];

createRuleTester().run('exhaustive-error-switch on SDK 1.41 enums', rule, { valid, invalid });

// The suggested clauses must compile where they are inserted.
describe('SDK 1.41 suggestion outputs type-check', () => {
  for (const testCase of invalid) {
    const outputs = testCase.errors.flatMap(error => error.suggestions ?? []).map(suggestion => suggestion.output);
    it(testCase.code, () => {
      const messages = (code: string) => typeErrors(code).map(error => error.replace(/^\d+:\d+ /, ''));
      const before = messages(testCase.code);
      for (const output of outputs) {
        expect(messages(output), output).toEqual(before);
      }
    });
  }
});

// Typed JavaScript (tests/fixtures/js): `case 'user-initiated':` handles a reason.
const js = (code: string) => ({ code, filename: 'file.js' });
const JS_IMPORT = `import { RealTimeConnectionErrorCode, Stage, StageEvents } from 'amazon-ivs-web-broadcast';`;

/** A JavaScript STAGE_LEFT listener switching over the reason with string cases. */
const jsLeftSwitch = (cases: string, imports = JS_IMPORT) => `
${imports}
/** @param {Stage} stage */
export function watch(stage) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    switch (reason) {
${cases}
      default:
        void stage.join();
    }
  });
}
`;
const STRING_CASES = `      case 'user-initiated':
      case 'token-reused':
      case 'participant-disconnected':
      case 'stage-deleted':
      case 'failed-exchange':`;
const RETURN = `
        return;`;

createRuleTester(path.join(FIXTURES_DIR, 'js')).run('exhaustive-error-switch on SDK 1.41 enums in JavaScript', rule, {
  valid: [
    js(jsLeftSwitch(`${STRING_CASES}
      case 'real-time-connection-token-revocation':${RETURN}`)),
    js(`
${JS_IMPORT}
/** @param {import('amazon-ivs-web-broadcast').RealTimeConnectionError} error */
export function describe(error) {
  switch (error.code) {
    case RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID:
    case RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED:
    case 1312:
      return 'fatal';
    default:
      return 'retry';
  }
}
`),
  ],
  invalid: [
    {
      ...js(jsLeftSwitch(STRING_CASES + RETURN)),
      errors: [
        {
          messageId: 'missingFinalCases',
          data: { enumName: 'StageLeftReason', members: 'REAL_TIME_CONNECTION_TOKEN_REVOCATION' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: jsLeftSwitch(
                `${STRING_CASES}${RETURN}
      ${clauses('StageLeftReason', ['REAL_TIME_CONNECTION_TOKEN_REVOCATION'], '      ')}`,
                `import { RealTimeConnectionErrorCode, Stage, StageEvents, StageLeftReason } from 'amazon-ivs-web-broadcast';`,
              ),
            },
          ],
        },
      ],
    },
  ],
});

// SDK 1.32 (tests/fixtures/sdk-1.32): StageLeftReason has five members and no
// RealTimeConnectionErrorCode exists; only the installed members are required.
const SDK_132_SWITCH = `
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
declare const reason: StageLeftReason;
declare function rejoin(): void;
switch (reason) {
  case StageLeftReason.USER_INITIATED:
  case StageLeftReason.TOKEN_REUSED:
  case StageLeftReason.PARTICIPANT_DISCONNECTED:
    break;
  default:
    rejoin();
}
`;

createRuleTester(path.join(FIXTURES_DIR, 'sdk-1.32')).run('exhaustive-error-switch on SDK 1.32 StageLeftReason', rule, {
  valid: [
    SDK_132_SWITCH.replace(
      '  case StageLeftReason.PARTICIPANT_DISCONNECTED:\n',
      '  case StageLeftReason.PARTICIPANT_DISCONNECTED:\n  case StageLeftReason.STAGE_DELETED:\n',
    ),
  ],
  invalid: [
    {
      code: SDK_132_SWITCH,
      errors: [
        {
          messageId: 'missingFinalCases',
          data: { enumName: 'StageLeftReason', members: 'STAGE_DELETED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: SDK_132_SWITCH.replace(
                '    break;\n',
                `    break;
  case StageLeftReason.STAGE_DELETED:
    // The stage the token was tied to was deleted. This token can no longer be
    // used.
    throw new Error('Unhandled StageLeftReason.STAGE_DELETED');
`,
              ),
            },
          ],
        },
      ],
    },
  ],
});
