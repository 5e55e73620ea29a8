// The members a list holds and what `includes`, `has` and `indexOf` on it let
// through (src/analysis/reach/member-lists.ts and its reading in conditions.ts).
import { describe, expect, it } from 'vitest';

import { indexOfMeaning } from '../../../src/analysis/reach/member-lists.js';
import { ALL_BUT, reachRule, reaches, ruleTester } from './mark-rule.js';

describe('indexOfMeaning', () => {
  it('reads the comparisons that hold exactly when the code is found', () => {
    for (const [operator, bound] of [['!==', -1], ['!=', -1], ['>', -1], ['>=', 0]] as const) {
      expect(indexOfMeaning(operator, bound), `${operator} ${String(bound)}`).toBe('found');
    }
  });

  it('reads the comparisons that hold exactly when it is missing', () => {
    for (const [operator, bound] of [['===', -1], ['==', -1], ['<=', -1], ['<', 0]] as const) {
      expect(indexOfMeaning(operator, bound), `${operator} ${String(bound)}`).toBe('missing');
    }
  });

  it('reads nothing from a bound that splits the indexes elsewhere', () => {
    for (const [operator, bound] of [['!==', 0], ['===', 0], ['>', 0], ['<', -1], ['>=', -1], ['<=', 0]] as const) {
      expect(indexOfMeaning(operator, bound), `${operator} ${String(bound)}`).toBeUndefined();
    }
  });
});

ruleTester.run('reach: member lists', reachRule, {
  valid: [],
  invalid: [
    reaches('if ([StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY].includes(error.code)) mark();', '[TIMEOUT,STAGE_AT_CAPACITY]'),
    reaches(
      'const RETRYABLE = [StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY] as const;\nif (!RETRYABLE.includes(error.code as never)) mark();',
      ALL_BUT('TIMEOUT', 'STAGE_AT_CAPACITY'),
    ),
    // a const naming another const
    reaches(
      'const FATAL = [StageErrorCode.FAILED];\nconst STOP = FATAL;\nif (STOP.includes(error.code)) mark();',
      '[FAILED]',
    ),
    // numbers stand for their members
    reaches('if ([3, 4].includes(error.code)) mark();', '[TIMEOUT,FAILED]'),
    // a list with a spread or a hole may hold anything
    reaches(
      'declare const more: StageErrorCode[];\nif ([StageErrorCode.FAILED, ...more].includes(error.code)) mark();',
      'unknown',
    ),
    reaches('if ([StageErrorCode.FAILED, , StageErrorCode.TIMEOUT].includes(error.code)) mark();', 'unknown'),
    // a list of something else than the code is no guard
    reaches('if (["a", "b"].includes(error.message)) mark();', 'unguarded'),

    // indexOf, with each bound that reads as found or missing
    reaches(
      'const FATAL: readonly StageErrorCode[] = [StageErrorCode.FAILED];\nif (FATAL.indexOf(error.code) !== -1) mark();\nif (FATAL.indexOf(error.code) === -1) mark();',
      '[FAILED]',
      ALL_BUT('FAILED'),
    ),
    reaches(
      'const FATAL = [StageErrorCode.FAILED];\nif (FATAL.indexOf(error.code) >= 0) mark();\nif (FATAL.indexOf(error.code) < 0) mark();\nif (FATAL.indexOf(error.code) > -1) mark();',
      '[FAILED]',
      ALL_BUT('FAILED'),
      '[FAILED]',
    ),
    // a bound that does not split found from missing
    reaches('const FATAL = [StageErrorCode.FAILED];\nif (FATAL.indexOf(error.code) > 0) mark();', 'unknown'),
    // indexOf of something other than the code is no guard
    reaches('if (["a"].indexOf(error.message) !== -1) mark();', 'unguarded'),

    // sets
    reaches('const FATAL = new Set([StageErrorCode.FAILED, StageErrorCode.CANCELED]);\nif (FATAL.has(error.code)) mark();', '[FAILED,CANCELED]'),
    reaches(
      'const LIST = [StageErrorCode.FAILED, StageErrorCode.CANCELED];\nif (!new Set(LIST).has(error.code)) mark();',
      ALL_BUT('FAILED', 'CANCELED'),
    ),
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
    reaches(
      'function f(list: readonly [StageErrorCode.TIMEOUT]) {\n  if ((list as readonly StageErrorCode[]).includes(error.code)) mark();\n}',
      '[TIMEOUT]',
    ),
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
    reaches(
      'declare const WIDE: readonly StageErrorCode[];\nif (WIDE.includes(error.code)) mark();',
      'unknown',
    ),
  ],
});
