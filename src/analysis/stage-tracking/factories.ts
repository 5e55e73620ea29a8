// Same-file functions a Stage passes through: a factory that returns it (the
// stage goes wherever its callers put it), a value read from a call (whatever
// the function returns), and a function the stage is handed to (its parameter
// holds the stage).
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, forEachDescendant, isFunction } from '../../util/ast.js';
import {
  callsThrough,
  isExportedOrGlobal,
  parameterVariable,
  privateFunctionVariable,
  readsArguments,
} from '../../util/scope.js';
import { functionHandedBack, helperFunctionOf, isInDependencyArray } from '../wrapped-functions.js';
import { ESCAPES, mergeFates, NO_FATE, type StageFate } from './fates.js';
import { type Aliases, followingInto, type Tracker } from './tracker.js';
import { useOf, writtenValueFate } from './value-uses.js';

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

/** The expressions a function returns (not those of functions nested in it). */
export function returnedValues(fn: FunctionNode, tracker: Tracker): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return [fn.body];
  }
  const values: TSESTree.Expression[] = [];
  forEachDescendant(fn.body, tracker.sourceCode.visitorKeys, node => {
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

/** The same-file function a call runs, `useCallback` results included. */
export function calledFunction(tracker: Tracker, call: TSESTree.CallExpression): FunctionNode | undefined {
  return helperFunctionOf(tracker.types, tracker.sourceCode, call.callee);
}

/**
 * Every call of a factory, when all are in this file: by its own name, or by the
 * name of a `useCallback(fn, deps)` that hands it back. A hook's dependency
 * array lists the name without calling or passing it.
 */
function callsOfFactory(tracker: Tracker, fn: FunctionNode): TSESTree.CallExpression[] | undefined {
  const { sourceCode } = tracker;
  const variable = privateFunctionVariable(sourceCode, fn) ?? hookVariableOf(tracker, fn);
  return variable
    ? callsThrough(variable, reference => isInDependencyArray(sourceCode, reference.identifier))
    : undefined;
}

/**
 * `const f = useCallback(fn, deps)`, `const f = useMemo(() => fn, deps)`: the
 * private const that holds what the hook hands back, when that is `fn`.
 */
function hookVariableOf(tracker: Tracker, fn: FunctionNode): TSESLint.Scope.Variable | undefined {
  // The hook call is fn's parent (useCallback), or above the factory that returns fn (useMemo).
  let call: TSESTree.Node | undefined = fn.parent;
  for (let depth = 0; call && call.type !== AST_NODE_TYPES.CallExpression && depth < 3; depth++) {
    call = call.parent;
  }
  const declarator = call?.parent;
  if (
    call?.type !== AST_NODE_TYPES.CallExpression ||
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const' ||
    functionHandedBack(tracker.types, tracker.sourceCode, call) !== fn
  ) {
    return undefined;
  }
  const [variable] = tracker.sourceCode.getDeclaredVariables(declarator);
  return variable && !isExportedOrGlobal(variable) ? variable : undefined;
}

/** A stage returned by a same-file function goes wherever its callers put it. */
export function returnedFate(tracker: Tracker, fn: FunctionNode, aliases: Aliases | undefined): StageFate {
  const calls = aliases ? callsOfFactory(tracker, fn) : undefined;
  if (!calls || !aliases) {
    return ESCAPES;
  }
  return mergedWhileFollowing(tracker, fn, calls, call => {
    // An async factory hands out a promise: only `await f()` is the stage.
    const value = fn.async ? call.parent : call;
    return value.type === AST_NODE_TYPES.AwaitExpression || !fn.async ? useOf(tracker, value, aliases) : ESCAPES;
  });
}

/** A stored value that a same-file function returned: whatever it returns. */
export function calledValueFate(tracker: Tracker, call: TSESTree.CallExpression, aliases: Aliases | undefined): StageFate {
  const fn = calledFunction(tracker, call);
  if (!fn || !aliases) {
    return ESCAPES;
  }
  return mergedWhileFollowing(tracker, fn, returnedValues(fn, tracker), value =>
    writtenValueFate(tracker, value, aliases),
  );
}

/** The merged fate of each item, read while following into `fn` (recursion adds nothing). */
function mergedWhileFollowing<T>(
  tracker: Tracker,
  fn: FunctionNode,
  items: readonly T[],
  fateOf: (item: T) => StageFate,
): StageFate {
  return followingInto(tracker, fn, () => items.reduce((fate, item) => mergeFates(fate, fateOf(item)), NO_FATE), NO_FATE);
}

/**
 * `setUp(stage)`, `this.wire(stage)`: a stage handed to a same-file function is
 * held by the parameter at its position, which joins the group of aliases. A
 * rest or destructured parameter, a spread before the argument, or a function
 * that reads `arguments` is not followed: the stage escapes.
 */
export function argumentFate(tracker: Tracker, call: TSESTree.CallExpression, argument: TSESTree.Node, aliases: Aliases | undefined): StageFate {
  const fn = aliases ? calledFunction(tracker, call) : undefined;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (!fn || !aliases || index < 0 || call.arguments.slice(0, index).some(a => a.type === AST_NODE_TYPES.SpreadElement)) {
    return ESCAPES;
  }
  const variable = parameterVariable(tracker.sourceCode, fn, index);
  if (!variable || readsArguments(tracker.sourceCode, fn)) {
    return ESCAPES;
  }
  aliases.push({ kind: 'variable', variable });
  return NO_FATE;
}
