import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule, { type MessageIds, type Options } from '../../src/rules/exhaustive-error-switch.js';
import { createRuleTester } from '../rule-tester.js';
import { typeErrors } from '../type-check.js';

const ruleTester = createRuleTester();

const IMPORT = `import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';`;

/** `case <ref>.<name>:` lines, one per member. */
function caseLines(names: readonly string[], ref = 'StageErrorCode', indent = '  '): string {
  return names.map(name => `${indent}case ${ref}.${name}:`).join('\n');
}

// Fatal members (token + terminal) of the installed SDK, but TOKEN_EXPIRED and
// FAILED: most invalid cases leave out those two, whose SDK docs are short.
const OTHER_FATAL = [
  'TOKEN_MALFORMED',
  'CANCELED',
  'CODEC_MISMATCH',
  'TOKEN_NOT_ALLOWED',
  'STAGE_DELETED',
  'PARTICIPANT_DISCONNECTED',
  'TOKEN_EXCHANGE_REQUEST_INVALID',
];
const ALL_FATAL = ['TOKEN_EXPIRED', 'FAILED', ...OTHER_FATAL];
const RETRYABLE = ['TIMEOUT', 'STAGE_AT_CAPACITY', 'TOKEN_EXCHANGE_FAILED'];

// The suggested clauses for the two members left out, at the usual indentation.
const EXPIRED_CASE = `case StageErrorCode.TOKEN_EXPIRED:
    // Token is expired. Create a non-expired token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');`;
const FAILED_CASE = `case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');`;

const missingBoth = 'TOKEN_EXPIRED and FAILED';

