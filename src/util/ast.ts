// Syntactic helpers with no scope or type question: function and loop nodes
// (from typescript-eslint's ASTUtils), wrappers that do not change a value, a
// tree walk, and plainly written property names.
import {
  AST_NODE_TYPES,
  ASTUtils,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export function isFunction(node: TSESTree.Node): node is FunctionNode {
  return ASTUtils.isFunction(node);
}

export function isLoop(node: TSESTree.Node): boolean {
  return ASTUtils.isLoop(node);
}

/** Strips what does not change a value: `as`, `!`, `satisfies`, `<T>x`. */
export function unwrap(node: TSESTree.Expression): TSESTree.Expression;
export function unwrap(node: TSESTree.Node): TSESTree.Node;
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** Calls `visit` on each descendant of `node` (not `node` itself); `false` skips its children. */
export function forEachDescendant(
  node: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  visit: (descendant: TSESTree.Node) => boolean,
): void {
  // Children are pushed last-first onto one stack, so they are visited in source
  // order without an array per node: this walk runs over every helper function.
  const stack: TSESTree.Node[] = [];
  pushChildren(stack, node, visitorKeys);
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (visit(current)) {
      pushChildren(stack, current, visitorKeys);
    }
  }
}

function pushChildren(
  stack: TSESTree.Node[],
  node: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): void {
  const keys = visitorKeys[node.type];
  if (!keys) {
    return;
  }
  const record = node as unknown as Record<string, unknown>;
  for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex--) {
    const value = record[keys[keyIndex] ?? ''];
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (isNode(item)) {
          stack.push(item);
        }
      }
    } else if (isNode(value)) {
      stack.push(value);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The name a member call or property uses, if written plainly: `a.x`, `a['x']`
 * (ASTUtils.getPropertyName without a scope, so `a[key]` stays unknown).
 */
export function propertyName(node: TSESTree.MemberExpression): string | undefined {
  return ASTUtils.getPropertyName(node) ?? undefined;
}

/** `x`, `#x`, `'x'` as a member or class key; undefined for computed keys. */
export function memberName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) {
    return `#${key.name}`;
  }
  return staticString(key);
}

/** The key `a.k`, `a.#k` or `a['k']` reads; undefined for `a[expr]`. */
export function memberKey(member: TSESTree.MemberExpression): string | undefined {
  return member.computed ? staticString(member.property) : memberName(member.property);
}

export function staticString(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string'
    ? node.value
    : undefined;
}

/** `null`, `undefined`, `void 0`: a holder emptied. */
export function isNothing(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
  );
}
