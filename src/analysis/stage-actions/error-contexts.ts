// Where code runs because a stage failed: inside a StageEvents.ERROR listener,
// in the catch of a try that joins, or in the rejection handler of a join
// promise. And where it runs because a RealTimeConnection (SDK 1.41) failed: in
// the catch of a try that connects or constructs one, or in its `stateChanged`
// listener, whose `error` says why it dropped.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, isFunction, propertyName, unwrap } from '../../util/ast.js';
import { actionOfNew, stageCallOf } from './direct.js';
import { registeredListenersOf } from './listeners.js';
import type { ActionReader } from './reader.js';
import { callJoins, helperOf, performedBy, runsWithCaller } from './summaries.js';
import { joinsInTry, tryBlockHolds } from './retry-loops.js';

/**
 * - `catch`: the catch of a try that connects a RealTimeConnection or constructs
 *   one (its constructor throws for a malformed or expired connection token,
 *   `connect()` for an expired token or a failed connection);
 * - `stateChanged`: its `stateChanged` listener, which the SDK tells to call
 *   `connect()` again after CONNECTION_FAILED, the one code it reports.
 */
export type ConnectionErrorContext = 'catch' | 'stateChanged';

const REJECTION_HANDLERS = new Set(['catch', 'then']);
const PROMISE_CHAIN = new Set(['then', 'catch', 'finally']);

/** Whether a node runs because a stage failed. */
export function isInErrorContext(reader: ActionReader, node: TSESTree.Node): boolean {
  const verdicts = reader.memo.errorContexts;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    let verdict = verdicts.get(current);
    if (verdict === undefined) {
      verdict = isErrorContextBoundary(reader, current);
      verdicts.set(current, verdict);
    }
    if (verdict) {
      return true;
    }
    // A function stored for later (`button.onclick = () => …`, a lookup table's
    // entry) does not run because the stage failed, even inside a listener.
    if (isFunction(current) && !runsWithCaller(current)) {
      return false;
    }
  }
  return false;
}

function isErrorContextBoundary(reader: ActionReader, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CatchClause) {
    return joinsInTry(reader, node.parent.block);
  }
  return (
    isFunction(node) &&
    (registeredListenersOf(reader).get(node)?.has('error') === true || isRejectionHandlerOfJoin(reader, node))
  );
}

/** The nearest place around a node that runs because a RealTimeConnection failed. */
export function connectionErrorContextOf(reader: ActionReader, node: TSESTree.Node): ConnectionErrorContext | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause && connectsInTry(reader, current.parent.block)) {
      return 'catch';
    }
    if (isFunction(current) && registeredListenersOf(reader).get(current)?.has('connectionStateChanged') === true) {
      return 'stateChanged';
    }
  }
  return undefined;
}

/**
 * Whether a try block connects a RealTimeConnection (`connect()`, directly or
 * through a same-file function) or constructs one, not counting functions it
 * only creates.
 */
export function connectsInTry(reader: ActionReader, block: TSESTree.BlockStatement): boolean {
  return tryBlockHolds(reader, reader.memo.tryConnects, block, node =>
    node.type === AST_NODE_TYPES.NewExpression
      ? actionOfNew(reader, node)?.kind === 'freshConnection'
      : node.type === AST_NODE_TYPES.CallExpression && callConnects(reader, node),
  );
}

/** `connect()` on any RealTimeConnection, also one just created, or a same-file function that connects one. */
function callConnects(reader: ActionReader, node: TSESTree.CallExpression): boolean {
  const call = stageCallOf(reader, node);
  if (call) {
    return call.method === 'connect';
  }
  const helper = helperOf(reader, node.callee);
  const performed = helper ? performedBy(reader, helper) : undefined;
  return performed !== undefined && (performed.sameConnection || performed.freshConnection);
}

/** `stage.join().catch(fn)`, `stage.join().then(ok, fn)`, through a promise chain. */
function isRejectionHandlerOfJoin(reader: ActionReader, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const method = propertyName(call.callee);
  const index = call.arguments.indexOf(fn as TSESTree.Expression);
  if (method === undefined || !REJECTION_HANDLERS.has(method) || index !== (method === 'catch' ? 0 : 1)) {
    return false;
  }
  let source = unwrap(call.callee.object);
  while (
    source.type === AST_NODE_TYPES.CallExpression &&
    source.callee.type === AST_NODE_TYPES.MemberExpression &&
    PROMISE_CHAIN.has(propertyName(source.callee) ?? '')
  ) {
    source = unwrap(source.callee.object);
  }
  return source.type === AST_NODE_TYPES.CallExpression && callJoins(reader, source);
}
