// The value the reach analysis computes, and the two ways paths combine it: pure
// data, with no syntax tree and no type checker, so rules can combine reaches too.
import type { ErrorCodeEnum, ErrorCodeMember } from '../../sdk/types.js';

/**
 * - `unguarded`: no guard on the error code above the node;
 * - `unknown`: a guard involves the error or its code but cannot be read;
 * - `members`: exactly these members can reach the node (possibly none).
 */
export type Reach =
  | { readonly kind: 'unguarded' }
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'members';
      readonly enum: ErrorCodeEnum;
      readonly members: readonly ErrorCodeMember[];
    };

export const UNGUARDED: Reach = { kind: 'unguarded' };
export const UNKNOWN: Reach = { kind: 'unknown' };

export function membersOf(codes: ErrorCodeEnum, members: readonly ErrorCodeMember[]): Reach {
  return { kind: 'members', enum: codes, members };
}

/** What passes both guards: a node behind two guards sees only what both let through. */
export function intersectReach(a: Reach, b: Reach): Reach {
  if (a.kind === 'unguarded') {
    return b;
  }
  if (b.kind === 'unguarded') {
    return a;
  }
  if (a.kind === 'unknown' || b.kind === 'unknown' || a.enum !== b.enum) {
    return UNKNOWN;
  }
  return membersOf(a.enum, a.members.filter(member => b.members.includes(member)));
}

/** What takes either of two paths to the same place, in the enum's declaration order. */
export function unionReach(a: Reach, b: Reach): Reach {
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    return UNKNOWN;
  }
  if (a.kind === 'unguarded' || b.kind === 'unguarded') {
    // One path has no guard on the code: every member takes it.
    const codes = a.kind === 'members' ? a.enum : b.kind === 'members' ? b.enum : undefined;
    return codes ? membersOf(codes, codes.members) : UNGUARDED;
  }
  if (a.enum !== b.enum) {
    return UNKNOWN;
  }
  return membersOf(
    a.enum,
    a.enum.members.filter(member => a.members.includes(member) || b.members.includes(member)),
  );
}
