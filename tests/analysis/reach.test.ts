// Unit tests of src/analysis/reach: a test-only rule reports, at each `mark()` call,
// the members the analysis says can reach it.
import { createRule } from '../../src/create-rule.js';
import { getReachAnalysis, type Reach } from '../../src/analysis/reach/index.js';
import { createRuleTester } from '../rule-tester.js';

const reachRule = createRule<[], 'reach'>({
  name: 'test-reach',
  meta: {
    type: 'problem',
    docs: { description: 'Reports what reaches mark()', requiresTypeChecking: true },
    messages: { reach: '{{reach}}' },
    schema: [],
  },
  create(context) {
    const analysis = getReachAnalysis(context);
    return {
      'CallExpression[callee.name="mark"]'(node: Parameters<typeof analysis.reachOf>[0]) {
        context.report({ node, messageId: 'reach', data: { reach: describe(analysis.reachOf(node)) } });
      },
    };
  },
});

function describe(reach: Reach): string {
  return reach.kind === 'members' ? `[${reach.members.map(member => member.name).join(',')}]` : reach.kind;
}

const HEADER = `import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare function mark(): void;
declare function shouldRetry(error: StageError): boolean;
declare function isFatal(code: StageErrorCode): boolean;
declare const error: StageError;
declare let attempts: number;
`;

const ALL_BUT = (...names: string[]): string =>
  `[${[
    'TOKEN_MALFORMED', 'TOKEN_EXPIRED', 'TIMEOUT', 'FAILED', 'CANCELED', 'STAGE_AT_CAPACITY',
    'CODEC_MISMATCH', 'TOKEN_NOT_ALLOWED', 'STAGE_DELETED', 'PARTICIPANT_DISCONNECTED',
    'TOKEN_EXCHANGE_REQUEST_INVALID', 'TOKEN_EXCHANGE_FAILED',
  ].filter(name => !names.includes(name)).join(',')}]`;

/** One case: `body` after the header, expecting one mark per entry of `reaches`. */
function reaches(body: string, ...expected: string[]) {
  return {
    code: HEADER + body,
    errors: expected.map(reach => ({ messageId: 'reach' as const, data: { reach } })),
  };
}

const ruleTester = createRuleTester();

