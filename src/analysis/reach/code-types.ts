// The type questions the reach analysis asks of an expression: which members a
// code can hold, which member a value names, and whether a value is the error.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { ReachReader } from './reader.js';
import type { ErrorCodeEnum, ErrorCodeMember, ErrorCodeSet } from '../../sdk/types.js';
import { unwrap } from '../../util/ast.js';

/** The member an expression stands for: any spelling of it, or its number. */
export function memberOf(
  reader: ReachReader,
  node: TSESTree.Node,
  codes: ErrorCodeEnum,
): ErrorCodeMember | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal) {
    return typeof expression.value === 'number' || typeof expression.value === 'string'
      ? codes.byValue.get(expression.value)
      : undefined;
  }
  const found = reader.types.errorCodeMemberOf(reader.services.getTypeAtLocation(expression));
  return found?.enum === codes ? found.member : undefined;
}

/** `StageErrorCode.X`, or a name declared as one member (not a narrowed variable). */
export function isMemberReference(reader: ReachReader, node: TSESTree.Node): boolean {
  const declared = declaredTypeOf(reader, unwrap(node));
  return declared !== undefined && reader.types.errorCodeMemberOf(declared) !== undefined;
}

/** The members a code-typed expression can hold, from its declared type when it has one. */
export function codeSetOf(reader: ReachReader, node: TSESTree.Node): ErrorCodeSet | undefined {
  const expression = unwrap(node);
  if (
    expression.type !== AST_NODE_TYPES.Identifier &&
    expression.type !== AST_NODE_TYPES.MemberExpression &&
    expression.type !== AST_NODE_TYPES.CallExpression &&
    expression.type !== AST_NODE_TYPES.ChainExpression &&
    expression.type !== AST_NODE_TYPES.AwaitExpression
  ) {
    return undefined;
  }
  // The declared type: TypeScript narrows `error.code` inside our own guards,
  // which would make `code === X` look like a comparison of two members.
  const type = declaredTypeOf(reader, expression) ?? reader.services.getTypeAtLocation(expression);
  const set = reader.types.errorCodeSetOf(type);
  return set && set.members.length > 0 ? set : undefined;
}

/**
 * The type a name or property is declared with, before narrowing; undefined for
 * any other expression. An import or enum member has no declared type of its
 * own, so its type at the location stands in.
 */
export function declaredTypeOf(reader: ReachReader, node: TSESTree.Node): ts.Type | undefined {
  const inner = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const tsNode = reader.services.esTreeNodeToTSNodeMap.get(inner);
  const target = ts.isPropertyAccessExpression(tsNode) ? tsNode.name : tsNode;
  const symbol = reader.checker.getSymbolAtLocation(target);
  if (!symbol || symbol.flags & (ts.SymbolFlags.Alias | ts.SymbolFlags.EnumMember)) {
    return symbol ? reader.services.getTypeAtLocation(inner) : undefined;
  }
  return reader.checker.getTypeOfSymbol(symbol);
}

/** A value with a code-typed `code` property: the error itself, whatever its declared name. */
export function isErrorLike(reader: ReachReader, node: TSESTree.Node): boolean {
  const type = reader.services.getTypeAtLocation(node).getNonNullableType();
  const code = reader.checker.getPropertyOfType(type, 'code');
  return (
    code !== undefined &&
    reader.types.errorCodeSetOf(reader.checker.getTypeOfSymbol(code)) !== undefined
  );
}
