// Tests for no-numeric-error-code: every form where a StageErrorCode is meant, the
// numbers that must stay silent, each fix variant, and that every output type-checks.
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import exhaustiveErrorSwitch from '../../src/rules/exhaustive-error-switch.js';
import rule, { type MessageIds, type Options } from '../../src/rules/no-numeric-error-code.js';
import { createRuleTester } from '../rule-tester.js';
import { type FixtureName, typeErrors } from '../type-check.js';

const ruleTester = createRuleTester();

const valid: (string | ValidTestCase<Options>)[] = [
  // members, and lookups through a code
  `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
if (error.code === StageErrorCode.STAGE_AT_CAPACITY) {}
const name: string = StageErrorCode[error.code];
`,
  // numbers unrelated to StageErrorCode beside code that uses it
  `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const count: number;
declare function retry(): void;
let attempts = 0;
if (count === 3 && error.code === StageErrorCode.TIMEOUT && attempts < 6) {
  attempts += 1;
  setTimeout(retry, 6);
}
const delays = [1, 2, 4].map(seconds => seconds * 1000);
const first = delays[0];
const longest = Math.max(error.code, 6);
switch (count) {
  case 6:
    break;
}
`,
  // another enum with the same values, and a user enum named like the SDK's
  `
enum StageErrorCode { TIMEOUT = 3, STAGE_AT_CAPACITY = 6 }
declare const code: StageErrorCode;
if (code === 6) {}
const fallback: StageErrorCode = 3;
`,
  // a contextual type that also allows plain numbers, and values of a code-keyed record
  `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function handle(code: StageErrorCode | number): void;
handle(6);
const retries: Partial<Record<StageErrorCode, number>> = { [StageErrorCode.TIMEOUT]: 3 };
const byNumber: Record<number, string> = { 6: 'six' };
`,
  // lists that are not (only) lists of codes: tested against numbers too, not const, not tested,
  // grown with other numbers, or exported to uses this file cannot see
  `
import { type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const count: number;
const MIXED = [9, 10];
MIXED.includes(error.code);
MIXED.includes(count);
let mutable = [9, 10];
mutable.includes(error.code);
const unused = new Set([3, 6]);
[1, 2].includes(count);
const GROWING = [9, 10];
GROWING.includes(error.code);
GROWING.push(20);
const RETRYABLE = new Set([3]);
RETRYABLE.has(error.code);
RETRYABLE.add(20);
export const SHARED = [9, 10];
SHARED.includes(error.code);
`,
  // destructuring keys and negative numbers are not code literals
  `
import { type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const table: Record<number, string>;
const { 6: six } = table;
if (error.code === -1) {}
`,
  // odd code the rule does not understand stays silent and does not throw
  `
declare const anything: any;
declare const nothing: never;
declare const list: number[];
if (anything === 6 || nothing === 6) {}
switch (anything) {
  case 6:
}
class Table {
  6 = 'six';
  static 9() {}
}
const spread = [...list, 6].includes(anything);
const loose = { 6: 'six', [7]: 'seven' };
const tagged = String.raw\`\${6}\`;
for (let index = 0; index < 6; index++) {}
`,
  // numbers passed to, or returned to, parameters that take no code (read from the signatures)
  `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function later(run: () => number, ms: number): void;
later(() => (error.code === StageErrorCode.TIMEOUT ? 6 : 9), 6);
const sorted = [3, 1].sort((a, b) => (a < b ? -1 : 1));
new Promise<void>(resolve => setTimeout(resolve, 6));
`,
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  // arguments and callback results whose parameter is a code, also among overloads
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function onCode(get: () => StageErrorCode): void;
declare function pick(label: string): void;
declare function pick(code: StageErrorCode): void;
declare const flag: boolean;
onCode(() => (flag ? 6 : 9));
pick(6);
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function onCode(get: () => StageErrorCode): void;
declare function pick(label: string): void;
declare function pick(code: StageErrorCode): void;
declare const flag: boolean;
onCode(() => (flag ? StageErrorCode.STAGE_AT_CAPACITY : StageErrorCode.STAGE_DELETED));
pick(StageErrorCode.STAGE_AT_CAPACITY);
`,
    errors: [
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 8 },
    ],
  },
  // equality comparisons, either order, every operator
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
if (error.code === 6) {}
if (9 == error.code) {}
if (error.code !== 10) {}
if (1 != error.code) {}
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
if (error.code === StageErrorCode.STAGE_AT_CAPACITY) {}
if (StageErrorCode.STAGE_DELETED == error.code) {}
if (error.code !== StageErrorCode.PARTICIPANT_DISCONNECTED) {}
if (StageErrorCode.TOKEN_MALFORMED != error.code) {}
`,
    errors: [
      { messageId: 'numericCode', line: 4, data: { value: '6', enumName: 'StageErrorCode', member: 'STAGE_AT_CAPACITY' } },
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 7 },
    ],
  },
  // equality through casts, Number(), unary plus, parentheses and non-null
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError | undefined;
const a = (error!.code as number) === 9;
const b = <number>error!.code === 9;
const c = Number(error?.code) === 9;
const d = +error!.code === 9;
const e = (error?.code) === 9;
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError | undefined;
const a = (error!.code as number) === StageErrorCode.STAGE_DELETED;
const b = <number>error!.code === StageErrorCode.STAGE_DELETED;
const c = Number(error?.code) === StageErrorCode.STAGE_DELETED;
const d = +error!.code === StageErrorCode.STAGE_DELETED;
const e = (error?.code) === StageErrorCode.STAGE_DELETED;
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 8 },
    ],
  },
  // narrowed unions, `| undefined`, destructured members and generics keep their enum
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const fatal: StageErrorCode.STAGE_DELETED | StageErrorCode.PARTICIPANT_DISCONNECTED;
declare const maybe: StageErrorCode | undefined;
const gone = fatal === 10;
const late = maybe === 2;
const { STAGE_DELETED, TIMEOUT } = StageErrorCode;
declare const destructured: typeof STAGE_DELETED | typeof TIMEOUT;
const timedOut = destructured === 3;
function isTimeout<T extends StageErrorCode>(code: T): boolean {
  return code === 3;
}
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const fatal: StageErrorCode.STAGE_DELETED | StageErrorCode.PARTICIPANT_DISCONNECTED;
declare const maybe: StageErrorCode | undefined;
const gone = fatal === StageErrorCode.PARTICIPANT_DISCONNECTED;
const late = maybe === StageErrorCode.TOKEN_EXPIRED;
const { STAGE_DELETED, TIMEOUT } = StageErrorCode;
declare const destructured: typeof STAGE_DELETED | typeof TIMEOUT;
const timedOut = destructured === StageErrorCode.TIMEOUT;
function isTimeout<T extends StageErrorCode>(code: T): boolean {
  return code === StageErrorCode.TIMEOUT;
}
`,
    errors: [
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 11 },
    ],
  },
  // `count === 3` beside `code === 3`: only the code is reported
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const count: number;
if (count === 3 && error.code === 3) {}
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const count: number;
if (count === 3 && error.code === StageErrorCode.TIMEOUT) {}
`,
    errors: [{ messageId: 'numericCode', line: 5, column: 35 }],
  },
  // a number that is no member: reported, never fixed
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
const never = (error.code as number) === 13;
`,
    output: null,
    errors: [{ messageId: 'notAMember', data: { value: '13', enumName: 'StageErrorCode' } }],
  },
  // case clauses of a switch over a code
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case 6:
  case StageErrorCode.TIMEOUT:
    break;
  case 9:
    throw new Error('gone');
}
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.STAGE_AT_CAPACITY:
  case StageErrorCode.TIMEOUT:
    break;
  case StageErrorCode.STAGE_DELETED:
    throw new Error('gone');
}
`,
    errors: [
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 8 },
    ],
  },
  // contextually typed slots: arguments, new, initializers, assignments, return, arrow body
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function handle(code: StageErrorCode): void;
class Failure {
  constructor(readonly code: StageErrorCode) {}
}
handle(9);
new Failure(4);
const fatal: StageErrorCode = 9;
let last: StageErrorCode | undefined;
last = 3;
function lastCode(): StageErrorCode {
  return 5;
}
const codec = (): StageErrorCode => 7;
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function handle(code: StageErrorCode): void;
class Failure {
  constructor(readonly code: StageErrorCode) {}
}
handle(StageErrorCode.STAGE_DELETED);
new Failure(StageErrorCode.FAILED);
const fatal: StageErrorCode = StageErrorCode.STAGE_DELETED;
let last: StageErrorCode | undefined;
last = StageErrorCode.TIMEOUT;
function lastCode(): StageErrorCode {
  return StageErrorCode.CANCELED;
}
const codec = (): StageErrorCode => StageErrorCode.CODEC_MISMATCH;
`,
    errors: [
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 8 },
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 11 },
      { messageId: 'numericCode', line: 13 },
      { messageId: 'numericCode', line: 15 },
    ],
  },
  // contextually typed slots: property values, array elements, defaults, satisfies, as, ?:, ??, fields
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const online: boolean;
const report: { code: StageErrorCode } = { code: 1 };
const FATAL: StageErrorCode[] = [9, 10];
function retryAfter(code: StageErrorCode = 3, { reason = 6 }: { reason?: StageErrorCode } = {}): void {}
const full = 6 satisfies StageErrorCode;
const asserted = 12 as StageErrorCode;
const picked: StageErrorCode = online ? 3 : 4;
declare const previous: StageErrorCode | undefined;
const resumed: StageErrorCode = previous ?? 3;
class Last {
  code: StageErrorCode = 2;
}
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const online: boolean;
const report: { code: StageErrorCode } = { code: StageErrorCode.TOKEN_MALFORMED };
const FATAL: StageErrorCode[] = [StageErrorCode.STAGE_DELETED, StageErrorCode.PARTICIPANT_DISCONNECTED];
function retryAfter(code: StageErrorCode = StageErrorCode.TIMEOUT, { reason = StageErrorCode.STAGE_AT_CAPACITY }: { reason?: StageErrorCode } = {}): void {}
const full = StageErrorCode.STAGE_AT_CAPACITY satisfies StageErrorCode;
const asserted = StageErrorCode.TOKEN_EXCHANGE_FAILED as StageErrorCode;
const picked: StageErrorCode = online ? StageErrorCode.TIMEOUT : StageErrorCode.FAILED;
declare const previous: StageErrorCode | undefined;
const resumed: StageErrorCode = previous ?? StageErrorCode.TIMEOUT;
class Last {
  code: StageErrorCode = StageErrorCode.TOKEN_EXPIRED;
}
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 7 },
      { messageId: 'numericCode', line: 8 },
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 9 },
      { messageId: 'numericCode', line: 11 },
      { messageId: 'numericCode', line: 13 },
    ],
  },
  // a contextual union with non-numeric parts still means a code; a non-member in a slot
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function describe(code: StageErrorCode | string): string;
describe(6);
const wrong: StageErrorCode = 0;
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare function describe(code: StageErrorCode | string): string;
describe(StageErrorCode.STAGE_AT_CAPACITY);
const wrong: StageErrorCode = 0;
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'notAMember', line: 5 },
    ],
  },
  // numeric keys of objects keyed by StageErrorCode become computed keys
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
type Handlers = { [K in StageErrorCode]?: () => void };
const labels: Partial<Record<StageErrorCode, string>> = { 6: 'Stage is full', [9]: 'Stage was deleted' };
const handlers: Handlers = { 10() {} };
const hints = { 3: 'Check your network' } satisfies Readonly<Partial<Record<StageErrorCode, string>>>;
`,
    output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