const valid: (string | ValidTestCase<[Options]>)[] = [
    // Every fatal member named, default for the retryable ones.
    `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(ALL_FATAL)}
    break;
  default:
    retry();
}
`,
    // Every member named, no default.
    `
${IMPORT}
declare const error: StageError;
switch (error.code) {
${caseLines([...ALL_FATAL, ...RETRYABLE])}
    break;
}
`,
    // `case X: break;` and separate bodies are explicit decisions.
    `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(ALL_FATAL.slice(0, 4))}
    break;
${caseLines(ALL_FATAL.slice(4))}
    break;
  case StageErrorCode.TIMEOUT:
    retry();
}
`,
    // Not a StageErrorCode: numbers, strings, other SDK enums, a user enum of the same name.
    // (RealTimeConnectionErrorCode and StageLeftReason switches used to be here: since
    // issue 16 they are the rule's too, see the end of the invalid cases.)
    `
declare const attempts: number;
switch (attempts) {
  case 1:
    break;
}
`,
    `
import { StageErrorCategory, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.category) {
  case StageErrorCategory.JOIN_ERROR:
    break;
}
`,
    `
enum StageErrorCode { TOKEN_MALFORMED = 1, TOKEN_EXPIRED = 2, STAGE_DELETED = 9 }
declare const code: StageErrorCode;
switch (code) {
  case StageErrorCode.TOKEN_MALFORMED:
    break;
}
`,
    `
declare const message: string;
switch (message) {
  case 'x':
    break;
}
`,
    // switch (true) and a code widened to number are out of scope.
    `
${IMPORT}
declare const error: StageError;
switch (true) {
  case error.code === StageErrorCode.TIMEOUT:
    break;
}
`,
    `
${IMPORT}
declare const error: StageError;
switch (error.code as number) {
  case StageErrorCode.TIMEOUT:
    break;
}
`,
    // A narrowed union only requires its own members.
    `
${IMPORT}
declare const code: StageErrorCode.TIMEOUT | StageErrorCode.STAGE_DELETED;
switch (code) {
  case StageErrorCode.STAGE_DELETED:
    break;
}
`,
    `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
function handle(code: StageErrorCode): void {
  if (code !== StageErrorCode.TIMEOUT && code !== StageErrorCode.STAGE_DELETED) {
    return;
  }
  switch (code) {
    case StageErrorCode.STAGE_DELETED:
      break;
    default:
      retry();
  }
}
handle(error.code);
`,
    // Members however written: alias, namespace, destructured, a const holding one, a number.
    `
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
${caseLines(ALL_FATAL, 'Code')}
    break;
}
`,
    `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const error: ivs.StageError;
switch (error.code) {
${caseLines(ALL_FATAL, 'ivs.StageErrorCode')}
    break;
}
`,
    `
${IMPORT}
const { TOKEN_EXPIRED, FAILED } = StageErrorCode;
const DELETED = StageErrorCode.STAGE_DELETED;
declare const error: StageError;
switch (error.code) {
  case TOKEN_EXPIRED:
  case FAILED:
  case DELETED:
${caseLines(OTHER_FATAL.filter(name => name !== 'STAGE_DELETED'))}
    break;
}
`,
    `
${IMPORT}
declare const error: StageError;
switch (error.code) {
  case 2:
  case 4:
${caseLines(OTHER_FATAL)}
    break;
}
`,
    // Optional chaining and null: `case null:` is fine.
    `
${IMPORT}
declare const error: StageError | undefined;
switch (error?.code) {
${caseLines(ALL_FATAL)}
  case undefined:
    break;
}
`,
    `
${IMPORT}
declare const code: StageErrorCode | null;
switch (code) {
  case null:
${caseLines(ALL_FATAL)}
    break;
}
`,
    // A generic code constrained to the enum.
    `
${IMPORT}
function handle<T extends StageErrorCode>(code: T): void {
  switch (code) {
${caseLines(ALL_FATAL, 'StageErrorCode', '    ')}
      break;
  }
}
`,
    // An assert-never default after every member.
    `
${IMPORT}
declare const error: StageError;
switch (error.code) {
${caseLines([...ALL_FATAL, ...RETRYABLE])}
    break;
  default:
    throw new Error(String(error.code satisfies never));
}
`,
    // Nested switches: each is judged on its own.
    `
${IMPORT}
declare const error: StageError;
declare const mode: 'a' | 'b';
switch (error.code) {
${caseLines(ALL_FATAL)}
    switch (mode) {
      case 'a':
        break;
    }
    break;
}
`,
    // TSX files.
    {
      filename: 'react.tsx',
      code: `
${IMPORT}
declare const error: StageError;
export const Banner = () => {
  switch (error.code) {
${caseLines(ALL_FATAL, 'StageErrorCode', '    ')}
      return <p>fatal</p>;
    default:
      return <p>retrying</p>;
  }
};
`,
    },
    // allowDefaultForFatal: default covers everything.
    {
      options: [{ allowDefaultForFatal: true }],
      code: `
${IMPORT}
declare const error: StageError;
declare function giveUp(): void;
switch (error.code) {
  case StageErrorCode.TIMEOUT:
    break;
  default:
    giveUp();
}
`,
    },
    // require: 'all' with default: the default covers the retryable members.
    {
      options: [{ require: 'all' }],
      code: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(ALL_FATAL)}
    break;
  default:
    retry();
}
`,
    },
    // Settings reclassify a member as retryable.
    {
      settings: { 'ivs-stage': { codes: { FAILED: 'retryable', TOKEN_EXPIRED: 'retryable' } } },
      code: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    break;
  default:
    retry();
}
`,
    },
];

