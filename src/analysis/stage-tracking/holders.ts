// Where a Stage is kept: the binding a value is stored in (a variable, a class
// field, a field of a file-local object such as a React ref or a store, or the
// bare expression), and the identity of a holder in the caches of fates.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { type ClassNode, memberKey, memberName, unwrap } from '../../util/ast.js';
import { declaredVariableOf, enclosingClass } from '../../util/scope.js';

/** Where a created stage is kept. */
export type Holder =
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'field'; readonly classNode: ClassNode; readonly name: string }
  /** `stageRef.current`, `store.stage`: a field of an object held by a file-local binding. */
  | { readonly kind: 'property'; readonly variable: TSESLint.Scope.Variable; readonly name: string }
  | { readonly kind: 'variable'; readonly variable: TSESLint.Scope.Variable };

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The binding a `new Stage(…)` is stored in. */
export function holderOfCreation(sourceCode: SourceCode, creation: TSESTree.NewExpression): Holder {
  const node = outermostValue(creation);
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) {
    const variable = sourceCode.getDeclaredVariables(parent)[0];
    if (parent.id.type === AST_NODE_TYPES.Identifier && variable) {
      return { kind: 'variable', variable };
    }
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) {
    const held = holderAt(sourceCode, parent.left);
    if (held) {
      return held;
    }
  }
  if (
    parent?.type === AST_NODE_TYPES.PropertyDefinition &&
    parent.value === node &&
    !parent.static &&
    !parent.computed
  ) {
    const name = memberName(parent.key);
    if (name !== undefined) {
      return { kind: 'field', classNode: parent.parent.parent, name };
    }
  }
  return { kind: 'expression', node };
}

/** The holder an expression names: a variable, `this.field`, or `ref.field`. */
export function holderAt(sourceCode: SourceCode, start: TSESTree.Node): Holder | undefined {
  const node = unwrap(start);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = declaredVariableOf(sourceCode, node);
    return variable ? { kind: 'variable', variable } : undefined;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) {
    return undefined;
  }
  const name = memberKey(node);
  if (name === undefined) {
    return undefined;
  }
  if (node.object.type === AST_NODE_TYPES.ThisExpression) {
    const classNode = enclosingClass(node);
    return classNode ? { kind: 'field', classNode, name } : undefined;
  }
  if (node.object.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = declaredVariableOf(sourceCode, node.object);
  return variable ? { kind: 'property', variable, name } : undefined;
}

/** The identity of a holder in the cache of fates. */
export function holderKey(holder: Holder): [object, string] {
  switch (holder.kind) {
    case 'expression':
      return [holder.node, ''];
    case 'variable':
      return [holder.variable, ''];
    case 'field':
      return [holder.classNode, holder.name];
    case 'property':
      return [holder.variable, `.${holder.name}`];
  }
}

/** A set of holders keyed by identity. */
export class HolderSet {
  private readonly seen = new Map<object, Set<string>>();

  /** Adds a holder; false when it already was in the set. */
  add(holder: Holder): boolean {
    const [key, name] = holderKey(holder);
    let names = this.seen.get(key);
    if (!names) {
      names = new Set();
      this.seen.set(key, names);
    }
    if (names.has(name)) {
      return false;
    }
    names.add(name);
    return true;
  }
}

/** Climbs type assertions, `await` and the branches of `a ? b : c` / `a ?? b`, whose value is the node's. */
export function outermostValue(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (let parent = node.parent; parent; parent = node.parent) {
    const passesValue =
      unwrap(parent) !== parent ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      // `await stage` is the stage: it is not a thenable.
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === node);
    if (!passesValue) {
      break;
    }
    node = parent;
  }
  return node;
}
