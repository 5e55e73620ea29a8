// Where code runs because a stage failed: inside a StageEvents.ERROR listener,
// in the catch of a try that joins, or in the rejection handler of a join promise.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { listenerRegistrationOf, registeredEventOf } from '../../sdk/stage-events.js';
import { forEachDescendant, type FunctionNode, isFunction, propertyName, unwrap } from '../../util/ast.js';
import type { ActionReader } from './reader.js';
import { callJoins, helperOf } from './summaries.js';
import { joinsInTry } from './retry-loops.js';

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
  }
  return false;
}

function isErrorContextBoundary(reader: ActionReader, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CatchClause) {
    return joinsInTry(reader, node.parent.block);
  }
  return isFunction(node) && (errorListenersOf(reader).has(node) || isRejectionHandlerOfJoin(reader, node));
}

/** Every function registered with `x.on(StageEvents.ERROR, fn)`, inline or by name. */
function errorListenersOf(reader: ActionReader): Set<TSESTree.Node> {
  let found = reader.memo.errorListeners;
  if (!found) {
    const listeners = new Set<TSESTree.Node>();
    forEachDescendant(reader.sourceCode.ast, reader.sourceCode.visitorKeys, node => {
      const registration = node.type === AST_NODE_TYPES.CallExpression ? listenerRegistrationOf(node) : undefined;
      const fn = registration?.listener ? listenerFunction(reader, registration.listener) : undefined;
      if (registration && fn && registeredEventOf(reader.types, registration) === 'error') {
        listeners.add(fn);
      }
      return true;
    });
    found = reader.memo.errorListeners = listeners;
  }
  return found;
}

/** The function a listener argument stands for: inline, by name, or `this.onError.bind(this)`. */
function listenerFunction(reader: ActionReader, listener: TSESTree.Node): FunctionNode | undefined {
  const value = unwrap(listener);
  if (isFunction(value)) {
    return value;
  }
  if (
    value.type === AST_NODE_TYPES.CallExpression &&
    value.callee.type === AST_NODE_TYPES.MemberExpression &&
    propertyName(value.callee) === 'bind'
  ) {
    return helperOf(reader, value.callee.object);
  }
  return helperOf(reader, value);
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
