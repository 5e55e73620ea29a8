// What reaches each clause of a `switch` on the code, counting fall-through and
// `default`, and what goes on after the switch.
import type { TSESTree } from '@typescript-eslint/utils';

import { codeSetOf, memberOf } from './code-types.js';
import { membersOf, type Reach, UNKNOWN, unionReach } from './reach.js';
import type { ReachReader } from './reader.js';
import type { ErrorCodeMember, ErrorCodeSet } from '../../sdk/types.js';
import { alwaysEnds, containsOwnBreak } from '../../util/control-flow.js';

export interface SwitchReach {
  /** Per clause, in source order, with fall-through. */
  readonly clauses: readonly Reach[];
  /** What completes the switch normally and goes on after it. */
  readonly after: Reach;
}

/** The reach of a switch's clauses; undefined when it does not switch on a code. */
export function switchReachOf(
  reader: ReachReader,
  node: TSESTree.SwitchStatement,
): SwitchReach | undefined {
  const { switches } = reader.caches;
  if (switches.has(node)) {
    return switches.get(node);
  }
  const found = readSwitch(reader, node);
  switches.set(node, found);
  return found;
}

function readSwitch(reader: ReachReader, node: TSESTree.SwitchStatement): SwitchReach | undefined {
  const possible = codeSetOf(reader, node.discriminant);
  if (!possible) {
    return undefined;
  }
  const codes = possible.enum;
  const { own, unnamed } = ownReaches(reader, node, possible);
  const clauses: Reach[] = [];
  let fallingIn: Reach = membersOf(codes, []);
  // Without `default`, what no case names goes straight past the switch.
  let after: Reach = node.cases.some(switchCase => switchCase.test === null)
    ? membersOf(codes, [])
    : unnamed;
  node.cases.forEach((switchCase, index) => {
    const reach = unionReach(own[index] ?? unnamed, fallingIn);
    clauses.push(reach);
    const ends = switchCase.consequent.some(statement => alwaysEnds(statement, true));
    // A `return`, `throw` or `continue` skips what follows the switch; a `break` does not.
    const leavesBeyond = switchCase.consequent.some(statement => alwaysEnds(statement, false));
    fallingIn = ends ? membersOf(codes, []) : reach;
    if (!leavesBeyond && (containsOwnBreak(switchCase.consequent) || index === node.cases.length - 1)) {
      after = unionReach(after, reach);
    }
  });
  return { clauses, after };
}

/**
 * What each case's own test lets in (undefined for `default`), and what no case
 * names, which is what `default` lets in.
 */
function ownReaches(
  reader: ReachReader,
  node: TSESTree.SwitchStatement,
  possible: ErrorCodeSet,
): { own: readonly (Reach | undefined)[]; unnamed: Reach } {
  const codes = possible.enum;
  const named = new Set<ErrorCodeMember>();
  const own = node.cases.map((switchCase): Reach | undefined => {
    if (switchCase.test === null) {
      return undefined;
    }
    const member = memberOf(reader, switchCase.test, codes);
    if (!member) {
      return UNKNOWN;
    }
    named.add(member);
    return membersOf(codes, possible.members.filter(candidate => candidate === member));
  });
  // A case we cannot read may name any member: what reaches `default` is unknown.
  const unnamed = own.some(reach => reach?.kind === 'unknown')
    ? UNKNOWN
    : membersOf(codes, possible.members.filter(member => !named.has(member)));
  return { own, unnamed };
}
