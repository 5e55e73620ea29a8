// A `STAGE_CONNECTION_STATE_CHANGED` listener that rejoins on DISCONNECTED or
// ERRORED: a deleted stage and a removed participant end in those states too,
// and the listener has no error code to tell them apart, so the rejoin retries
// them like any unguarded retry. Only guards on the listener's own state count
// as read; any other condition (a flag the ERROR listener sets, a helper's
// verdict) may be the app's own decision, and silences the finding.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import { listenerRegistrationOf } from '../../sdk/stage-events.js';
import { forEachDescendant, type FunctionNode, isFunction, unwrap } from '../../util/ast.js';
import { alwaysEnds, statementListOf } from '../../util/control-flow.js';
import { declaredVariableOf, parameterVariable } from '../../util/scope.js';
import type { ActionReader } from './reader.js';
import { runsWithCaller } from './summaries.js';

const CONNECTION_STATE_EVENT = 'STAGE_CONNECTION_STATE_CHANGED';
/** The StageConnectionState members a stage that failed ends in. */
const ENDING_STATES = new Set(['DISCONNECTED', 'ERRORED']);

/**
 * The connection-state listener a node runs in, when every guard between the
 * listener and the node tests only the state the listener is given.
 */
export function connectionStateListenerOf(reader: ActionReader, node: TSESTree.Node): FunctionNode | undefined {
  // Syntax first: most calls sit in no function registered with `on(…)`, and
  // need neither a type question nor a look at their guards.
  const listener = enclosingRegisteredListener(node);
  if (!listener || !isConnectionStateListener(reader, listener)) {
    return undefined;
  }
  let child = node;
  for (let parent = node.parent; parent && child !== listener; child = parent, parent = parent.parent) {
    if (!onlyStateGuards(reader, parent, child)) {
      return undefined;
    }
  }
  return listener;
}

/** The nearest enclosing function passed as the listener of an `on(event, fn)` call. */
function enclosingRegisteredListener(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) {
      const call = current.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && listenerRegistrationOf(call)?.listener === current) {
        return current;
      }
      // A function stored for later (`button.onclick = () => …`) runs on another occasion.
      if (!runsWithCaller(current)) {
        return undefined;
      }
    }
  }
  return undefined;
}

function isConnectionStateListener(reader: ActionReader, fn: FunctionNode): boolean {
  const call = fn.parent;
  const registration = call.type === AST_NODE_TYPES.CallExpression ? listenerRegistrationOf(call) : undefined;
  return (
    registration !== undefined &&
    reader.types.stageEventOf(reader.types.services.getTypeAtLocation(registration.event)) === CONNECTION_STATE_EVENT
  );
}

/** Whether entering `child` from `parent` passes only guards on the listener's state. */
function onlyStateGuards(reader: ActionReader, parent: TSESTree.Node, child: TSESTree.Node): boolean {
  return guardsEntering(parent, child).every(guard => isStateTest(reader, guard, enclosingListener(parent)));
}

/**
 * The conditions entering `child` from `parent` passes, from syntax alone: the
 * test of an if or `? :`, the left of `&&`/`||`, a switch's discriminant and
 * case tests, and the tests of early exits before it (`if (busy) return;`).
 */
/**
 * The case tests whose values reach a clause: its own and those of the clauses
 * that fall through into it; every test for `default`, which the rest reach.
 */
function testsReaching(clause: TSESTree.SwitchCase): TSESTree.Node[] {
  const { cases } = clause.parent;
  if (clause.test === null) {
    return cases.flatMap(other => other.test ?? []);
  }
  const tests: TSESTree.Node[] = [clause.test];
  for (let index = cases.indexOf(clause) - 1; index >= 0; index--) {
    const previous = cases[index];
    if (!previous || previous.consequent.some(statement => alwaysEnds(statement, true))) {
      break;
    }
    tests.push(...(previous.test ? [previous.test] : cases.flatMap(other => other.test ?? [])));
  }
  return tests;
}

export function guardsEntering(parent: TSESTree.Node, child: TSESTree.Node): TSESTree.Node[] {
  const guards: TSESTree.Node[] = [];
  if (
    (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
    child !== parent.test
  ) {
    guards.push(parent.test);
  } else if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right) {
    guards.push(parent.left);
  } else if (parent.type === AST_NODE_TYPES.SwitchCase && child !== parent.test) {
    guards.push(parent.parent.discriminant, ...testsReaching(parent));
  }
  const list = statementListOf(parent);
  // Early exits above the node guard it too: `if (busy) return;`.
  for (const statement of list?.slice(0, list.indexOf(child)) ?? []) {
    const exits =
      statement.type === AST_NODE_TYPES.IfStatement &&
      (alwaysEnds(statement.consequent, true) || (statement.alternate !== null && alwaysEnds(statement.alternate, true)));
    if (exits) {
      guards.push(statement.test);
    }
  }
  return guards;
}

function enclosingListener(node: TSESTree.Node): FunctionNode | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (isFunction(current)) {
      return current;
    }
  }
  return undefined;
}

/**
 * `state === StageConnectionState.DISCONNECTED || state === 'errored'`: names
 * only the listener's first parameter and constants (`X.Y`, literals).
 */
function isStateTest(reader: ActionReader, guard: TSESTree.Node, fn: FunctionNode | undefined): boolean {
  const state = fn ? parameterVariable(reader.sourceCode, fn, 0) : undefined;
  if (!state) {
    return false;
  }
  let readable = true;
  const check = (node: TSESTree.Node): boolean => {
    const value = unwrap(node);
    if (value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression) {
      // The state itself, or a constant (`StageConnectionState.ERRORED`, a
      // destructured `ERRORED`): a flag or a field is the app's own decision.
      readable &&=
        (value.type === AST_NODE_TYPES.Identifier && declaredVariableOf(reader.sourceCode, value) === state) ||
        isEndingState(reader.types.services.getTypeAtLocation(value));
      return false;
    }
    readable &&=
      value.type === AST_NODE_TYPES.Literal ||
      value.type === AST_NODE_TYPES.BinaryExpression ||
      value.type === AST_NODE_TYPES.LogicalExpression ||
      (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '!');
    return readable;
  };
  if (check(guard)) {
    forEachDescendant(unwrap(guard), reader.sourceCode.visitorKeys, check);
  }
  return readable;
}

/**
 * A constant naming a state a failure ends in (`StageConnectionState.DISCONNECTED`
 * or `ERRORED`). Any other constant (`CONNECTED`, `'connecting'`) makes the guard
 * one that lets a join through for another reason: the rule does not read it.
 */
function isEndingState(type: ts.Type): boolean {
  if (!(type.flags & ts.TypeFlags.EnumLiteral) || !type.isStringLiteral()) {
    return false;
  }
  const member = type.getSymbol()?.name;
  return member !== undefined && ENDING_STATES.has(member);
}
