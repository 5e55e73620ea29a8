// The walk up the tree (src/analysis/reach/walk.ts): guards of enclosing
// statements, early exits before a node, nested functions, and the answers
// scoped to a function (reachWithin) or to a block's end (reachAtEndOf).
import { ALL_BUT, reachRule, reaches, ruleTester } from './mark-rule.js';

ruleTester.run('reach: walk', reachRule, {
  valid: [],
  invalid: [
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
    // an exit before the guard and one after it; marks before an exit are not behind it
    reaches(
      'function f() {\n  mark();\n  if (error.code === StageErrorCode.FAILED) return;\n  mark();\n  if (error.code === StageErrorCode.TIMEOUT) return;\n  mark();\n}',
      'unguarded',
      ALL_BUT('FAILED'),
      ALL_BUT('FAILED', 'TIMEOUT'),
    ),
    // an if whose branches both exit, or neither, lets nothing in particular through
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.FAILED) { attempts++; } else { attempts--; }\n  mark();\n}',
      'unguarded',
    ),
    // a switch exits too, in a case clause's own statement list as well
    reaches(
      'function f() {\n  switch (attempts) {\n    case 1:\n      if (error.code === StageErrorCode.FAILED) return;\n      mark();\n  }\n}',
      ALL_BUT('FAILED'),
    ),
    // a hoisted function declaration is not behind the early exit
    reaches('function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  function g() { mark(); }\n}', 'unguarded'),

    // across nested functions
    reaches('if (error.code === StageErrorCode.TIMEOUT) setTimeout(() => mark(), 1000);', '[TIMEOUT]'),
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  void Promise.resolve().then(() => { mark(); });\n}',
      ALL_BUT('FAILED'),
    ),
    reaches('function onError(e: StageError) {\n  if (e.code === StageErrorCode.TIMEOUT) mark();\n}', '[TIMEOUT]'),

    // reachWithin counts only the guards inside the enclosing function
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT) {\n  setTimeout(() => {\n    markWithin();\n    if (error.code !== StageErrorCode.FAILED) markWithin();\n  });\n}',
      'unguarded',
      ALL_BUT('FAILED'),
    ),
    reaches(
      'function f() {\n  if (error.code === StageErrorCode.FAILED) return;\n  markWithin();\n}',
      ALL_BUT('FAILED'),
    ),

    // reachAtEndOf: what falls off the end of a function body
    reaches('function end1() {\n  attempts++;\n}', 'unguarded'),
    reaches('function end2() {\n  if (error.code === StageErrorCode.FAILED) return;\n  attempts++;\n}', ALL_BUT('FAILED')),
    reaches(
      'function end3() {\n  switch (error.code) {\n    case StageErrorCode.TIMEOUT:\n      break;\n    default:\n      return;\n  }\n}',
      '[TIMEOUT]',
    ),
    reaches('function end4() {\n  throw new Error();\n}', 'end unreachable'),
    reaches(
      'function end5() {\n  if (error.code === StageErrorCode.FAILED) return; else throw new Error();\n}',
      'end unreachable',
    ),
    // it starts from the guards above the block
    reaches(
      'if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.FAILED) {\n  function end6() {\n    if (error.code === StageErrorCode.FAILED) return;\n  }\n}',
      '[TIMEOUT]',
    ),
  ],
});
