// What a condition lets through when true and when false (src/analysis/reach/conditions.ts),
// read at `mark()` calls in its branches and `probe()` of its parts.
import { ALL_BUT, reachRule, reaches, ruleTester } from './mark-rule.js';

ruleTester.run('reach: conditions', reachRule, {
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
    reaches('if (StageErrorCode.FAILED != error.code) mark(); else mark();', ALL_BUT('FAILED'), '[FAILED]'),
    reaches('const { STAGE_DELETED } = StageErrorCode;\nif (error.code === STAGE_DELETED) mark();', '[STAGE_DELETED]'),
    reaches('const Deleted = StageErrorCode.STAGE_DELETED;\nif (error.code === Deleted) mark();', '[STAGE_DELETED]'),
    reaches('const code = error.code;\nif (code === StageErrorCode["CANCELED"]) mark();', '[CANCELED]'),
    reaches('if (error.code === 6) mark();', '[STAGE_AT_CAPACITY]'),
    reaches('if ((error.code as StageErrorCode) === StageErrorCode.TIMEOUT) mark();', '[TIMEOUT]'),
    // inside a guard TypeScript narrows the code to one member: the declared type is read
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT) {\n  if (error.code === StageErrorCode.TIMEOUT) mark(); else mark();\n}',
      '[TIMEOUT]',
      '[]',
    ),
    // a number no member has
    reaches('if (error.code === 99) mark(); else mark();', 'unknown', 'unknown'),

    // !, &&, ||, ternaries
    reaches('if (!(error.code === StageErrorCode.TIMEOUT)) mark();', ALL_BUT('TIMEOUT')),
    reaches('if (!!(error.code === StageErrorCode.TIMEOUT)) mark();', '[TIMEOUT]'),
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.STAGE_AT_CAPACITY) mark();',
      '[TIMEOUT,STAGE_AT_CAPACITY]',
    ),
    reaches('if (error.code !== StageErrorCode.TIMEOUT && error.code !== StageErrorCode.FAILED) mark();', ALL_BUT('TIMEOUT', 'FAILED')),
    // the false branch of && and the true branch of ||
    reaches(
      'if (error.code !== StageErrorCode.TIMEOUT && error.code !== StageErrorCode.FAILED) {} else mark();',
      '[TIMEOUT,FAILED]',
    ),
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.FAILED) {} else mark();',
      ALL_BUT('TIMEOUT', 'FAILED'),
    ),
    reaches('error.code === StageErrorCode.FAILED && mark();', '[FAILED]'),
    reaches('error.code === StageErrorCode.FAILED || mark();', ALL_BUT('FAILED')),
    // ?? is no guard on the code
    reaches('const x = (error.code === StageErrorCode.FAILED) ?? mark();', 'unguarded'),
    reaches('const x = error.code === StageErrorCode.TIMEOUT ? mark() : mark();', '[TIMEOUT]', ALL_BUT('TIMEOUT')),
    reaches('if (error.code === StageErrorCode.TIMEOUT && attempts < 3) mark();', '[TIMEOUT]'),
    // an unrelated condition on one side of || lets every member through
    reaches('if (error.code === StageErrorCode.TIMEOUT || attempts < 3) mark();', ALL_BUT()),

    // const names for conditions
    reaches('const fatal = error.code === StageErrorCode.FAILED;\nif (!fatal) mark();', ALL_BUT('FAILED')),
    reaches(
      'const failed = error.code === StageErrorCode.FAILED;\nconst stop = failed;\nif (stop) mark();',
      '[FAILED]',
    ),
    // a name for a function is not the condition its body computes
    reaches('const fatal = () => error.code === StageErrorCode.FAILED;\nif (fatal) mark();', 'unguarded'),
    // a `let` can change before the test
    reaches('let fatal = error.code === StageErrorCode.FAILED;\nfatal = attempts > 1;\nif (fatal) mark();', 'unguarded'),

    // unreadable guards that involve the error or its code
    reaches('if (shouldRetry(error)) mark();', 'unknown'),
    reaches('if (isFatal(error.code)) return; else mark();', 'unknown'),
    reaches('function f() {\n  if (!isFatal(error.code)) {\n    mark();\n  }\n}', 'unknown'),
    reaches('if (error.code > StageErrorCode.TIMEOUT) mark();', 'unknown'),
    reaches('declare const list: StageErrorCode[];\nif (list.includes(error.code)) mark();', 'unknown'),
    reaches('if (error.code === StageErrorCode.TIMEOUT && shouldRetry(error)) mark();', 'unknown'),
    reaches('declare const other: StageErrorCode;\nif (error.code === other) mark();', 'unknown'),

    // what mentions the error's code, and what only the error's other fields
    reaches('probe(error.code);', 'involves'),
    reaches('probe(error);', 'involves'),
    reaches('probe(error?.code === 3);', 'involves'),
    reaches('probe(shouldRetry(error));', 'involves'),
    reaches('probe(error.category === "JOIN_ERROR");', 'uninvolved'),
    reaches('probe(error.message.length > 0);', 'uninvolved'),
    reaches('probe(attempts < 3);', 'uninvolved'),
    reaches('probe({ code: attempts });', 'uninvolved'),
    // a nested function does not run as part of the condition
    reaches('probe(() => error.code);', 'uninvolved'),
  ],
});
