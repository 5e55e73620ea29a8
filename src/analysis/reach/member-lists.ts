// Which members a list of codes holds, read from its literal or its type, and
// what comparing an `indexOf` result with a number says about membership.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { memberOf } from './code-types.js';
import { MAX_CONST_ALIASES, type ReachReader } from './reader.js';
import type { ErrorCodeEnum, ErrorCodeMember } from '../../sdk/types.js';
import { unwrap } from '../../util/ast.js';
import { constInitOf, isGlobalReference } from '../../util/scope.js';

/**
 * The members of an array literal, `new Set([...])`, or a `const` holding one;
 * undefined when any element is not a member we can name, since then the list
 * may hold anything.
 */
export function memberList(
  reader: ReachReader,
  node: TSESTree.Node,
  codes: ErrorCodeEnum,
  depth = 0,
): Set<ErrorCodeMember> | undefined {
  const list = unwrap(node);
  if (list.type === AST_NODE_TYPES.ArrayExpression) {
    const found = new Set<ErrorCodeMember>();
    for (const element of list.elements) {
      const member =
        element && element.type !== AST_NODE_TYPES.SpreadElement
          ? memberOf(reader, element, codes)
          : undefined;
      if (!member) {
        return undefined;
      }
      found.add(member);
    }
    return found;
  }
  if (
    list.type === AST_NODE_TYPES.NewExpression &&
    isGlobalReference(reader.sourceCode, list.callee, 'Set') &&
    list.arguments.length === 1 &&
    list.arguments[0]
  ) {
    return memberList(reader, list.arguments[0], codes, depth);
  }
  if (list.type === AST_NODE_TYPES.Identifier && depth < MAX_CONST_ALIASES) {
    const init = constInitOf(reader.sourceCode, list);
    if (init) {
      return memberList(reader, init, codes, depth + 1);
    }
  }
  return tupleMembers(reader, list, codes);
}

/**
 * A list declared elsewhere (imported, a parameter) is read from its type when
 * that type fixes every element: a readonly tuple of single members, as
 * `[…] as const` gives. A wider type (`readonly StageErrorCode[]`) says what
 * the list may hold, not what it does.
 */
function tupleMembers(
  reader: ReachReader,
  node: TSESTree.Node,
  codes: ErrorCodeEnum,
): Set<ErrorCodeMember> | undefined {
  const type = reader.services.getTypeAtLocation(node);
  if (
    !tsutils.isTupleTypeReference(type) ||
    !type.target.readonly ||
    type.target.elementFlags.some(flag => !(flag & ts.ElementFlags.Required))
  ) {
    return undefined;
  }
  const found = new Set<ErrorCodeMember>();
  // The type arguments may end with the tuple's `this` type: one per element only.
  const elements = reader.checker.getTypeArguments(type).slice(0, type.target.elementFlags.length);
  for (const element of elements) {
    const read = reader.types.errorCodeMemberOf(element);
    if (read?.enum !== codes) {
      return undefined;
    }
    found.add(read.member);
  }
  return found;
}

/** A number written as a literal, or a negated one (`-1`, the usual `indexOf` bound). */
export function numberValue(node: TSESTree.Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'number' ? node.value : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === '-' &&
    node.argument.type === AST_NODE_TYPES.Literal &&
    typeof node.argument.value === 'number'
  ) {
    return -node.argument.value;
  }
  return undefined;
}

/**
 * What `list.indexOf(code) <operator> bound` says: `found` when it holds exactly
 * when the list holds the code (`!== -1`, `> -1`, `>= 0`), `missing` when
 * exactly when it does not (`=== -1`, `<= -1`, `< 0`), undefined for any other
 * bound, which tells the two apart only in part.
 */
export function indexOfMeaning(operator: string, bound: number): 'found' | 'missing' | undefined {
  if (
    ((operator === '!==' || operator === '!=' || operator === '>') && bound === -1) ||
    (operator === '>=' && bound === 0)
  ) {
    return 'found';
  }
  if (
    ((operator === '===' || operator === '==' || operator === '<=') && bound === -1) ||
    (operator === '<' && bound === 0)
  ) {
    return 'missing';
  }
  return undefined;
}
