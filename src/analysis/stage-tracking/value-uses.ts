// What one expression that evaluates to a tracked stage does with it: joins it,
// registers a listener on it, stores it in another holder (an alias), hands it
// to a same-file function, or lets it reach code the file does not show. What
// joining and listening mean comes from the tracker's subject (a Stage, or a
// RealTimeConnection, which `connect()` starts).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { LISTENER_REGISTRAR, listenerRegistrationOf } from '../../sdk/stage-events.js';
import { isNothing, memberKey, unwrap } from '../../util/ast.js';
import { sameBinding } from '../../util/scope.js';
import { isInDependencyArray } from '../wrapped-functions.js';
import { argumentFate, calledValueFate, functionReturning, returnedFate } from './factories.js';
import { ESCAPES, JOINED, mergeFates, NO_FATE, type StageFate } from './fates.js';
import { holderAt, outermostValue } from './holders.js';
import type { Aliases, Tracker } from './tracker.js';

/**
 * What one expression that evaluates to the stage does with it. Without
 * `aliases` (a class's `this`), a copy into another binding is an escape.
 */
export function useOf(tracker: Tracker, start: TSESTree.Node, aliases?: Aliases): StageFate {
  const node = outermostValue(start);
  const parent = node.parent;
  if (!parent) {
    return ESCAPES;
  }
  const special = tracker.subject.ownUseOf?.(tracker, node);
  if (special) {
    return special;
  }
  const returning = functionReturning(node);
  if (returning) {
    return returnedFate(tracker, returning, aliases);
  }
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node ? memberUseOf(tracker, parent) : ESCAPES;
    case AST_NODE_TYPES.CallExpression:
      return callUseOf(tracker, parent, node, aliases);
    case AST_NODE_TYPES.AssignmentExpression: {
      if (parent.left === node) {
        return writtenValueFate(tracker, parent.right, aliases);
      }
      const target = aliases ? holderAt(tracker.sourceCode, parent.left) : undefined;
      if (!target || !aliases) {
        return ESCAPES;
      }
      aliases.push(target);
      return useOf(tracker, parent, aliases); // `(ref.current = stage).join()`
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.id === node) {
        return parent.init ? writtenValueFate(tracker, parent.init, aliases) : NO_FATE;
      }
      const variable =
        aliases && parent.id.type === AST_NODE_TYPES.Identifier
          ? tracker.sourceCode.getDeclaredVariables(parent)[0]
          : undefined;
      if (!variable || !aliases) {
        return ESCAPES;
      }
      aliases.push({ kind: 'variable', variable });
      return NO_FATE;
    }
    case AST_NODE_TYPES.LogicalExpression:
      // `stage && x` evaluates to x or to a falsy value, never to the stage.
      return parent.operator === '&&' && parent.left === node ? NO_FATE : ESCAPES;
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return 'test' in parent && parent.test === node ? NO_FATE : ESCAPES;
    case AST_NODE_TYPES.ArrayExpression:
      // `[stage]` as a hook's dependencies: React compares it, nothing more.
      return isInDependencyArray(tracker.sourceCode, node) ? NO_FATE : ESCAPES;
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return NO_FATE;
    default:
      // Returned, exported, an array or object element, JSX, …
      return ESCAPES;
  }
}

/**
 * The stage as the callee (`super(…)`) or an argument: handed to its own method
 * (`stage.on(ev, stage)`) it is shown to no one new; handed to a same-file
 * function, that function's parameter holds it.
 */
function callUseOf(tracker: Tracker, call: TSESTree.CallExpression, node: TSESTree.Node, aliases: Aliases | undefined): StageFate {
  if (call.callee === node) {
    return NO_FATE;
  }
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && sameBinding(tracker.sourceCode, callee.object, node)) {
    return NO_FATE;
  }
  return argumentFate(tracker, call, node, aliases);
}

/** `stage.x`, called or not. */
function memberUseOf(tracker: Tracker, member: TSESTree.MemberExpression): StageFate {
  const name = memberKey(member);
  if (name === undefined) {
    return ESCAPES; // `stage[key]`
  }
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) {
    // A detached `stage.on` can register listeners anywhere.
    return name === LISTENER_REGISTRAR ? ESCAPES : NO_FATE;
  }
  const registration = listenerRegistrationOf(call);
  // `stage.on(...args)`: a registration whose event cannot be read.
  const listening = registration
    ? tracker.subject.listenerFate(tracker, registration)
    : name === LISTENER_REGISTRAR
      ? ESCAPES
      : NO_FATE;
  const own = tracker.classes.methodFate(member);
  if (own) {
    return mergeFates(own, listening);
  }
  if (name === tracker.subject.starter) {
    return JOINED;
  }
  return listening;
}

/**
 * A value stored into a holder: another created stage, nothing, another holder
 * (an alias), what a same-file factory returns, or something foreign.
 */
export function writtenValueFate(tracker: Tracker, value: TSESTree.Node, aliases?: Aliases): StageFate {
  let node = unwrap(value);
  if (node.type === AST_NODE_TYPES.AwaitExpression) {
    node = unwrap(node.argument);
  }
  if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    return mergeFates(writtenValueFate(tracker, node.consequent, aliases), writtenValueFate(tracker, node.alternate, aliases));
  }
  if (isNothing(node)) {
    return NO_FATE;
  }
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return tracker.subject.creates(tracker.types, tracker.types.services.getTypeAtLocation(node))
      ? NO_FATE // tracked as a creation of its own
      : ESCAPES;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    return calledValueFate(tracker, node, aliases);
  }
  const source = aliases ? holderAt(tracker.sourceCode, node) : undefined;
  if (!source || !aliases) {
    return ESCAPES;
  }
  aliases.push(source);
  return NO_FATE;
}