ruleTester.run('reach', reachRule, {
  valid: [],
  invalid: [
    // no guard at all, or guards that do not involve the code
    reaches('mark();', 'unguarded'),
    reaches('if (attempts < 3) mark();', 'unguarded'),
    reaches('if (error.category === "JOIN_ERROR") mark();', 'unguarded'),
    reaches('if (error.message.includes("x")) mark();', 'unguarded'),

    // equality, either order, any spelling of the member
    reaches('if (error.code === StageErrorCode.TIMEOUT) mark(); else mark();', '[TIMEOUT]', ALL_BUT('TIMEOUT')),
    reaches('if (StageErrorCode.FAILED == error.code) mark();', '[FAILED]'),
    reaches('if (error.code !== StageErrorCode.FAILED) mark();', ALL_BUT('FAILED')),
    reaches('const { STAGE_DELETED } = StageErrorCode;\nif (error.code === STAGE_DELETED) mark();', '[STAGE_DELETED]'),
    reaches('const Deleted = StageErrorCode.STAGE_DELETED;\nif (error.code === Deleted) mark();', '[STAGE_DELETED]'),
    reaches('const code = error.code;\nif (code === StageErrorCode["CANCELED"]) mark();', '[CANCELED]'),
    reaches('if (error.code === 6) mark();', '[STAGE_AT_CAPACITY]'),

    // !, &&, ||, ternaries
    reaches('if (!(error.code === StageErrorCode.TIMEOUT)) mark();', ALL_BUT('TIMEOUT')),
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.STAGE_AT_CAPACITY) mark();',
      '[TIMEOUT,STAGE_AT_CAPACITY]',
    ),
    reaches('if (error.code !== StageErrorCode.TIMEOUT && error.code !== StageErrorCode.FAILED) mark();', ALL_BUT('TIMEOUT', 'FAILED')),
    reaches('error.code === StageErrorCode.FAILED && mark();', '[FAILED]'),
    reaches('error.code === StageErrorCode.FAILED || mark();', ALL_BUT('FAILED')),
    reaches('const x = error.code === StageErrorCode.TIMEOUT ? mark() : mark();', '[TIMEOUT]', ALL_BUT('TIMEOUT')),
    reaches('if (error.code === StageErrorCode.TIMEOUT && attempts < 3) mark();', '[TIMEOUT]'),
    // an unrelated condition on one side of || lets every member through
    reaches('if (error.code === StageErrorCode.TIMEOUT || attempts < 3) mark();', ALL_BUT()),
    reaches('const fatal = error.code === StageErrorCode.FAILED;\nif (!fatal) mark();', ALL_BUT('FAILED')),

    // switch: own cases, fall-through, default
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

    // early exits in the same block and in enclosing ones
    reaches('function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  mark();\n}', ALL_BUT('FAILED')),
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.FAILED) { console.log(error); throw new Error(); }\n  if (attempts) { mark(); }\n}',
      ALL_BUT('FAILED'),
    ),
    reaches(
      'for (;;) {\n  if (error.code !== StageErrorCode.TIMEOUT) break;\n  mark();\n}',
      '[TIMEOUT]',
    ),
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.TIMEOUT) {} else { return; }\n  mark();\n}',
      '[TIMEOUT]',
    ),
    // a hoisted function declaration is not behind the early exit
    reaches('function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  function g() { mark(); }\n}', 'unguarded'),

    // membership
    reaches('if ([StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY].includes(error.code)) mark();', '[TIMEOUT,STAGE_AT_CAPACITY]'),
    reaches(
      'const RETRYABLE = [StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY] as const;\nif (!RETRYABLE.includes(error.code as never)) mark();',
      ALL_BUT('TIMEOUT', 'STAGE_AT_CAPACITY'),
    ),
    reaches(
      'const FATAL: readonly StageErrorCode[] = [StageErrorCode.FAILED];\nif (FATAL.indexOf(error.code) !== -1) mark();\nif (FATAL.indexOf(error.code) === -1) mark();',
      '[FAILED]',
      ALL_BUT('FAILED'),
    ),
    reaches('const FATAL = new Set([StageErrorCode.FAILED, StageErrorCode.CANCELED]);\nif (FATAL.has(error.code)) mark();', '[FAILED,CANCELED]'),
    // a class of the file named Set is not the global one: its has() is a call we cannot read
    reaches(
      'class Set<T> {\n  constructor(readonly items: T[]) {}\n  has(item: T): boolean { return this.items.length > 0 && item !== undefined; }\n}\nif (new Set([StageErrorCode.FAILED]).has(error.code)) mark();',
      'unknown',
    ),
    // a list declared elsewhere: read from a readonly tuple type of single members
    reaches(
      'declare const FATAL: readonly [StageErrorCode.FAILED, StageErrorCode.CANCELED];\nfunction f() {\n  if ((FATAL as readonly StageErrorCode[]).includes(error.code)) return;\n  mark();\n}',
      ALL_BUT('FAILED', 'CANCELED'),
    ),
    reaches(
      'declare const FATAL: readonly [StageErrorCode.FAILED];\nif (new Set<StageErrorCode>(FATAL).has(error.code)) mark();',
      '[FAILED]',
    ),
    reaches('declare const NONE: readonly [];\nif ((NONE as readonly StageErrorCode[]).includes(error.code)) mark();', '[]'),
    // …but not from a type that leaves elements open: optional, rest, mutable, or wider
    reaches(
      'declare const SOME: readonly [StageErrorCode.FAILED, StageErrorCode.CANCELED?];\nif ((SOME as readonly StageErrorCode[]).includes(error.code)) mark();',
      'unknown',
    ),
    reaches(
      'declare const REST: readonly [StageErrorCode.FAILED, ...StageErrorCode[]];\nif (REST.includes(error.code)) mark();',
      'unknown',
    ),
    reaches(
      'declare const MUTABLE: [StageErrorCode.FAILED];\nif ((MUTABLE as StageErrorCode[]).includes(error.code)) mark();',
      'unknown',
    ),
    reaches(
      'declare const MIXED: readonly [StageErrorCode.FAILED, 3];\nif ((MIXED as readonly number[]).includes(error.code)) mark();',
      'unknown',
    ),

    // across nested functions
    reaches('if (error.code === StageErrorCode.TIMEOUT) setTimeout(() => mark(), 1000);', '[TIMEOUT]'),
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  void Promise.resolve().then(() => { mark(); });\n}',
      ALL_BUT('FAILED'),
    ),
    reaches('function onError(e: StageError) {\n  if (e.code === StageErrorCode.TIMEOUT) mark();\n}', '[TIMEOUT]'),

    // combinations: a switch inside a guard, nested guards
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

    // unreadable guards that involve the error or its code
    reaches('if (shouldRetry(error)) mark();', 'unknown'),
    reaches('if (isFatal(error.code)) return; else mark();', 'unknown'),
    reaches('function f() {\n  if (!isFatal(error.code)) {\n    mark();\n  }\n}', 'unknown'),
    reaches('if (error.code > StageErrorCode.TIMEOUT) mark();', 'unknown'),
    reaches('declare const list: StageErrorCode[];\nif (list.includes(error.code)) mark();', 'unknown'),
    reaches('if (error.code === StageErrorCode.TIMEOUT && shouldRetry(error)) mark();', 'unknown'),
  ],
});
