// The pure combinations of reaches (src/analysis/reach/reach.ts), on a made-up
// enum: no type checker, no file.
import type ts from 'typescript';
import { describe, expect, it } from 'vitest';

import {
  intersectReach,
  membersOf,
  type Reach,
  UNGUARDED,
  UNKNOWN,
  unionReach,
} from '../../../src/analysis/reach/reach.js';
import { STAGE_ERROR_DOMAIN } from '../../../src/sdk/codes.js';
import type { ErrorCodeEnum, ErrorCodeMember } from '../../../src/sdk/types.js';

function member(name: string, value: number): ErrorCodeMember {
  return { name, value, doc: '', codeClass: 'retryable', fatal: false, known: true, action: '' };
}

function enumOf(name: string, members: readonly ErrorCodeMember[]): ErrorCodeEnum {
  return {
    symbol: {} as ts.Symbol,
    name,
    members,
    byValue: new Map(members.map(each => [each.value, each])),
    importSource: undefined,
    domain: STAGE_ERROR_DOMAIN,
  };
}

const A = member('A', 1);
const B = member('B', 2);
const C = member('C', 3);
const CODES = enumOf('Codes', [A, B, C]);
const OTHER = enumOf('Other', [A, B, C]);

function names(reach: Reach): string {
  return reach.kind === 'members' ? reach.members.map(each => each.name).join(',') : reach.kind;
}

describe('intersectReach', () => {
  it('is the other side when one side has no guard', () => {
    const ab = membersOf(CODES, [A, B]);
    expect(intersectReach(UNGUARDED, ab)).toBe(ab);
    expect(intersectReach(ab, UNGUARDED)).toBe(ab);
    expect(intersectReach(UNGUARDED, UNKNOWN)).toBe(UNKNOWN);
    expect(intersectReach(UNGUARDED, UNGUARDED)).toBe(UNGUARDED);
  });

  it('keeps the members both sides let through, in the first side\'s order', () => {
    expect(names(intersectReach(membersOf(CODES, [C, B, A]), membersOf(CODES, [A, C])))).toBe('C,A');
    expect(names(intersectReach(membersOf(CODES, [A]), membersOf(CODES, [B])))).toBe('');
  });

  it('is unknown when either side is, or the sides are of different enums', () => {
    expect(intersectReach(UNKNOWN, membersOf(CODES, [A]))).toBe(UNKNOWN);
    expect(intersectReach(membersOf(CODES, [A]), UNKNOWN)).toBe(UNKNOWN);
    expect(intersectReach(membersOf(CODES, [A]), membersOf(OTHER, [A]))).toBe(UNKNOWN);
  });
});

describe('unionReach', () => {
  it('keeps the members either side lets through, in declaration order', () => {
    const union = unionReach(membersOf(CODES, [C]), membersOf(CODES, [A]));
    expect(union.kind === 'members' && union.enum).toBe(CODES);
    expect(names(union)).toBe('A,C');
  });

  it('lets every member through when one path has no guard', () => {
    expect(names(unionReach(UNGUARDED, membersOf(CODES, [B])))).toBe('A,B,C');
    expect(names(unionReach(membersOf(CODES, []), UNGUARDED))).toBe('A,B,C');
    expect(unionReach(UNGUARDED, UNGUARDED)).toBe(UNGUARDED);
  });

  it('is unknown when either side is, or the sides are of different enums', () => {
    expect(unionReach(UNKNOWN, UNGUARDED)).toBe(UNKNOWN);
    expect(unionReach(membersOf(CODES, [A]), UNKNOWN)).toBe(UNKNOWN);
    expect(unionReach(membersOf(CODES, [A]), membersOf(OTHER, [B]))).toBe(UNKNOWN);
  });

  it('of no members on both sides is no members', () => {
    expect(names(unionReach(membersOf(CODES, []), membersOf(CODES, [])))).toBe('');
  });
});
