// Number literals passed to a callee that no signature types as a failure code
// (`setTimeout(fn, 500)`, `list.sort((a, b) => a - b)`): dismissed from the
// callee's own signatures, before the contextual type is asked.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import type { IvsTypes } from '../../sdk/types.js';
import { errorCodeEnumOfSlot } from './code-contexts.js';

/**
 * Whether the literal's contextual type can only come from a parameter of a
 * callee that no signature types as a code: an argument (`setTimeout(fn, 500)`),
 * or what a callback argument returns (`list.sort((a, b) => (a < b ? -1 : 1))`),
 * through `? :` branches. Read from the callee's own signatures, never by
 * resolving the call, which checks every argument (callbacks included) and
 * infers type arguments: the dearest question this rule could ask.
 * Generic signatures, rest parameters and async callbacks are left to the
 * contextual type itself.
 */
export function isArgumentOfNoCodeParameter(types: IvsTypes, node: TSESTree.NumberLiteral): boolean {
  const { checker, services } = types;
  let argument: TSESTree.Node = node;
  let inCallback = false;
  for (;;) {
    const parent: TSESTree.Node = argument.parent;
    if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== argument) {
      argument = parent;
    } else if (
      parent.type === AST_NODE_TYPES.ArrowFunctionExpression &&
      parent.body === argument &&
      !parent.async &&
      !inCallback
    ) {
      argument = parent;
      inCallback = true;
    } else {
      break;
    }
  }
  const call = argument.parent;
  if (
    (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) ||
    call.typeArguments !== undefined
  ) {
    return false;
  }
  const index = call.arguments.indexOf(argument);
  const calleeType = services.getTypeAtLocation(call.callee);
  const signatures =
    call.type === AST_NODE_TYPES.NewExpression
      ? calleeType.getConstructSignatures()
      : calleeType.getCallSignatures();
  if (index === -1 || signatures.length === 0) {
    return false;
  }
  return signatures.every(signature => {
    if (signature.typeParameters !== undefined) {
      return false;
    }
    const { parameters } = signature;
    const last = parameters.at(-1)?.valueDeclaration;
    if (index >= parameters.length - 1 && last && ts.isParameter(last) && last.dotDotDotToken) {
      return false;
    }
    const parameter = parameters[index];
    if (parameter === undefined) {
      return true;
    }
    const type = checker.getTypeOfSymbol(parameter);
    return inCallback ? returnsNoCode(types, type) : errorCodeEnumOfSlot(types, type) === undefined;
  });
}

/** Whether no call signature of a callback parameter's type can return a code. */
function returnsNoCode(types: IvsTypes, type: ts.Type): boolean {
  const { checker } = types;
  return tsutils.unionConstituents(type).every(part => {
    if (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) {
      return true;
    }
    const signatures = part.getCallSignatures();
    return (
      signatures.length > 0 &&
      signatures.every(
        signature =>
          signature.typeParameters === undefined &&
          errorCodeEnumOfSlot(types, checker.getReturnTypeOfSignature(signature)) === undefined,
      )
    );
  });
}
