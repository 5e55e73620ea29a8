// Whether a listener registered on a RealTimeConnection reads the error the SDK
// hands it: the event is the one whose listener receives a RealTimeConnectionError
// (`stateChanged`, read from the installed SDK's `on` signature, never from its
// spelling), and the listener uses the parameter at that position.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { createClassMatcher } from '../sdk/class-types.js';
import { SDK_PACKAGE } from '../sdk/settings.js';
import type { ListenerRegistration } from '../sdk/stage-events.js';
import type { IvsTypes } from '../sdk/types.js';
import { type FunctionNode, isFunction, unwrap } from '../util/ast.js';
import { argumentParameters, readsArguments, variableDeclaredBy } from '../util/scope.js';
import { ESCAPES, LISTENED, NO_FATE, type StageFate, type Tracker } from './stage-tracking/index.js';
import { helperFunctionOf } from './wrapped-functions.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where `on(event, listener, context?)` takes the listener. */
const LISTENER_POSITION = 1;

const errorMatchers = new WeakMap<ts.Program, (type: ts.Type) => boolean>();

/**
 * `connection.on(event, listener)`: a listener that reads the connection's
 * error, one that does not (`(state) => …`, another event), or an event we
 * cannot read (`string` in JavaScript), which may be `stateChanged`.
 */
export function connectionListenerFate(tracker: Tracker, registration: ListenerRegistration): StageFate {
  const { types } = tracker;
  const eventType = types.services.getTypeAtLocation(registration.event);
  if (!tsutils.unionConstituents(eventType).every(part => part.isStringLiteral())) {
    return ESCAPES;
  }
  const index = connectionErrorParameterOf(types, registration.call);
  if (index === undefined || !registration.listener) {
    return NO_FATE;
  }
  // A listener we cannot read may use the error: no report for what we do not understand.
  return listenerReads(tracker, registration.listener, index) === 'ignores' ? NO_FATE : LISTENED;
}

/**
 * The position of the RealTimeConnectionError among the parameters of the
 * listener the SDK expects for this call's event: 1 for `stateChanged(state,
 * error?)` in SDK 1.41; undefined for an event whose listener gets no error.
 */
export function connectionErrorParameterOf(types: IvsTypes, call: TSESTree.CallExpression): number | undefined {
  const { checker, services } = types;
  const tsCall = services.esTreeNodeToTSNodeMap.get(call);
  const listenerParameter = checker.getResolvedSignature(tsCall)?.getParameters()[LISTENER_POSITION];
  if (!listenerParameter) {
    return undefined;
  }
  const isConnectionError = connectionErrorMatcher(services.program);
  const expected = checker.getTypeOfSymbolAtLocation(listenerParameter, tsCall);
  for (const signature of expected.getCallSignatures()) {
    const index = signature
      .getParameters()
      .findIndex(parameter => isConnectionError(checker.getTypeOfSymbolAtLocation(parameter, tsCall)));
    if (index >= 0) {
      return index;
    }
  }
  return undefined;
}

function connectionErrorMatcher(program: ts.Program): (type: ts.Type) => boolean {
  let matcher = errorMatchers.get(program);
  if (!matcher) {
    matcher = createClassMatcher(program, [{ from: 'package', package: SDK_PACKAGE, name: 'RealTimeConnectionError' }]);
    errorMatchers.set(program, matcher);
  }
  return matcher;
}

/**
 * Whether a listener uses its parameter at `index`: read in its body when the
 * function is in this file (inline, a same-file function or method, a
 * `useCallback` of one); from its type otherwise, which shows a function that
 * takes fewer parameters (`(state) => void`) and nothing more.
 */
function listenerReads(tracker: Tracker, listener: TSESTree.Expression, index: number): 'ignores' | 'reads' | 'unknown' {
  const { sourceCode, types } = tracker;
  const node = unwrap(listener);
  const fn = isFunction(node)
    ? node
    : helperFunctionOf(types, sourceCode, node);
  if (fn) {
    return functionReads(sourceCode, fn, index) ? 'reads' : 'ignores';
  }
  const signatures = types.services.getTypeAtLocation(node).getCallSignatures();
  return signatures.length > 0 && signatures.every(signature => takesFewer(signature, index)) ? 'ignores' : 'unknown';
}

function functionReads(sourceCode: SourceCode, fn: FunctionNode, index: number): boolean {
  for (const [position, param] of argumentParameters(fn).entries()) {
    if (param.type === AST_NODE_TYPES.RestElement) {
      return patternReads(sourceCode, fn, param.argument); // `(...args)` holds the error too
    }
    if (position === index) {
      return patternReads(sourceCode, fn, param);
    }
  }
  // No parameter there: only `arguments` can reach it (never in an arrow function).
  return readsArguments(sourceCode, fn);
}

/** A parameter (or rest) whose value is read: a name read anywhere, or a destructuring, which reads it. */
function patternReads(sourceCode: SourceCode, fn: FunctionNode, param: TSESTree.Node): boolean {
  const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (target.type !== AST_NODE_TYPES.Identifier) {
    return true;
  }
  const variable = variableDeclaredBy(sourceCode, fn, target);
  return variable?.references.some(reference => reference.isRead()) ?? true;
}

/** A signature with no parameter at `index` and no rest parameter. */
function takesFewer(signature: ts.Signature, index: number): boolean {
  const last = signature.getParameters().at(-1)?.valueDeclaration;
  const rest = last !== undefined && ts.isParameter(last) && last.dotDotDotToken !== undefined;
  return !rest && signature.getParameters().length <= index;
}
