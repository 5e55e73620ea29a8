// Same-file functions that hand a Stage back to their callers (factories): which
// function a call or a `return` belongs to, what it returns, and whether every
// caller is in the file, so that require-error-listener can follow the Stage to
// where it is joined.
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { forEachDescendant, type FunctionNode, isFunction } from '../../util/ast.js';

/** The function whose result `node` is: the argument of its `return`, or an arrow's expression body. */
export function functionReturning(node: TSESTree.Node): FunctionNode | undefined {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node) {
    return parent;
  }
  if (parent?.type !== AST_NODE_TYPES.ReturnStatement) {
    return undefined;
  }
  for (let ancestor: TSESTree.Node | undefined = parent.parent; ancestor; ancestor = ancestor.parent) {
    if (isFunction(ancestor)) {
      return ancestor;
    }
  }
  return undefined;
}

/**
 * The binding that names a function: `function f() {}` or `const f = () => …`.
 * Undefined for anything that can be rebound or is reachable from elsewhere.
 */
export function functionVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
): TSESLint.Scope.Variable | undefined {
  const parent = fn.parent;
  // The statement that declares the name, and the node that declares the variable.
  let declaration: TSESTree.Node | undefined;
  let declarer: TSESTree.Node | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    declaration = declarer = fn;
  } else if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent.kind === 'const'
  ) {
    declaration = parent.parent;
    declarer = parent;
  }
  if (!declaration || !declarer) {
    return undefined;
  }
  const variable = sourceCode.getDeclaredVariables(declarer)[0];
  if (
    !variable ||
    declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    declaration.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    // A script's top level is shared with every other script.
    variable.scope.type === TSESLint.Scope.ScopeType.global
  ) {
    return undefined;
  }
  return variable;
}

/** The same-file function a call calls by name, if it is one `functionVariable` accepts. */
export function calledFunction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
): FunctionNode | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = ASTUtils.findVariable(sourceCode.getScope(call), call.callee);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const node =
    def?.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.init : def?.node;
  return node && isFunction(node) && functionVariable(sourceCode, node) === variable ? node : undefined;
}

/**
 * Every call of the function, when each of its references is a plain call
 * `f(…)`; undefined when the function is passed, stored, exported or rebound.
 */
export function callsOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
): TSESTree.CallExpression[] | undefined {
  const variable = functionVariable(sourceCode, fn);
  if (!variable) {
    return undefined;
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (reference.init) {
      continue; // `const f = …` itself
    }
    const parent = reference.identifier.parent;
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) {
      return undefined;
    }
    calls.push(parent);
  }
  return calls;
}

/** The expressions a function returns (not those of functions nested in it). */
export function returnedValues(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return [fn.body];
  }
  const values: TSESTree.Expression[] = [];
  forEachDescendant(fn.body, visitorKeys, node => {
    if (isFunction(node)) {
      return false;
    }
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) {
      values.push(node.argument);
    }
    return true;
  });
  return values;
}