const invalid: InvalidTestCase<MessageIds, [Options]>[] = [
    // Fatal members fall into default: suggestion inserts before default.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    break;
  default:
    retry();
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: missingBoth },
          line: 5,
          column: 9,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { members: missingBoth },
              output: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    break;
  ${EXPIRED_CASE}
  ${FAILED_CASE}
  default:
    retry();
}
`,
            },
          ],
        },
      ],
    },
    // Only a default: every fatal member is missing.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  default:
    retry();
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: {
            enumName: 'StageErrorCode',
            members:
              'TOKEN_MALFORMED, TOKEN_EXPIRED, FAILED, CANCELED, CODEC_MISMATCH, TOKEN_NOT_ALLOWED, STAGE_DELETED, PARTICIPANT_DISCONNECTED and TOKEN_EXCHANGE_REQUEST_INVALID',
          },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
    // Token is malformed. Ensure the token is not being unexpectantly modified
    // (i.e. spaces inserted, characters changed, etc.) before being passed to
    // the stage. Create a valid token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_MALFORMED');
  case StageErrorCode.TOKEN_EXPIRED:
    // Token is expired. Create a non-expired token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
  case StageErrorCode.CANCELED:
    // Operation canceled. Check application code and ensure no repeated
    // joins/leaves/refreshStrategy/replaceStrategy invocations which may cause
    // repeated operations to be started and canceled before completion.
    throw new Error('Unhandled StageErrorCode.CANCELED');
  case StageErrorCode.CODEC_MISMATCH:
    // Codec is not supported by the stage. Check browser/platform for codec
    // support.
    throw new Error('Unhandled StageErrorCode.CODEC_MISMATCH');
  case StageErrorCode.TOKEN_NOT_ALLOWED:
    // Token does not have permission for the operation. Recreate the token with
    // the correct permission(s) and try again.
    throw new Error('Unhandled StageErrorCode.TOKEN_NOT_ALLOWED');
  case StageErrorCode.STAGE_DELETED:
    // If a stage is deleted while a participant is actively in a session, they will be
    // gracefully disconnected. If a participant tries to join a deleted stage, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.STAGE_DELETED');
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    // If a participant is disconnected while actively in a session, they will be
    // gracefully disconnected. If a participant tries to join again, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.PARTICIPANT_DISCONNECTED');
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    // Token exchange failed due to invalid or incompatible token.
    // The token may be malformed, have incompatible immutable properties
    // (stageARN, participantID, eventsURL, whipURL, topic), or be otherwise
    // invalid. Check error details for specific validation failures.
    // Create a valid token with matching immutable properties and retry.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID');
  default:
    retry();
}
`,
            },
          ],
        },
      ],
    },
    // No default: the new clauses go after the last clause that ends with a jump.
    {
      code: `
${IMPORT}
declare const error: StageError;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    break;
  ${EXPIRED_CASE}
  ${FAILED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // The last clause falls through: the new clauses go first, so nothing falls into them.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function log(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    log();
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare function log(): void;
switch (error.code) {
  ${EXPIRED_CASE}
  ${FAILED_CASE}
${caseLines(OTHER_FATAL)}
    log();
}
`,
            },
          ],
        },
      ],
    },
    // A clause falls through into default: the new clauses do not go between them.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function log(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    log();
  default:
    log();
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare function log(): void;
switch (error.code) {
${caseLines(OTHER_FATAL)}
    log();
  default:
    log();
    break;
  ${EXPIRED_CASE}
  ${FAILED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // An empty switch.
    {
      code: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.TIMEOUT;
switch (code) {}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'TOKEN_EXPIRED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.TIMEOUT;
switch (code) {
  ${EXPIRED_CASE.replace(/\n {4}/g, '\n    ')}
}
`,
            },
          ],
        },
      ],
    },
    // A narrowed union requires only its own fatal members.
    {
      code: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.STAGE_AT_CAPACITY;
declare function retry(): void;
switch (code) {
  case StageErrorCode.STAGE_AT_CAPACITY:
    retry();
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'TOKEN_EXPIRED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.STAGE_AT_CAPACITY;
declare function retry(): void;
switch (code) {
  case StageErrorCode.STAGE_AT_CAPACITY:
    retry();
    break;
  ${EXPIRED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // Optional chaining, `| null`, and a generic code.
    {
      code: `
${IMPORT}
declare const error: StageError | undefined;
switch (error?.code) {
  case undefined:
${caseLines(OTHER_FATAL)}
    break;
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: missingBoth }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError | undefined;
switch (error?.code) {
  case undefined:
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    break;
  case StageErrorCode.TOKEN_EXPIRED:
    // Token is expired. Create a non-expired token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
}
`,
            },
          ] }],
    },
    {
      code: `
${IMPORT}
declare const code: StageErrorCode | null;
switch (code) {
  case null:
    break;
${caseLines(OTHER_FATAL)}
    break;
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: missingBoth }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode | null;
switch (code) {
  case null:
    break;
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    break;
  case StageErrorCode.TOKEN_EXPIRED:
    // Token is expired. Create a non-expired token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
}
`,
            },
          ] }],
    },
    {
      code: `
${IMPORT}
function handle<T extends StageErrorCode>(code: T): void {
  switch (code) {
${caseLines(OTHER_FATAL, 'StageErrorCode', '    ')}
      break;
  }
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: missingBoth }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
function handle<T extends StageErrorCode>(code: T): void {
  switch (code) {
    case StageErrorCode.TOKEN_MALFORMED:
    case StageErrorCode.CANCELED:
    case StageErrorCode.CODEC_MISMATCH:
    case StageErrorCode.TOKEN_NOT_ALLOWED:
    case StageErrorCode.STAGE_DELETED:
    case StageErrorCode.PARTICIPANT_DISCONNECTED:
    case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
      break;
    case StageErrorCode.TOKEN_EXPIRED:
      // Token is expired. Create a non-expired token and retry joining.
      throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
    case StageErrorCode.FAILED:
      // Operation failed. Fatal condition encountered attempting operation. Check
      // error details.
      throw new Error('Unhandled StageErrorCode.FAILED');
  }
}
`,
            },
          ] }],
    },
    // The suggestion writes members through the name in scope: an alias.
    {
      code: `
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
${caseLines([...OTHER_FATAL, 'FAILED'], 'Code')}
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { StageErrorCode as Code, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
${caseLines([...OTHER_FATAL, 'FAILED'], 'Code')}
    break;
  ${EXPIRED_CASE.replace('case StageErrorCode.', 'case Code.')}
}
`,
            },
          ],
        },
      ],
    },
    // … a namespace import.
    {
      code: `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const error: ivs.StageError;
switch (error.code) {
${caseLines([...OTHER_FATAL, 'FAILED'], 'ivs.StageErrorCode')}
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const error: ivs.StageError;
switch (error.code) {
${caseLines([...OTHER_FATAL, 'FAILED'], 'ivs.StageErrorCode')}
    break;
  ${EXPIRED_CASE.replace('case StageErrorCode.', 'case ivs.StageErrorCode.')}
}
`,
            },
          ],
        },
      ],
    },
    // … a type-only import, which the suggestion turns into a value import.
    {
      code: `
import type { StageErrorCode, StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case 1:
  case 4:
  case 5:
  case 7:
  case 8:
  case 9:
  case 10:
  case 11:
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case 1:
  case 4:
  case 5:
  case 7:
  case 8:
  case 9:
  case 10:
  case 11:
    break;
  ${EXPIRED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // … no binding at all: a new import after the last one.
    {
      code: `
import type { StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import type { StageError } from 'amazon-ivs-web-broadcast';
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
    break;
  ${EXPIRED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // … an existing value import of the package gains the enum.
    {
      code: `
import { Stage, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const stage: Stage;
switch (error.code) {
  case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
    stage.leave();
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { Stage, type StageError, StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare const stage: Stage;
switch (error.code) {
  case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
    stage.leave();
    break;
  ${EXPIRED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // … and none when the enum's name means something else in scope.
    {
      code: `
import type { StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
function handle(StageErrorCode: string): void {
  switch (error.code) {
    case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
      break;
  }
}
handle('');
`,
      errors: [{ messageId: 'missingFatalCases', suggestions: [] }],
    },
    // Tabs are kept.
    {
      code: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.TIMEOUT;
function handle(): void {
\tswitch (code) {
\t\tcase StageErrorCode.TIMEOUT:
\t\t\tbreak;
\t}
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.TOKEN_EXPIRED | StageErrorCode.TIMEOUT;
function handle(): void {
\tswitch (code) {
\t\tcase StageErrorCode.TIMEOUT:
\t\t\tbreak;
\t\tcase StageErrorCode.TOKEN_EXPIRED:
\t\t\t// Token is expired. Create a non-expired token and retry joining.
\t\t\tthrow new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
\t}
}
`,
            },
          ],
        },
      ],
    },
    // Nested switches: only the incomplete inner one is reported.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare const next: StageErrorCode.FAILED | StageErrorCode.TIMEOUT;
switch (error.code) {
${caseLines(ALL_FATAL)}
    switch (next) {
      case StageErrorCode.TIMEOUT:
        break;
    }
    break;
}
`,
      errors: [{ messageId: 'missingFatalCases', line: 15, data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare const next: StageErrorCode.FAILED | StageErrorCode.TIMEOUT;
switch (error.code) {
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.FAILED:
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    switch (next) {
      case StageErrorCode.TIMEOUT:
        break;
      case StageErrorCode.FAILED:
        // Operation failed. Fatal condition encountered attempting operation. Check
        // error details.
        throw new Error('Unhandled StageErrorCode.FAILED');
    }
    break;
}
`,
            },
          ] }],
    },
    // Two switches in one file: one report each.
    {
      code: `
${IMPORT}
declare const a: StageErrorCode.FAILED | StageErrorCode.TIMEOUT;
declare const b: StageErrorCode.STAGE_DELETED;
switch (a) {
  case StageErrorCode.TIMEOUT:
    break;
}
switch (b) {
  default:
    break;
}
`,
      errors: [
        { messageId: 'missingFatalCases', line: 5, data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const a: StageErrorCode.FAILED | StageErrorCode.TIMEOUT;
declare const b: StageErrorCode.STAGE_DELETED;
switch (a) {
  case StageErrorCode.TIMEOUT:
    break;
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
}
switch (b) {
  default:
    break;
}
`,
            },
          ] },
        { messageId: 'missingFatalCases', line: 9, data: { enumName: 'StageErrorCode', members: 'STAGE_DELETED' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const a: StageErrorCode.FAILED | StageErrorCode.TIMEOUT;
declare const b: StageErrorCode.STAGE_DELETED;
switch (a) {
  case StageErrorCode.TIMEOUT:
    break;
}
switch (b) {
  case StageErrorCode.STAGE_DELETED:
    // If a stage is deleted while a participant is actively in a session, they will be
    // gracefully disconnected. If a participant tries to join a deleted stage, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.STAGE_DELETED');
  default:
    break;
}
`,
            },
          ] },
      ],
    },
    // A code read through a class field, in a TSX file.
    {
      filename: 'react.tsx',
      code: `
${IMPORT}
class ErrorView {
  constructor(private readonly error: StageError) {}
  render() {
    switch (this.error.code) {
${caseLines(OTHER_FATAL, 'StageErrorCode', '      ')}
        return <p>fatal</p>;
      default:
        return <p>retrying</p>;
    }
  }
}
export { ErrorView };
`,
      errors: [{ messageId: 'missingFatalCases', line: 6, data: { enumName: 'StageErrorCode', members: missingBoth }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
class ErrorView {
  constructor(private readonly error: StageError) {}
  render() {
    switch (this.error.code) {
      case StageErrorCode.TOKEN_MALFORMED:
      case StageErrorCode.CANCELED:
      case StageErrorCode.CODEC_MISMATCH:
      case StageErrorCode.TOKEN_NOT_ALLOWED:
      case StageErrorCode.STAGE_DELETED:
      case StageErrorCode.PARTICIPANT_DISCONNECTED:
      case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
        return <p>fatal</p>;
      case StageErrorCode.TOKEN_EXPIRED:
        // Token is expired. Create a non-expired token and retry joining.
        throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
      case StageErrorCode.FAILED:
        // Operation failed. Fatal condition encountered attempting operation. Check
        // error details.
        throw new Error('Unhandled StageErrorCode.FAILED');
      default:
        return <p>retrying</p>;
    }
  }
}
export { ErrorView };
`,
            },
          ] }],
    },
    // require: 'all' reports retryable members when there is no default.
    {
      options: [{ require: 'all' }],
      code: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  case StageErrorCode.FAILED:
    break;
}
`,
      errors: [
        {
          messageId: 'missingCases',
          data: { enumName: 'StageErrorCode', members: 'STAGE_AT_CAPACITY' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  case StageErrorCode.FAILED:
    break;
  case StageErrorCode.STAGE_AT_CAPACITY:
    // Stage is at capacity. Try again when stage is no longer at capacity.
    throw new Error('Unhandled StageErrorCode.STAGE_AT_CAPACITY');
}
`,
            },
          ],
        },
      ],
    },
    // A default does not excuse fatal members, with require: 'all' either.
    {
      options: [{ require: 'all' }],
      code: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  default:
    break;
}
`,
      errors: [{ messageId: 'missingCases', data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
  default:
    break;
}
`,
            },
          ] }],
    },
    // allowDefaultForFatal does not excuse a switch without default.
    {
      options: [{ allowDefaultForFatal: true }],
      code: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  case StageErrorCode.STAGE_AT_CAPACITY:
    break;
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const code: StageErrorCode.FAILED | StageErrorCode.STAGE_AT_CAPACITY;
switch (code) {
  case StageErrorCode.STAGE_AT_CAPACITY:
    break;
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
}
`,
            },
          ] }],
    },
    // An enum of the file named by errorCodeTypes is one (only the default, package
    // specifiers rule a file's own enums out before the types are asked).
    {
      settings: { 'ivs-stage': { errorCodeTypes: [{ from: 'file', name: 'AppCode' }] } },
      code: `
enum AppCode { DENIED = 100, BUSY = 101 }
declare const code: AppCode;
switch (code) {
  case AppCode.DENIED:
    break;
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'AppCode', members: 'BUSY (unknown to eslint-plugin-ivs-stage, treated as fatal)' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
enum AppCode { DENIED = 100, BUSY = 101 }
declare const code: AppCode;
switch (code) {
  case AppCode.DENIED:
    break;
  case AppCode.BUSY:
    throw new Error('Unhandled AppCode.BUSY');
}
`,
            },
          ] }],
    },
    // Settings make a retryable member fatal.
    {
      settings: { 'ivs-stage': { codes: { TIMEOUT: 'terminal' } } },
      code: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
${caseLines(ALL_FATAL)}
    break;
  default:
    retry();
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: 'TIMEOUT' }, suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.FAILED:
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    break;
  case StageErrorCode.TIMEOUT:
    // Operation timed out. If the {@link StageErrorCategory} is \`JOIN_ERROR\`
    // then check if the stage exists and the token is valid. If the stage
    // exists and the token is valid, this failure is likely a network issue. In
    // that case, wait for the device’s connectivity to recover and either
    // refresh the strategy or leave and rejoin the stage.
    throw new Error('Unhandled StageErrorCode.TIMEOUT');
  default:
    retry();
}
`,
            },
          ] }],
    },
    // Found by the fuzz test: the inserted clauses throw, so TypeScript narrows their
    // members away from the code after them, and a later comparison with one of them
    // would become an error ("no overlap"). Then the report comes without a suggestion.
    // In the default clause:
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function showGone(): void;
switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL])}
    break;
  default:
    if (error.code === StageErrorCode.FAILED) showGone();
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [] }],
    },
    // After the switch, written as a number:
    {
      code: `
${IMPORT}
export function isFailure(error: StageError): boolean {
  switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL], 'StageErrorCode', '    ')}
      return false;
  }
  return error.code == 4;
}
`,
      errors: [{ messageId: 'missingFatalCases', data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [] }],
    },
    // In a later switch's case:
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function log(value: unknown): void;
switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL])}
    throw error;
}
switch (error.code) {
  case StageErrorCode.FAILED:
  case StageErrorCode.TIMEOUT:
    log(error);
}
`,
      // The second switch only sees the members the first one lets through.
      errors: [{ messageId: 'missingFatalCases', line: 5, data: { enumName: 'StageErrorCode', members: 'FAILED' }, suggestions: [] }],
    },
    // Nor is the case of an outer switch around it: the suggestion stays.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare const other: StageError;
switch (other.code) {
  case StageErrorCode.FAILED:
    switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL], 'StageErrorCode', '      ')}
        break;
    }
}
`,
      errors: [
        { messageId: 'missingFatalCases', line: 5 },
        {
          messageId: 'missingFatalCases',
          line: 7,
          data: { enumName: 'StageErrorCode', members: 'FAILED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare const other: StageError;
switch (other.code) {
  case StageErrorCode.FAILED:
    switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL], 'StageErrorCode', '      ')}
        break;
      case StageErrorCode.FAILED:
        // Operation failed. Fatal condition encountered attempting operation. Check
        // error details.
        throw new Error('Unhandled StageErrorCode.FAILED');
    }
}
`,
            },
          ],
        },
      ],
    },
    // A comparison before the switch is not narrowed by it: the suggestion stays.
    {
      code: `