type Handlers = { [K in StageErrorCode]?: () => void };
const labels: Partial<Record<StageErrorCode, string>> = { [StageErrorCode.STAGE_AT_CAPACITY]: 'Stage is full', [StageErrorCode.STAGE_DELETED]: 'Stage was deleted' };
const handlers: Handlers = { [StageErrorCode.PARTICIPANT_DISCONNECTED]() {} };
const hints = { [StageErrorCode.TIMEOUT]: 'Check your network' } satisfies Readonly<Partial<Record<StageErrorCode, string>>>;
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 5 },
      { messageId: 'numericCode', line: 6 },
    ],
  },
  // arrays and Sets of numbers tested against a code, inline or through a const
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
const FATAL = [9, 10] as readonly number[];
const RETRYABLE = new Set<number>([3, 6]);
if ([1, 2].includes(error.code)) {}
if (FATAL.indexOf(error.code) !== -1 || FATAL.includes(error.code)) {}
if (RETRYABLE.has(error.code) || new Set([12]).has(error.code)) {}
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
const FATAL = [StageErrorCode.STAGE_DELETED, StageErrorCode.PARTICIPANT_DISCONNECTED] as readonly number[];
const RETRYABLE = new Set<number>([StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY]);
if ([StageErrorCode.TOKEN_MALFORMED, StageErrorCode.TOKEN_EXPIRED].includes(error.code)) {}
if (FATAL.indexOf(error.code) !== -1 || FATAL.includes(error.code)) {}
if (RETRYABLE.has(error.code) || new Set([StageErrorCode.TOKEN_EXCHANGE_FAILED]).has(error.code)) {}
`,
    errors: [
      { messageId: 'numericCode', line: 4, column: 16 },
      { messageId: 'numericCode', line: 4, column: 19 },
      { messageId: 'numericCode', line: 5, column: 36 },
      { messageId: 'numericCode', line: 5, column: 39 },
      { messageId: 'numericCode', line: 6, column: 6 },
      { messageId: 'numericCode', line: 6, column: 9 },
      { messageId: 'numericCode', line: 8, column: 43 },
    ],
  },
  // reverse lookups by number
  {
    code: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
const deleted: string = StageErrorCode[9];
const unknown = StageErrorCode[13];
`,
    output: null,
    errors: [
      {
        messageId: 'reverseLookup',
        line: 3,
        suggestions: [
          {
            messageId: 'useMemberName',
            data: { member: 'STAGE_DELETED' },
            output: `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
const deleted: string = 'STAGE_DELETED';
const unknown = StageErrorCode[13];
`,
          },
        ],
      },
      { messageId: 'notAMember', line: 4 },
    ],
  },
  // relational comparisons: their own message, no fix
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
const fatal = error.code >= 9;
const early = error.code < StageErrorCode.FAILED;
const late = 6 > Number(error.code);
`,
    output: null,
    errors: [
      { messageId: 'relationalComparison', line: 4, data: { enumName: 'StageErrorCode', operator: '>=' } },
      { messageId: 'relationalComparison', line: 5 },
      { messageId: 'relationalComparison', line: 6 },
    ],
  },
  // fix through an alias
  {
    code: `
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
if (error.code === 6) {}
`,
    output: `
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
if (error.code === Code.STAGE_AT_CAPACITY) {}
`,
    errors: [{ messageId: 'numericCode' }],
  },
  // fix through a namespace import
  {
    code: `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const error: ivs.StageError;
