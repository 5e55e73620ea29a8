// Rejoins in a StageEvents.STAGE_LEFT listener: a Stage left, and the listener
// joins one again. Which Stage it joins (the one that left, or one just
// created with a new token), whether it rejoins after every StageLeftReason
// (no condition at all on the way), and the reasons the installed SDK names.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, unwrap } from '../../util/ast.js';
import { sameBinding, variableDeclaredBy } from '../../util/scope.js';
import { type ListenerRegistration, listenerRegistrationOf } from '../../sdk/stage-events.js';
import { guardsEntering } from './connection-state.js';
import { stageCallOf } from './direct.js';
import { listenerRunningAt } from './listeners.js';
import type { ActionReader, StageAction } from './reader.js';
import { helperActionOf } from './summaries.js';

/** The STAGE_LEFT listener (of a Stage) a node runs in, through timers and promise callbacks. */
export function leaveListenerOf(reader: ActionReader, node: TSESTree.Node): FunctionNode | undefined {
  return listenerRunningAt(reader, node, 'stageLeft');
}

/**
 * A join of the Stage that left: `sameStage` with the token it has, `freshToken`
 * when the same binding was just given a new Stage or token. The join's
 * receiver must be, by scope, what the listener was registered on: joining
 * another Stage after a leave (from a lobby to the main stage, or a brand-new
 * `new Stage(…)`) is no rejoin. A same-file function counts when it is handed
 * that Stage (`reconnect(stage)`), or is a method of the Stage listening on
 * itself (`this.on(…, () => this.rejoin())`): otherwise which Stage it joins is
 * unknown, and no rejoin is assumed.
 */
export function rejoinOf(reader: ActionReader, node: TSESTree.CallExpression): StageAction | undefined {
  const receiver = leftStageOf(reader, node);
  const callee = unwrap(node.callee);
  if (!receiver) {
    return undefined;
  }
  const call = stageCallOf(reader, node);
  if (call) {
    return call.method === 'join' &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      sameBinding(reader.sourceCode, callee.object, receiver)
      ? { kind: call.onNewStage ? 'freshToken' : call.kind, label: call.label, joins: true }
      : undefined;
  }
  const handedTheStage =
    node.arguments.some(argument => sameBinding(reader.sourceCode, argument, receiver)) ||
    (receiver.type === AST_NODE_TYPES.ThisExpression &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.ThisExpression);
  const helper = handedTheStage ? helperActionOf(reader, node) : undefined;
  return helper?.joins && helper.kind === 'sameStage' ? helper : undefined;
}

/** What the STAGE_LEFT listener a node runs in was registered on: inline, or a function registered once by name. */
function leftStageOf(reader: ActionReader, node: TSESTree.Node): TSESTree.Expression | undefined {
  const listener = leaveListenerOf(reader, node);
  if (!listener) {
    return undefined;
  }
  const inline = registrationPassing(listener);
  if (inline) {
    return inline.receiver;
  }
  const name = listener.type === AST_NODE_TYPES.FunctionDeclaration ? listener.id : undefined;
  const variable = name ? variableDeclaredBy(reader.sourceCode, listener, name) : undefined;
  const registrations = (variable?.references ?? []).flatMap(reference => registrationPassing(reference.identifier) ?? []);
  return registrations.length === 1 ? registrations[0]?.receiver : undefined;
}

/** The `x.on(event, value)` registration that `value` is the listener of. */
function registrationPassing(value: TSESTree.Node): ListenerRegistration | undefined {
  const call = value.parent;
  const registration = call?.type === AST_NODE_TYPES.CallExpression ? listenerRegistrationOf(call) : undefined;
  return registration?.listener === value ? registration : undefined;
}

/**
 * Whether a call in a STAGE_LEFT listener runs after every leave: no condition
 * at all between the listener and it. A condition on the reason is read by the
 * reach analysis; any other one (a flag set by the app's own leave, an attempt
 * counter) may be the app's decision, and keeps the rule silent.
 */
export function runsOnEveryLeave(reader: ActionReader, node: TSESTree.CallExpression): boolean {
  const listener = leaveListenerOf(reader, node);
  if (!listener) {
    return false;
  }
  // The listener is an ancestor of the node: the walk ends there.
  for (let child: TSESTree.Node = node; child !== listener && child.parent; child = child.parent) {
    if (guardsEntering(child.parent, child).length > 0) {
      return false;
    }
  }
  return true;
}
