// no-numeric-error-code on SDK 1.41's second failure surface (issue 16): 1053, 1054,
// 1306 and 1312 where a RealTimeConnectionErrorCode is meant, in every slot the rule
// reads; StageLeftReason, a string enum, is none of this rule's business.
import path from 'node:path';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule, { type MessageIds, type Options } from '../../src/rules/no-numeric-error-code.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';
import { typeErrors } from '../type-check.js';

const IMPORT = `import { RealTimeConnection, RealTimeConnectionError, RealTimeConnectionErrorCode, StageLeftReason, StageEvents, Stage } from 'amazon-ivs-web-broadcast';`;

const valid: (string | ValidTestCase<Options>)[] = [
  // members, and numbers that are no code beside them
  `
${IMPORT}
declare const connection: RealTimeConnection;
connection.on('stateChanged', (state, error) => {
  if (error?.code === RealTimeConnectionErrorCode.CONNECTION_FAILED) {
    setTimeout(() => connection.connect(), 1306);
  }
});
const name: string = RealTimeConnectionErrorCode[RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED];
`,
  // StageLeftReason is a string enum: its strings are its values, and numbers
  // near it (type errors or not) are neither reported nor a crash
  `
${IMPORT}
declare const stage: Stage;
declare function onLeft(reason: StageLeftReason): void;
declare const labels: Partial<Record<StageLeftReason, string>>;
stage.on(StageEvents.STAGE_LEFT, reason => {
  if (reason === 'user-initiated' || reason === StageLeftReason.STAGE_DELETED) return;
  const asNumber = (reason as unknown as number) === 1;
  const ordered = reason < StageLeftReason.UNKNOWN || Number(reason) >= 1;
  const listed = [1, 2].includes(reason as unknown as number);
});
// @ts-expect-error a string enum has no reverse mapping
const named: string = StageLeftReason[0];
// @ts-expect-error a number is no StageLeftReason
onLeft(1);
// @ts-expect-error nor a key of a record keyed by reasons
const keyed: Partial<Record<StageLeftReason, string>> = { 1: 'one' };
`,
  // look-alikes: the app's own enum of the same name and values, and the SDK's
  // other string enums
  `
import { ConnectionState, StageConnectionState } from 'amazon-ivs-web-broadcast';
enum RealTimeConnectionErrorCode { CONNECTION_TOKEN_INVALID = 1053, CONNECTION_FAILED = 1306 }
declare const code: RealTimeConnectionErrorCode;
declare const state: StageConnectionState | ConnectionState;
if (code === 1053) {}
const fallback: RealTimeConnectionErrorCode = 1306;
if (state === StageConnectionState.ERRORED || state === ConnectionState.FAILED) {}
`,
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  // comparisons with RealTimeConnectionError.code, either order, through casts
  {
    code: `
${IMPORT}
declare const connection: RealTimeConnection;
connection.on('stateChanged', (state, error) => {
  if (error?.code === 1053) {}
  if (1054 == error?.code) {}
  if (error && error.code !== 1306) {}
  if ((error?.code as number) === 1312) {}
});
`,
    output: `
${IMPORT}
declare const connection: RealTimeConnection;
connection.on('stateChanged', (state, error) => {
  if (error?.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID) {}
  if (RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED == error?.code) {}
  if (error && error.code !== RealTimeConnectionErrorCode.CONNECTION_FAILED) {}
  if ((error?.code as number) === RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED) {}
});
`,
    errors: [
      {
        messageId: 'numericCode',
        line: 5,
        data: { value: '1053', enumName: 'RealTimeConnectionErrorCode', member: 'CONNECTION_TOKEN_INVALID' },
      },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 8 },
    ],
  },
  // a caught error narrowed by instanceof, and case clauses of a switch over its code
  {
    code: `
${IMPORT}
declare const token: string;
try {
  new RealTimeConnection(token);
} catch (error) {
  if (error instanceof RealTimeConnectionError) {
    switch (error.code) {
      case 1053:
      case 1054:
        break;
    }
  }
}
`,
    output: `
${IMPORT}
declare const token: string;
try {
  new RealTimeConnection(token);
} catch (error) {
  if (error instanceof RealTimeConnectionError) {
    switch (error.code) {
      case RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID:
      case RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED:
        break;
    }
  }
}
`,
    errors: [
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 10 },
    ],
  },
  // contextually typed slots: constructor argument, initializer, return, property, array
  {
    code: `
${IMPORT}
const expired = new RealTimeConnectionError(1054, 'expired');
const last: RealTimeConnectionErrorCode = 1306;
function fatal(): RealTimeConnectionErrorCode {
  return 1312;
}
const report: { code: RealTimeConnectionErrorCode } = { code: 1053 };
const TOKEN: RealTimeConnectionErrorCode[] = [1053, 1054];
`,
    output: `
${IMPORT}
const expired = new RealTimeConnectionError(RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED, 'expired');
const last: RealTimeConnectionErrorCode = RealTimeConnectionErrorCode.CONNECTION_FAILED;
function fatal(): RealTimeConnectionErrorCode {
  return RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED;
}
const report: { code: RealTimeConnectionErrorCode } = { code: RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID };
const TOKEN: RealTimeConnectionErrorCode[] = [RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID, RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED];
`,
    errors: [
      { messageId: 'numericCode', line: 3 },
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 8 },
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 9 },
    ],
  },
  // numeric keys of objects keyed by the codes become computed keys
  {
    code: `
${IMPORT}
const hints: Partial<Record<RealTimeConnectionErrorCode, string>> = { 1306: 'Check your network', [1312]: 'Load one SDK' };
`,
    output: `
${IMPORT}
const hints: Partial<Record<RealTimeConnectionErrorCode, string>> = { [RealTimeConnectionErrorCode.CONNECTION_FAILED]: 'Check your network', [RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED]: 'Load one SDK' };
`,
    errors: [
      { messageId: 'numericCode', line: 3, column: 71 },
      { messageId: 'numericCode', line: 3, column: 100 },
    ],
  },
  // arrays and Sets of numbers looked up with a code, inline or through a const
  {
    code: `
${IMPORT}
declare const error: RealTimeConnectionError;
const TOKEN = [1053, 1054];
if (TOKEN.includes(error.code) || TOKEN.indexOf(error.code) !== -1) {}
if (new Set([1306]).has(error.code) || [1312].includes(error.code)) {}
`,
    output: `
${IMPORT}
declare const error: RealTimeConnectionError;
const TOKEN = [RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID, RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED];
if (TOKEN.includes(error.code) || TOKEN.indexOf(error.code) !== -1) {}
if (new Set([RealTimeConnectionErrorCode.CONNECTION_FAILED]).has(error.code) || [RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED].includes(error.code)) {}
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 6 },
    ],
  },
  // a reverse lookup by number, and numbers that are no member: reported, never fixed
  {
    code: `
${IMPORT}
declare const error: RealTimeConnectionError;
const expired: string = RealTimeConnectionErrorCode[1054];
const unknown = RealTimeConnectionErrorCode[1055];
const never = (error.code as number) === 1055;
`,
    output: null,
    errors: [
      {
        messageId: 'reverseLookup',
        line: 4,
        data: { enumName: 'RealTimeConnectionErrorCode', value: '1054' },
        suggestions: [
          {
            messageId: 'useMemberName',
            data: { member: 'CONNECTION_TOKEN_EXPIRED' },
            output: `
${IMPORT}
declare const error: RealTimeConnectionError;
const expired: string = 'CONNECTION_TOKEN_EXPIRED';
const unknown = RealTimeConnectionErrorCode[1055];
const never = (error.code as number) === 1055;
`,
          },
        ],
      },
      { messageId: 'notAMember', line: 5, data: { value: '1055', enumName: 'RealTimeConnectionErrorCode' } },
      { messageId: 'notAMember', line: 6, data: { value: '1055', enumName: 'RealTimeConnectionErrorCode' } },
    ],
  },
  // relational comparisons: their own message, no fix
  {
    code: `
${IMPORT}
declare const error: RealTimeConnectionError;
const network = error.code >= 1300;
`,
    output: null,
    errors: [
      {
        messageId: 'relationalComparison',
        line: 4,
        data: { enumName: 'RealTimeConnectionErrorCode', operator: '>=' },
      },
    ],
  },
  // fix through a namespace import
  {
    code: `
import * as ivs from 'amazon-ivs-web-broadcast';
export const isExpired = (error: ivs.RealTimeConnectionError) => error.code === 1054;
`,
    output: `
import * as ivs from 'amazon-ivs-web-broadcast';
export const isExpired = (error: ivs.RealTimeConnectionError) => error.code === ivs.RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED;
`,
    errors: [{ messageId: 'numericCode' }],
  },
  // no value binding of the enum: a suggestion that adds it to the value import …
  {
    code: `
import { RealTimeConnection, type RealTimeConnectionError } from 'amazon-ivs-web-broadcast';
export function isExpired(connection: RealTimeConnection, error: RealTimeConnectionError): boolean {
  return error.code === 1054;
}
`,
    output: null,
    errors: [
      {
        messageId: 'numericCode',
        suggestions: [
          {
            messageId: 'useMember',
            data: {
              value: '1054',
              reference: 'RealTimeConnectionErrorCode',
              member: 'CONNECTION_TOKEN_EXPIRED',
              enumName: 'RealTimeConnectionErrorCode',
            },
            output: `
import { RealTimeConnection, type RealTimeConnectionError, RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
export function isExpired(connection: RealTimeConnection, error: RealTimeConnectionError): boolean {
  return error.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED;
}
`,
          },
        ],
      },
    ],
  },
  // … or a new import declaration after type-only imports
  {
    code: `
import type { RealTimeConnectionError } from 'amazon-ivs-web-broadcast';
export function isExpired(error: RealTimeConnectionError): boolean {
  return error.code === 1054;
}
`,
    output: null,
    errors: [
      {
        messageId: 'numericCode',
        suggestions: [
          {
            messageId: 'useMember',
            output: `
import type { RealTimeConnectionError } from 'amazon-ivs-web-broadcast';
import { RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
export function isExpired(error: RealTimeConnectionError): boolean {
  return error.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED;
}
`,
          },
        ],
      },
    ],
  },
];

createRuleTester().run('no-numeric-error-code on SDK 1.41 enums', rule, { valid, invalid });

describe('no-numeric-error-code SDK 1.41 fixes type-check', () => {
  for (const testCase of invalid) {
    const outputs = [
      ...(typeof testCase.output === 'string' ? [testCase.output] : []),
      ...testCase.errors.flatMap(error => error.suggestions ?? []).map(suggestion => suggestion.output),
    ];
    if (outputs.length === 0) {
      continue;
    }
    it(testCase.code, () => {
      const before = typeErrors(testCase.code).length;
      for (const output of outputs) {
        expect(typeErrors(output).length, output).toBeLessThanOrEqual(before);
      }
    });
  }
});

// Typed JavaScript (tests/fixtures/js).
const js = (code: string) => ({ code, filename: 'file.js' });

createRuleTester(path.join(FIXTURES_DIR, 'js')).run('no-numeric-error-code on SDK 1.41 enums in JavaScript', rule, {
  valid: [
    // a reason compared with its string, as JavaScript writes it
    js(`
import { Stage, StageEvents } from 'amazon-ivs-web-broadcast';
/** @param {Stage} stage */
export function watch(stage) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason !== 'user-initiated') void stage.join();
  });
}
`),
  ],
  invalid: [
    {
      ...js(`
import { RealTimeConnection, RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
/** @param {RealTimeConnection} connection */
export function watch(connection) {
  connection.on('stateChanged', (state, error) => {
    if (error?.code === 1306) connection.connect();
  });
}
`),
      output: `
import { RealTimeConnection, RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
/** @param {RealTimeConnection} connection */
export function watch(connection) {
  connection.on('stateChanged', (state, error) => {
    if (error?.code === RealTimeConnectionErrorCode.CONNECTION_FAILED) connection.connect();
  });
}
`,
      errors: [{ messageId: 'numericCode' }],
    },
    {
      ...js(`
/** @param {import('amazon-ivs-web-broadcast').RealTimeConnectionError} error */
export const isExpired = error => error.code === 1054;
`),
      output: null,
      errors: [
        {
          messageId: 'numericCode',
          suggestions: [
            {
              messageId: 'useMember',
              output: `import { RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';

/** @param {import('amazon-ivs-web-broadcast').RealTimeConnectionError} error */
export const isExpired = error => error.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED;
`,
            },
          ],
        },
      ],
    },
  ],
});