if (error.code === 6) {}
`,
    output: `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const error: ivs.StageError;
if (error.code === ivs.StageErrorCode.STAGE_AT_CAPACITY) {}
`,
    errors: [{ messageId: 'numericCode' }],
  },
  // reverse lookup through a namespace import
  {
    code: `
import * as ivs from 'amazon-ivs-web-broadcast';
const full = ivs.StageErrorCode[6];
`,
    output: null,
    errors: [
      {
        messageId: 'reverseLookup',
        suggestions: [
          {
            messageId: 'useMemberName',
            output: `
import * as ivs from 'amazon-ivs-web-broadcast';
const full = 'STAGE_AT_CAPACITY';
`,
          },
        ],
      },
    ],
  },
  // fix through a const holding the enum
  {
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
const Codes = StageErrorCode;
function isFull(error: StageError): boolean {
  const StageErrorCode = 'shadowed';
  return error.code === 6;
}
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
const Codes = StageErrorCode;
function isFull(error: StageError): boolean {
  const StageErrorCode = 'shadowed';
  return error.code === Codes.STAGE_AT_CAPACITY;
}
`,
    errors: [{ messageId: 'numericCode' }],
  },
  // no value binding in scope: a suggestion that adds the enum to a value import
  {
    code: `
import { Stage, type StageError } from 'amazon-ivs-web-broadcast';
export function isFull(stage: Stage, error: StageError): boolean {
  return error.code === 6;
}
`,
    output: null,
    errors: [
      {
        messageId: 'numericCode',
        suggestions: [
          {
            messageId: 'useMember',
            data: { value: '6', reference: 'StageErrorCode', member: 'STAGE_AT_CAPACITY', enumName: 'StageErrorCode' },
            output: `
import { Stage, type StageError, StageErrorCode } from 'amazon-ivs-web-broadcast';
export function isFull(stage: Stage, error: StageError): boolean {
  return error.code === StageErrorCode.STAGE_AT_CAPACITY;
}
`,
          },
        ],
      },
    ],
  },
  // only type imports: a suggestion that adds a new import declaration after the last import
  // (double quotes in the source, so the added import's quotes match it)
  {
    code: `
import type { StageError } from "amazon-ivs-web-broadcast";
import type { StageStrategy } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError): boolean {
  return error.code === 6;
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
import type { StageError } from "amazon-ivs-web-broadcast";
import type { StageStrategy } from 'amazon-ivs-web-broadcast';
import { StageErrorCode } from "amazon-ivs-web-broadcast";
export function isFull(error: StageError): boolean {
  return error.code === StageErrorCode.STAGE_AT_CAPACITY;
}
`,
          },
        ],
      },
    ],
  },
  // the enum imported as a type only: the suggestion makes it a value import
  {
    code: `
import { type StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError): boolean {
  return error.code === 6;
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
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError): boolean {
  return error.code === Code.STAGE_AT_CAPACITY;
}
`,
          },
        ],
      },
    ],
  },
  {
    code: `
import type { StageError, StageErrorCode } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError): boolean {
  return error.code === 6;
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
import { type StageError, StageErrorCode } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError): boolean {
  return error.code === StageErrorCode.STAGE_AT_CAPACITY;
}
`,
          },
        ],
      },
    ],
  },
  // the enum's name shadowed and no other binding: reported without a fix
  {
    code: `
import { type StageError } from 'amazon-ivs-web-broadcast';
export function isFull(error: StageError, StageErrorCode: unknown): boolean {
  return error.code === 6;
}
`,
    output: null,
    errors: [{ messageId: 'numericCode' }],
  },
  // an older SDK (1.24, 8 members; its package.json names it amazon-ivs-web-broadcast):
  // its members are fixed, a newer member's number is no member
  {
    code: `
import { StageErrorCode, type StageError } from 'ivs-sdk-1-24';
declare const error: StageError;
const full = error.code === 6;
const deleted = (error.code as number) === 9;
`,
    output: `
import { StageErrorCode, type StageError } from 'ivs-sdk-1-24';
declare const error: StageError;
const full = error.code === StageErrorCode.STAGE_AT_CAPACITY;
const deleted = (error.code as number) === 9;
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'notAMember', line: 5 },
    ],
  },
  // .tsx: comparisons and JSX attributes
  {
    filename: 'react.tsx',
    code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
function Banner(props: { code: StageErrorCode }) {
  return props.code === 6 ? 'full' : null;
}
export const banner = <Banner code={9} />;
export const pick = <T,>(error: StageError, fallback: T) => (error.code === 3 ? fallback : null);
`,
    output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
function Banner(props: { code: StageErrorCode }) {
  return props.code === StageErrorCode.STAGE_AT_CAPACITY ? 'full' : null;
}
export const banner = <Banner code={StageErrorCode.STAGE_DELETED} />;
export const pick = <T,>(error: StageError, fallback: T) => (error.code === StageErrorCode.TIMEOUT ? fallback : null);
`,
    errors: [
      { messageId: 'numericCode', line: 4 },
      { messageId: 'numericCode', line: 6 },
      { messageId: 'numericCode', line: 7 },
    ],
  },
];

ruleTester.run('no-numeric-error-code', rule, { valid, invalid });

// `case 6:` is reported here, and counts as handling STAGE_AT_CAPACITY there.
ruleTester.run('exhaustive-error-switch with numeric cases', exhaustiveErrorSwitch, {
  valid: [
    {
      code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case 3:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case 6:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case 9:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.TOKEN_EXCHANGE_FAILED:
    break;
}
`,
      options: [{ require: 'all' }],
    },
  ],
  invalid: [
    {
      code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case 6:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case 9:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.TOKEN_EXCHANGE_FAILED:
    break;
}
`,
      options: [{ require: 'all' }],
      errors: [
        {
          messageId: 'missingCases',
          data: { enumName: 'StageErrorCode', members: 'TIMEOUT' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case 6:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case 9:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.TOKEN_EXCHANGE_FAILED:
    break;
  case StageErrorCode.TIMEOUT:
    // Operation timed out. If the {@link StageErrorCategory} is \`JOIN_ERROR\`
    // then check if the stage exists and the token is valid. If the stage
    // exists and the token is valid, this failure is likely a network issue. In
    // that case, wait for the device’s connectivity to recover and either
    // refresh the strategy or leave and rejoin the stage.
    throw new Error('Unhandled StageErrorCode.TIMEOUT');
}
`,
            },
          ],
        },
      ],
    },
  ],
});

describe('no-numeric-error-code fixes type-check', () => {
  for (const testCase of invalid) {
    const filename = (testCase.filename ?? 'file.ts') as FixtureName;
    const outputs = [
      ...(typeof testCase.output === 'string' ? [testCase.output] : []),
      ...testCase.errors.flatMap(error => error.suggestions ?? []).map(suggestion => suggestion.output),
    ];
    if (outputs.length === 0) {
      continue;
    }
    it(testCase.code, () => {
      const before = typeErrors(testCase.code, filename).length;
      for (const output of outputs) {
        expect(typeErrors(output, filename).length, output).toBeLessThanOrEqual(before);
      }
    });
  }
});
