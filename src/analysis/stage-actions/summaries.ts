// What a same-file function does whenever it runs (its unguarded actions, in its
// body and in the timers and promise callbacks it starts), so that a call of it
// counts as those actions: `reconnect()` retries when its body joins (or
// connects a RealTimeConnection).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, forEachDescendant, isFunction, propertyName, unwrap } from '../../util/ast.js';
import { sameFileFunction } from '../../util/scope.js';
import { helperFunctionOf } from '../wrapped-functions.js';
import { actionMethodOf, actionOfNew, directActionOf, joinsStage, mayConstructStage } from './direct.js';
import type { ActionReader, Performed, StageAction } from './reader.js';

// Callbacks that run because the enclosing function ran: a timer, a promise's
// handlers, an array's iteration. Any other callee may store its callback for a
// click, a toast's button or a later event: which, this rule cannot tell.
const RUN_NOW_OR_SOON = new Set([
  'setTimeout',
  'setInterval',
  'queueMicrotask',
  'requestAnimationFrame',
  'requestIdleCallback',
  'then',
  'catch',
  'finally',
  'forEach',
  'map',
  'flatMap',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'reduce',
]);

const NOTHING: Performed = {
  sameStage: false,
  freshToken: false,
  joins: false,
  sameConnection: false,
  freshConnection: false,
};

/** What a call of a helper counts as, the Stage's actions first: one action per call. */
const KIND_ORDER = ['sameStage', 'freshToken', 'sameConnection', 'freshConnection'] as const;

/** The same-file function a callee runs, `useCallback` results included. */
export function helperOf(reader: ActionReader, callee: TSESTree.Node): FunctionNode | undefined {
  return helperFunctionOf(reader.types, reader.sourceCode, callee);
}

/**
 * Whether a callee may name a same-file function that may act, before any type
 * question: most calls of an app's own functions (`format(record)`) run bodies
 * with no call or `new` that could retry a Stage, and need no guard read at all.
 */
export function mayBeHelper(reader: ActionReader, callee: TSESTree.Node): boolean {
  // A `const x = wrap(fn)` may hand `fn` back (useCallback): which one does is
  // a type question, so any function argument counts here.
  const helper = sameFileFunction(reader.sourceCode, callee, anyFunctionArgument);
  return helper !== undefined && mayPerform(reader, helper);
}

/**
 * Whether a function's body, nested functions included, has a call or `new`
 * that could be an action (by name, receiver and scope: `x.join()`,
 * `new Stage(…)`) or a call of a same-file function that may. A function in a
 * cycle counts as no while its own body is read; such a negative answer is
 * not kept, as in performedBy.
 */
function mayPerform(reader: ActionReader, fn: FunctionNode): boolean {
  const { mayPerform: known, scanning } = reader.memo;
  const answer = known.get(fn);
  if (answer !== undefined) {
    return answer;
  }
  if (scanning.has(fn)) {
    // A cycle: every function being read leans on this unfinished answer.
    for (const reading of scanning.keys()) {
      scanning.set(reading, true);
    }
    return false;
  }
  scanning.set(fn, false);
  const result = { found: false };
  forEachDescendant(fn, reader.sourceCode.visitorKeys, node => {
    if (node.type === AST_NODE_TYPES.NewExpression) {
      result.found = mayConstructStage(reader, node);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      result.found = actionMethodOf(reader, node) !== undefined || mayBeHelper(reader, node.callee);
    }
    return !result.found;
  });
  const cut = scanning.get(fn) === true;
  scanning.delete(fn);
  if (result.found || !cut) {
    known.set(fn, result.found);
  }
  return result.found;
}

/** The action a call of a same-file function performs, named after the call. */
export function helperActionOf(reader: ActionReader, node: TSESTree.CallExpression): StageAction | undefined {
  const helper = helperOf(reader, node.callee);
  const performed = helper ? performedBy(reader, helper) : undefined;
  const kind = performed ? KIND_ORDER.find(candidate => performed[candidate]) : undefined;
  return performed && kind
    ? { kind, label: `${reader.sourceCode.getText(node.callee)}()`, joins: performed.joins }
    : undefined;
}

