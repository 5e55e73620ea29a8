// Small syntactic helpers shared by the reach analysis and the stage-action
// recognisers: statement lists, statements that never complete, local functions.
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

export function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

export function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.ForInStatement
  );
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

/** The statements of a block-like node, in which earlier statements run first. */
export function statementListOf(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/**
 * Whether a statement never completes normally: it always returns, throws,
 * continues or (when `breakLeaves`) breaks.
 */
export function alwaysEnds(statement: TSESTree.Node, breakLeaves: boolean): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return breakLeaves;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(inner => alwaysEnds(inner, breakLeaves));
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate !== null &&
        alwaysEnds(statement.consequent, breakLeaves) &&
        alwaysEnds(statement.alternate, breakLeaves)
      );
    default:
      return false;
  }
}

/** Whether an unlabelled `break` for this switch clause occurs in it. */
export function containsOwnBreak(statements: readonly TSESTree.Node[]): boolean {
  const visit = (node: TSESTree.Node): boolean => {
    switch (node.type) {
      case AST_NODE_TYPES.BreakStatement:
        return node.label === null;
      case AST_NODE_TYPES.BlockStatement:
        return node.body.some(visit);
      case AST_NODE_TYPES.IfStatement:
        return visit(node.consequent) || (node.alternate !== null && visit(node.alternate));
      case AST_NODE_TYPES.TryStatement:
        return (
          visit(node.block) ||
          (node.handler !== null && visit(node.handler.body)) ||
          (node.finalizer !== null && visit(node.finalizer))
        );
      case AST_NODE_TYPES.LabeledStatement:
        return visit(node.body);
      default:
        return false;
    }
  };
  return statements.some(visit);
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

/** The initialiser of the `const` an identifier refers to, if it has a single one. */
export function constInitOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const declarator = definition?.node;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const'
  ) {
    return undefined;
  }
  return declarator.init ?? undefined;
}

/**
 * The same-file function a callee names: a function declaration, a `const`
 * holding a function, or `this.method` of the enclosing class (a method or an
 * arrow-function field).
 */
export function localFunctionOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  callee: TSESTree.Node,
  /** The function a `const x = wrap(fn)` initialiser stands for, if it does. */
  wrappedFunction?: (init: TSESTree.CallExpression) => FunctionNode | undefined,
): FunctionNode | undefined {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    const node = definition?.node;
    if (node?.type === AST_NODE_TYPES.FunctionDeclaration) {
      return node;
    }
    const init = node?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === 'const' ? node.init : null;
    if (init?.type === AST_NODE_TYPES.CallExpression) {
      return wrappedFunction?.(init);
    }
    return init && isFunction(init) ? init : undefined;
  }
  if (
    target.type === AST_NODE_TYPES.MemberExpression &&
    !target.computed &&
    target.object.type === AST_NODE_TYPES.ThisExpression &&
    target.property.type === AST_NODE_TYPES.Identifier
  ) {
    const classBody = enclosingClassBody(target);
    return classBody ? classMethod(classBody, target.property.name) : undefined;
  }
  return undefined;
}

/**
 * Whether `new callee(…)` certainly builds no subclass of an imported class,
 * read from scope alone: a lib global (`new Map()`, `new Error()`, which have no
 * declaration in the file's scopes) or a class of this file that extends nothing.
 */
export function constructsNoSubclass(
  sourceCode: Readonly<TSESLint.SourceCode>,
  callee: TSESTree.Node,
): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  if (!variable || variable.defs.length === 0) {
    return true;
  }
  const definition = variable.defs.length === 1 ? variable.defs[0]?.node : undefined;
  return definition?.type === AST_NODE_TYPES.ClassDeclaration && definition.superClass === null;
}

/** Whether `this` at `node` is an instance of a class of this file that extends nothing. */
export function thisIsBaseClass(node: TSESTree.Node): boolean {
  const classBody = enclosingClassBody(node);
  return classBody !== undefined && classBody.parent.superClass === null;
}

/** The class whose `this` a node sees: arrow functions keep the outer `this`. */
function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let sawFunction = false;
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression
    ) {
      // A method's own function is fine; any other plain function rebinds `this`.
      if (sawFunction || current.parent.type !== AST_NODE_TYPES.MethodDefinition) {
        return undefined;
      }
      sawFunction = true;
    }
    if (current.type === AST_NODE_TYPES.ClassBody) {
      return current;
    }
  }
  return undefined;
}

function classMethod(body: TSESTree.ClassBody, name: string): FunctionNode | undefined {
  for (const element of body.body) {
    if (
      (element.type === AST_NODE_TYPES.MethodDefinition ||
        element.type === AST_NODE_TYPES.PropertyDefinition) &&
      !element.computed &&
      !element.static &&
      element.key.type === AST_NODE_TYPES.Identifier &&
      element.key.name === name &&
      element.value &&
      isFunction(element.value)
    ) {
      return element.value;
    }
  }
  return undefined;
}

/** The name a member call or property uses, if written plainly. */
export function propertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    return node.property.name;
  }
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string'
    ? node.property.value
    : undefined;
}

/** `node` names the global `name` (`Number`, `Set`), not a local binding of that name. */
export function isGlobalReference(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  name: string,
): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) {
    return false;
  }
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), name);
  return !variable || variable.defs.length === 0;
}
