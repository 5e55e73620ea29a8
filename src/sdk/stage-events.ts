// The one recogniser of a listener registered on a Stage, shared by every rule:
// what registers a listener, and whether it listens for StageEvents.ERROR.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import { propertyName, unwrap } from '../util/ast.js';
import type { IvsTypes } from './types.js';

/**
 * The SDK's emitter (`TypedEmitter`, which Stage extends) registers listeners
 * with `on` only: it declares no `once` and no `addListener` in any version
 * (tests/sdk-matrix.test.ts reads 1.13, 1.24, 1.32 and 1.41). A `once` is a
 * type error in TypeScript and undocumented in JavaScript, so no rule counts it
 * as a listener.
 */
export const LISTENER_REGISTRAR = 'on';

/**
 * Whether a file's text may hold a registration (`on(` of LISTENER_REGISTRAR):
 * most files hold none, and one text test spares a walk of the file.
 */
export function mayRegisterListener(text: string): boolean {
  return /\bon\s*\(/.test(text);
}

export interface ListenerRegistration {
  readonly call: TSESTree.CallExpression;
  /** What `on` is called on: a Stage when the event is a Stage event. */
  readonly receiver: TSESTree.Expression;
  readonly event: TSESTree.Expression;
  /** Absent in `stage.on(event)`, which registers nothing the SDK documents. */
  readonly listener: TSESTree.Expression | undefined;
}

/** `receiver.on(event, listener)`, read from syntax alone. */
export function listenerRegistrationOf(call: TSESTree.CallExpression): ListenerRegistration | undefined {
  const callee = unwrap(call.callee);
  const [event, listener] = call.arguments;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    propertyName(callee) !== LISTENER_REGISTRAR ||
    !event ||
    event.type === AST_NODE_TYPES.SpreadElement ||
    listener?.type === AST_NODE_TYPES.SpreadElement
  ) {
    return undefined;
  }
  return { call, receiver: callee.object, event, listener };
}

/**
 * Which event a registration listens for, by type: `error` for StageEvents.ERROR
 * (however written; a bare `'error'` string only on a receiver typed as a Stage,
 * since it is every emitter's error event), `other` for a definite other event,
 * `unknown` when the event may be ERROR (a `string`, an untyped value).
 * `eventType` spares a caller that has the event's type the question.
 */
export function registeredEventOf(
  types: IvsTypes,
  registration: ListenerRegistration,
  eventType = types.services.getTypeAtLocation(registration.event),
): 'error' | 'other' | 'unknown' {
  if (types.isErrorEventType(eventType)) {
    return countsOnReceiver(types, registration, eventType) ? 'error' : 'unknown';
  }
  const parts = eventType.isUnion() ? eventType.types : [eventType];
  // Only a definite other event is proof of no ERROR listener; a `string` might be ERROR.
  return parts.every(part => part.isStringLiteral() && !types.isErrorEventType(part)) ? 'other' : 'unknown';
}

/**
 * Whether a StageEvents event of type `eventType` counts on the registration's
 * receiver: the enum member however written does; a bare string of its value
 * (`'stageLeft'`, as JavaScript writes it) is every emitter's to use, so it
 * counts only on a receiver typed as a Stage.
 */
export function countsOnReceiver(types: IvsTypes, registration: ListenerRegistration, eventType: ts.Type): boolean {
  return (
    (eventType.flags & ts.TypeFlags.EnumLiteral) !== 0 ||
    types.isStageType(types.services.getTypeAtLocation(registration.receiver))
  );
}