/** Whether a call joins a Stage, directly or through a same-file function. */
export function callJoins(reader: ActionReader, node: TSESTree.CallExpression): boolean {
  if (joinsStage(reader, node)) {
    return true;
  }
  const helper = helperOf(reader, node.callee);
  return helper !== undefined && performedBy(reader, helper).joins;
}

/**
 * What a same-file function does whenever it runs. Recursion and cycles are
 * cut: a function in progress counts as doing nothing until its own body has
 * been read.
 */
export function performedBy(reader: ActionReader, fn: FunctionNode): Performed {
  const { memo } = reader;
  const known = memo.performed.get(fn);
  if (known) {
    return known;
  }
  if (memo.inProgress.has(fn)) {
    // A cycle: every function being read leans on this unfinished answer.
    for (const reading of memo.inProgress) {
      memo.leaned.add(reading);
    }
    return NOTHING;
  }
  memo.inProgress.add(fn);
  const { performed } = readBody(reader, fn);
  memo.inProgress.delete(fn);
  const cut = memo.leaned.delete(fn);
  // A result that leaned on a function still in progress may be incomplete:
  // keep it only when it is already positive.
  if (!cut || performsAny(performed)) {
    memo.performed.set(fn, performed);
  }
  return performed;
}

function readBody(reader: ActionReader, fn: FunctionNode): { performed: Performed } {
  const performed: Performed = { ...NOTHING };
  const unguarded = (node: TSESTree.Node): boolean => reader.reach.reachWithin(node, fn).kind === 'unguarded';
  forEachDescendant(fn, reader.sourceCode.visitorKeys, node => {
    if (isFunction(node)) {
      return runsWithCaller(node);
    }
    if (node.type === AST_NODE_TYPES.NewExpression) {
      const fresh = actionOfNew(reader, node);
      if (fresh && unguarded(node)) {
        performed[fresh.kind === 'freshConnection' ? 'freshConnection' : 'freshToken'] = true;
      }
      return true;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) {
      return true;
    }
    const direct = directActionOf(reader, node);
    const helper = direct ? undefined : helperOf(reader, node.callee);
    const inner = helper ? performedBy(reader, helper) : undefined;
    if ((direct || inner) && unguarded(node)) {
      for (const kind of KIND_ORDER) {
        performed[kind] ||= direct?.kind === kind || inner?.[kind] === true;
      }
      performed.joins ||= direct?.method === 'join' || inner?.joins === true;
    }
    // A join on a Stage the function just created is still a join: the
    // `new Stage(…)` before it is the action, the join what a catch belongs to.
    if (!direct && !inner && joinsStage(reader, node) && unguarded(node)) {
      performed.joins = true;
    }
    return true;
  });
  return { performed };
}

function performsAny(performed: Performed): boolean {
  return KIND_ORDER.some(kind => performed[kind]);
}

/**
 * Whether a nested function runs because its enclosing function ran: a
 * callback given to a timer, a promise or an IIFE — not one stored for later
 * (`button.onclick = …`) nor registered as an event listener.
 */
export function runsWithCaller(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === fn) {
    return true;
  }
  if (
    (parent.type !== AST_NODE_TYPES.CallExpression && parent.type !== AST_NODE_TYPES.NewExpression) ||
    !parent.arguments.includes(fn as TSESTree.Expression)
  ) {
    return false;
  }
  const callee = unwrap(parent.callee);
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Promise';
  }
  const name =
    callee.type === AST_NODE_TYPES.MemberExpression
      ? propertyName(callee)
      : callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : undefined;
  return name !== undefined && RUN_NOW_OR_SOON.has(name);
}

function anyFunctionArgument(call: TSESTree.CallExpression): FunctionNode | undefined {
  for (const argument of call.arguments) {
    if (isFunction(argument)) {
      return argument;
    }
  }
  return undefined;
}
