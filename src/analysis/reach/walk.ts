// Walks from a node up to the root, adding the guard each step passes: the test
// of an if, ?:, && or ||, the switch clause, and the early exits before it.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { branchesOf, involvesErrorCode } from './conditions.js';
import { intersectReach, type Reach, UNGUARDED, UNKNOWN } from './reach.js';
import type { ReachReader } from './reader.js';
import { switchReachOf } from './switch.js';
import { alwaysEnds, statementListOf } from '../../util/control-flow.js';

/** The members that can reach `node`, from every guard above it. */
export function reachOf(reader: ReachReader, node: TSESTree.Node): Reach {
  const { reaches } = reader.caches;
  // Iterative up to the first memoised ancestor: deep files must not overflow the stack.
  const chain: TSESTree.Node[] = [];
  let current: TSESTree.Node | undefined = node;
  let known: Reach = UNGUARDED;
  for (; current; current = current.parent) {
    const memo = reaches.get(current);
    if (memo) {
      known = memo;
      break;
    }
    chain.push(current);
  }
  for (let index = chain.length - 1; index >= 0; index--) {
    const child = chain[index];
    if (!child) {
      continue;
    }
    known = child.parent ? intersectReach(known, stepInto(reader, child.parent, child)) : UNGUARDED;
    reaches.set(child, known);
  }
  return known;
}

/** The same, counting only the guards below `within`: not memoised, as it stops part way. */
export function reachWithin(reader: ReachReader, node: TSESTree.Node, within: TSESTree.Node): Reach {
  let result = UNGUARDED;
  for (let current = node; current !== within && current.parent; current = current.parent) {
    result = intersectReach(result, stepInto(reader, current.parent, current));
  }
  return result;
}

/** The members that reach the end of `block`; undefined when its end is unreachable. */
export function reachAtEndOf(reader: ReachReader, block: TSESTree.BlockStatement): Reach | undefined {
  let result = reachOf(reader, block);
  for (const statement of block.body) {
    if (alwaysEnds(statement, true)) {
      return undefined;
    }
    result = intersectReach(result, exitGuard(reader, statement));
  }
  return result;
}

/** What entering `child` from `parent` adds to the guards. */
export function stepInto(reader: ReachReader, parent: TSESTree.Node, child: TSESTree.Node): Reach {
  let step = UNGUARDED;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.consequent) {
        step = branchesOf(reader, parent.test).whenTrue;
      } else if (child === parent.alternate) {
        step = branchesOf(reader, parent.test).whenFalse;
      }
      break;
    case AST_NODE_TYPES.LogicalExpression:
      if (child === parent.right && parent.operator !== '??') {
        const left = branchesOf(reader, parent.left);
        step = parent.operator === '&&' ? left.whenTrue : left.whenFalse;
      }
      break;
    case AST_NODE_TYPES.SwitchCase:
      if (child !== parent.test) {
        const clauses = switchReachOf(reader, parent.parent)?.clauses;
        step = clauses?.[parent.parent.cases.indexOf(parent)] ?? unreadSwitch(reader, parent.parent);
      }
      break;
    default:
      break;
  }
  const list = statementListOf(parent);
  // A hoisted function declaration can run before the early exits above it.
  if (list && child.type !== AST_NODE_TYPES.FunctionDeclaration) {
    const index = list.indexOf(child);
    for (let before = 0; before < index; before++) {
      const statement = list[before];
      if (statement) {
        step = intersectReach(step, exitGuard(reader, statement));
      }
    }
  }
  return step;
}

/** What a statement lets through to the statements after it. */
export function exitGuard(reader: ReachReader, statement: TSESTree.Node): Reach {
  if (statement.type === AST_NODE_TYPES.IfStatement) {
    const consequentEnds = alwaysEnds(statement.consequent, true);
    const alternateEnds = statement.alternate !== null && alwaysEnds(statement.alternate, true);
    if (consequentEnds && !alternateEnds) {
      return branchesOf(reader, statement.test).whenFalse;
    }
    if (alternateEnds && !consequentEnds) {
      return branchesOf(reader, statement.test).whenTrue;
    }
    return UNGUARDED;
  }
  if (statement.type === AST_NODE_TYPES.SwitchStatement) {
    return switchReachOf(reader, statement)?.after ?? unreadSwitch(reader, statement);
  }
  return UNGUARDED;
}

const unreadSwitches = new WeakMap<TSESTree.SwitchStatement, Reach>();

/**
 * A switch that is not over a code but tests one in its cases
 * (`switch (true) { case error.code === X: … }`) is a guard the analysis cannot
 * read: unknown, so the rules stay silent. Any other switch guards nothing.
 */
function unreadSwitch(reader: ReachReader, node: TSESTree.SwitchStatement): Reach {
  let reach = unreadSwitches.get(node);
  if (!reach) {
    const tests = [node.discriminant, ...node.cases.flatMap(clause => clause.test ?? [])];
    reach = tests.some(test => involvesErrorCode(reader, test)) ? UNKNOWN : UNGUARDED;
    unreadSwitches.set(node, reach);
  }
  return reach;
}
