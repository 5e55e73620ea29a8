// React hooks the stage analyses see through: `useCallback(fn, deps)` and
// `useMemo(() => fn, deps)` hand back `fn`, so calling their result runs it, and
// a hook's dependency array only lists values for React to compare: it is not a
// use of them. Hooks are known by React's types where present (`useCallback<T>(fn: T): T`)
// and by the `react` import, read from scope, where they are absent (plain JavaScript).
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { IvsTypes } from '../sdk/types.js';
import { type FunctionNode, isFunction, propertyName } from '../util/ast.js';
import { declaredVariableOf, sameFileFunction } from '../util/scope.js';

const REACT_MODULES = new Set(['react']);

/** The position of the dependency array in each React hook that takes one. */
const DEPENDENCY_ARRAY_POSITION: ReadonlyMap<string, number> = new Map([
  ['useCallback', 1],
  ['useMemo', 1],
  ['useEffect', 1],
  ['useLayoutEffect', 1],
  ['useInsertionEffect', 1],
  ['useImperativeHandle', 2],
]);

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The function a call hands back: its function argument when the call's type
 * is that argument's type, or React's `useCallback(fn)` / `useMemo(() => fn)`.
 */
export function functionHandedBack(
  types: IvsTypes,
  sourceCode: SourceCode,
  init: TSESTree.CallExpression,
): FunctionNode | undefined {
  const [first] = init.arguments;
  if (!first || !isFunction(first)) {
    return undefined;
  }
  const { services } = types;
  if (services.getTypeAtLocation(init) === services.getTypeAtLocation(first)) {
    return first;
  }
  switch (reactHookOf(sourceCode, init)) {
    case 'useCallback':
      return first;
    case 'useMemo':
      return memoisedFunction(first);
    default:
      return undefined;
  }
}

/** Whether a node is an element of a React hook's dependency array. */
export function isInDependencyArray(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const array = node.parent;
  const call = array?.parent;
  if (array?.type !== AST_NODE_TYPES.ArrayExpression || call?.type !== AST_NODE_TYPES.CallExpression) {
    return false;
  }
  const hook = reactHookOf(sourceCode, call);
  return hook !== undefined && call.arguments.indexOf(array) === DEPENDENCY_ARRAY_POSITION.get(hook);
}

/** `useX(…)` or `React.useX(…)` with `useX`/`React` imported from React: the hook's name. */
function reactHookOf(sourceCode: SourceCode, call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const specifier = reactImportOf(sourceCode, callee);
    return specifier?.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier
      ? specifier.imported.name
      : undefined;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    const specifier = reactImportOf(sourceCode, callee.object);
    return specifier && specifier.type !== AST_NODE_TYPES.ImportSpecifier ? propertyName(callee) : undefined;
  }
  return undefined;
}

/** The import specifier an identifier is bound by, when it imports from React. */
function reactImportOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.ImportClause | undefined {
  const def = declaredVariableOf(sourceCode, identifier)?.defs[0];
  const specifier = def?.node;
  const declaration = specifier?.parent;
  return def?.type === TSESLint.Scope.DefinitionType.ImportBinding &&
    declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
    REACT_MODULES.has(declaration.source.value) &&
    (specifier?.type === AST_NODE_TYPES.ImportSpecifier ||
      specifier?.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
      specifier?.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
    ? specifier
    : undefined;
}

/** `() => fn` or `() => { return fn; }`: the function a useMemo factory returns. */
function memoisedFunction(factory: FunctionNode): FunctionNode | undefined {
  if (factory.body.type !== AST_NODE_TYPES.BlockStatement) {
    return isFunction(factory.body) ? factory.body : undefined;
  }
  const [only] = factory.body.body;
  return factory.body.body.length === 1 &&
    only?.type === AST_NODE_TYPES.ReturnStatement &&
    only.argument &&
    isFunction(only.argument)
    ? only.argument
    : undefined;
}

/** The same-file function a callee runs, through `useCallback`/`useMemo` too. */
export function helperFunctionOf(types: IvsTypes, sourceCode: SourceCode, callee: TSESTree.Node): FunctionNode | undefined {
  return sameFileFunction(sourceCode, callee, init => functionHandedBack(types, sourceCode, init));
}
