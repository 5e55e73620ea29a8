// The listeners the stage actions care about, found in one walk of the file: a
// Stage's ERROR and STAGE_LEFT listeners and a RealTimeConnection's
// `stateChanged` listener (SDK 1.41), inline, by name or bound; and the listener
// a node runs in.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import {
  countsOnReceiver,
  type ListenerRegistration,
  listenerRegistrationOf,
  mayRegisterListener,
  registeredEventOf,
} from '../../sdk/stage-events.js';
import { forEachDescendant, type FunctionNode, isFunction, propertyName, unwrap } from '../../util/ast.js';
import type { ActionReader, ListenerEvent } from './reader.js';
import { connectionErrorParameterOf } from '../connection-listeners.js';
import { helperOf, runsWithCaller } from './summaries.js';

const STAGE_LEFT_MEMBER = 'STAGE_LEFT';

/** Every function registered as a listener of a ListenerEvent, with the events it listens for. */
export function registeredListenersOf(reader: ActionReader): ReadonlyMap<TSESTree.Node, ReadonlySet<ListenerEvent>> {
  let found = reader.memo.listeners;
  if (!found) {
    const listeners = new Map<TSESTree.Node, Set<ListenerEvent>>();
    // Most files register no listener: one text test spares the walk of the file.
    if (!mayRegisterListener(reader.sourceCode.text)) {
      return (reader.memo.listeners = listeners);
    }
    forEachDescendant(reader.sourceCode.ast, reader.sourceCode.visitorKeys, node => {
      const registration = node.type === AST_NODE_TYPES.CallExpression ? listenerRegistrationOf(node) : undefined;
      const fn = registration?.listener ? listenerFunction(reader, registration.listener) : undefined;
      const event = registration && fn ? listenedEvent(reader, registration) : undefined;
      if (fn && event) {
        const events = listeners.get(fn) ?? new Set();
        events.add(event);
        listeners.set(fn, events);
      }
      return true;
    });
    found = reader.memo.listeners = listeners;
  }
  return found;
}

/**
 * The listener of `event` that `node` runs in: the nearest enclosing function
 * registered as a listener, reached only through functions that run with
 * their caller (a timer, a promise callback). Undefined when that listener is
 * of another event, or when a function on the way runs on another occasion (a
 * stored `onclick`, a listener of another emitter).
 */
export function listenerRunningAt(reader: ActionReader, node: TSESTree.Node, event: ListenerEvent): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunction(current)) {
      continue;
    }
    const events = registeredListenersOf(reader).get(current);
    if (events) {
      return events.has(event) ? current : undefined;
    }
    if (!runsWithCaller(current)) {
      return undefined;
    }
  }
  return undefined;
}

/** The function a listener argument stands for: inline, by name, or `this.onError.bind(this)`. */
export function listenerFunction(reader: ActionReader, listener: TSESTree.Node): FunctionNode | undefined {
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

/** Which of the events a registration listens for, by the event's type (asked once). */
function listenedEvent(reader: ActionReader, registration: ListenerRegistration): ListenerEvent | undefined {
  const { types } = reader;
  const eventType = types.services.getTypeAtLocation(registration.event);
  if (registeredEventOf(types, registration, eventType) === 'error') {
    return 'error';
  }
  if (types.stageEventOf(eventType) === STAGE_LEFT_MEMBER) {
    return countsOnReceiver(types, registration, eventType) ? 'stageLeft' : undefined;
  }
  // A RealTimeConnection's events are plain strings, with no enum.
  return (eventType.flags & ts.TypeFlags.EnumLiteral) === 0 &&
    eventType.isStringLiteral() &&
    types.isRealTimeConnectionType(types.services.getTypeAtLocation(registration.receiver)) &&
    connectionErrorParameterOf(types, registration.call) !== undefined
    ? 'connectionStateChanged'
    : undefined;
}