${IMPORT}
declare const error: StageError;
declare function log(value: unknown): void;
if (error.code === StageErrorCode.FAILED) log(error);
switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL])}
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'FAILED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
${IMPORT}
declare const error: StageError;
declare function log(value: unknown): void;
if (error.code === StageErrorCode.FAILED) log(error);
switch (error.code) {
${caseLines(['TOKEN_EXPIRED', ...OTHER_FATAL])}
    break;
  ${FAILED_CASE}
}
`,
            },
          ],
        },
      ],
    },
    // Issue 16: these two were valid ("other SDK enums"). SDK 1.41's second failure
    // surface is the rule's too: a RealTimeConnectionErrorCode switch must name its
    // fatal codes, a StageLeftReason switch its final reasons (more in
    // tests/rules/exhaustive-error-switch-sdk141.test.ts).
    {
      code: `
import { RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
declare const code: RealTimeConnectionErrorCode;
switch (code) {
  case RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID:
    break;
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'RealTimeConnectionErrorCode', members: 'CONNECTION_TOKEN_EXPIRED and CONNECTION_NOT_RECOGNIZED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';
declare const code: RealTimeConnectionErrorCode;
switch (code) {
  case RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID:
    break;
  case RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED:
    // The connection token has expired. Thrown by the RealTimeConnection
    // constructor and by connect(). Create a new connection token and
    // construct a new connection.
    throw new Error('Unhandled RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED');
  case RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED:
    // The RealTimeConnection instance passed to a Stage was not created by this
    // SDK instance. Thrown by the Stage constructor. Multiple SDKs may be
    // loaded on the page. Ensure only one copy of the SDK is loaded to prevent
    // conflicting RealTimeConnection classes.
    throw new Error('Unhandled RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED');
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
declare const reason: StageLeftReason;
switch (reason) {
  case StageLeftReason.USER_INITIATED:
    break;
}
`,
      errors: [
        {
          messageId: 'missingFinalCases',
          data: {
            enumName: 'StageLeftReason',
            members: 'TOKEN_REUSED, PARTICIPANT_DISCONNECTED, STAGE_DELETED, FAILED_EXCHANGE and REAL_TIME_CONNECTION_TOKEN_REVOCATION',
          },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
declare const reason: StageLeftReason;
switch (reason) {
  case StageLeftReason.USER_INITIATED:
    break;
  case StageLeftReason.TOKEN_REUSED:
    // Token was reused by another stage instance and this instance was
    // disconnected. A token cannot be used to maintain more than one connection
    // to a stage at once.
    throw new Error('Unhandled StageLeftReason.TOKEN_REUSED');
  case StageLeftReason.PARTICIPANT_DISCONNECTED:
    // This token was disconnected by the DisconnectParticipant API. This token
    // can no longer be used.
    throw new Error('Unhandled StageLeftReason.PARTICIPANT_DISCONNECTED');
  case StageLeftReason.STAGE_DELETED:
    // The stage the token was tied to was deleted. This token can no longer be
    // used.
    throw new Error('Unhandled StageLeftReason.STAGE_DELETED');
  case StageLeftReason.FAILED_EXCHANGE:
    // Token exchange failed due to validation error. This is treated as an
    // authorization failure and the stage connection is terminated.
    throw new Error('Unhandled StageLeftReason.FAILED_EXCHANGE');
  case StageLeftReason.REAL_TIME_CONNECTION_TOKEN_REVOCATION:
    // The connection token of the shared RealTimeConnection was revoked.
    throw new Error('Unhandled StageLeftReason.REAL_TIME_CONNECTION_TOKEN_REVOCATION');
}
`,
            },
          ],
        },
      ],
    },
];

ruleTester.run('exhaustive-error-switch', rule, { valid, invalid });

// The suggested clauses must compile where they are inserted.
describe('suggestion outputs type-check', () => {
  for (const testCase of invalid) {
    const outputs = testCase.errors.flatMap(error => error.suggestions ?? []).map(suggestion => suggestion.output);
    it(testCase.code, () => {
      const filename = testCase.filename === 'react.tsx' ? 'react.tsx' : 'file.ts';
      // Positions move with the inserted lines; the errors themselves must not change.
      const messages = (code: string) => typeErrors(code, filename).map(error => error.replace(/^\d+:\d+ /, ''));
      const before = messages(testCase.code);
      for (const output of outputs) {
        expect(messages(output), output).toEqual(before);
      }
    });
  }
});
