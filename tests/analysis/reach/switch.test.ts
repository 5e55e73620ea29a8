// What reaches each clause of a switch on the code, and what goes on after it
// (src/analysis/reach/switch.ts).
import { ALL_BUT, reachRule, reaches, ruleTester } from './mark-rule.js';

ruleTester.run('reach: switch', reachRule, {
  valid: [],
  invalid: [
    // own cases, fall-through, default
    reaches(
      `switch (error.code) {
  case StageErrorCode.TIMEOUT:
    mark();
  case StageErrorCode.FAILED:
    mark();
    break;
  case StageErrorCode.STAGE_AT_CAPACITY:
    mark();
    return;
  default:
    mark();
}`,
      '[TIMEOUT]',
      '[TIMEOUT,FAILED]',
      '[STAGE_AT_CAPACITY]',
      ALL_BUT('TIMEOUT', 'FAILED', 'STAGE_AT_CAPACITY'),
    ),
    reaches(
      `switch (error.code) {
  default:
    mark();
  case StageErrorCode.TIMEOUT:
    mark();
}`,
      ALL_BUT('TIMEOUT'),
      ALL_BUT(),
    ),
    // any spelling of a member in a case, a number included
    reaches(
      `const { FAILED } = StageErrorCode;
switch (error.code) {
  case FAILED:
    mark();
    break;
  case 3:
    mark();
    break;
}`,
      '[FAILED]',
      '[TIMEOUT]',
    ),
    // a case that cannot be read may name any member: default sees unknown
    reaches(
      `declare const other: StageErrorCode;
switch (error.code) {
  case other:
    mark();
    break;
  case StageErrorCode.TIMEOUT:
    mark();
    break;
  default:
    mark();
}`,
      'unknown',
      '[TIMEOUT]',
      'unknown',
    ),
    // a switch on something else is no guard on the code
    reaches('switch (attempts) {\n  case 1:\n    mark();\n}', 'unguarded'),
    // the case test itself runs before the clause is chosen
    reaches('switch (error.code) {\n  case (mark(), StageErrorCode.TIMEOUT):\n    break;\n}', 'unguarded'),

    // members that leave the switch do not reach what follows it
    reaches(
      `function f() {
  switch (error.code) {
    case StageErrorCode.FAILED:
    case StageErrorCode.STAGE_DELETED:
      return;
    case StageErrorCode.TIMEOUT:
      break;
  }
  mark();
}`,
      ALL_BUT('FAILED', 'STAGE_DELETED'),
    ),
    // with a default, only what breaks out or falls off the last clause goes on
    reaches(
      `function f() {
  switch (error.code) {
    case StageErrorCode.TIMEOUT:
      break;
    case StageErrorCode.FAILED:
      throw new Error();
    default:
      return;
  }
  mark();
}`,
      '[TIMEOUT]',
    ),
    reaches(
      `function f() {
  switch (error.code) {
    default:
      return;
    case StageErrorCode.CANCELED:
  }
  mark();
}`,
      '[CANCELED]',
    ),
    // a break nested in an if still leaves this switch
    reaches(
      `function f() {
  switch (error.code) {
    case StageErrorCode.TIMEOUT:
      if (attempts > 1) {
        break;
      } else {
        return;
      }
    default:
      return;
  }
  mark();
}`,
      '[TIMEOUT]',
    ),

    // a switch inside a guard
    reaches(
      'if (error.code !== StageErrorCode.FAILED) {\n  switch (error.code) {\n    case StageErrorCode.FAILED:\n      mark();\n      break;\n    case StageErrorCode.TIMEOUT:\n      mark();\n  }\n}',
      '[]',
      '[TIMEOUT]',
    ),

    // members come from the installed SDK (1.24 has eight; its package.json still names amazon-ivs-web-broadcast)
    {
      code: `import { StageErrorCode, type StageError } from 'ivs-sdk-1-24';
declare function mark(): void;
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TIMEOUT:
    break;
  default:
    mark();
}`,
      errors: [
        {
          messageId: 'reach' as const,
          data: { reach: '[TOKEN_MALFORMED,TOKEN_EXPIRED,FAILED,CANCELED,STAGE_AT_CAPACITY,CODEC_MISMATCH,TOKEN_NOT_ALLOWED]' },
        },
      ],
    },
  ],
});
