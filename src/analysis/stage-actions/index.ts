// Recognises what retries a Stage (join/refreshStrategy/replaceStrategy, same-file
// functions that do one, retry loops), what starts over with a fresh token
// (`new Stage`, exchangeToken), and the error contexts they may sit in.
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { cachedFor, memoize } from '../../util/cache.js';
import { getReachAnalysis, type ReachAnalysis } from '../reach/index.js';
import type { IvsStageSettings } from '../../sdk/settings.js';
import {
  alwaysEnds,
  constructsNoSubclass,
  type FunctionNode,
  forEachDescendant,
  isFunction,
  isLoop,
  localFunctionOf,
  propertyName,
  statementListOf,
  thisIsBaseClass,
  unwrap,
} from '../../util/ast.js';
import { getIvsTypes, type IvsTypes } from '../../sdk/types.js';

/**
 * - `sameStage`: retries the Stage that failed, with the token it already has;
 * - `freshToken`: starts over with a new Stage or a new token.
 */
export type StageActionKind = 'freshToken' | 'sameStage';

export interface StageAction {
  readonly kind: StageActionKind;
  /** How a message names it: `join()`, `new Stage()`, `reconnect()`, `retry loop`. */
  readonly label: string;
}

export interface StageActions {
  /**
   * Whether a call or `new` could be an action, from its syntax alone: a cheap
   * filter to run before anything that asks the type checker.
   */
  mayAct(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** The retry or fresh-token action a call performs, directly or through a same-file function. */
  actionOfCall(node: TSESTree.CallExpression): StageAction | undefined;
  /** `new Stage(…)` (or a subclass). */
  actionOfNew(node: TSESTree.NewExpression): StageAction | undefined;
  /** A `continue` that loops back to a retry loop's `join()`. */
  actionOfContinue(node: TSESTree.ContinueStatement): StageAction | undefined;
  /** A retry loop's catch clause that completes normally, so the loop joins again. */
  actionOfCatch(node: TSESTree.CatchClause): StageAction | undefined;
  /**
   * Whether a node runs because a stage failed: inside a `StageEvents.ERROR`
   * listener, a catch whose try joins, or a `.catch()` on a join promise.
   */
  isInErrorContext(node: TSESTree.Node): boolean;
}

type DirectAction = StageAction & { readonly method: string };

interface Performed {
  sameStage: boolean;
  freshToken: boolean;
  joins: boolean;
}

const RETRY_METHODS = new Set(['join', 'refreshStrategy', 'replaceStrategy']);
const FRESH_TOKEN_METHODS = new Set(['exchangeToken']);
// Callbacks these register run on later events, not when the enclosing function runs.
const LISTENER_REGISTRARS = new Set(['on', 'once', 'addListener', 'addEventListener', 'subscribe']);
const REJECTION_HANDLERS = new Set(['catch', 'then']);
const PROMISE_CHAIN = new Set(['then', 'catch', 'finally']);

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<TSESTree.Program, WeakMap<IvsStageSettings, StageActions>>();

/** The stage-action recognisers of the file being linted, shared by rules. */
export function getStageActions(context: Context): StageActions {
  const types = getIvsTypes(context);
  return cachedFor(cache, context.sourceCode.ast, types.settings, () =>
    createStageActions(context.sourceCode, types, getReachAnalysis(context)),
  );
}

function createStageActions(
  sourceCode: Readonly<TSESLint.SourceCode>,
  types: IvsTypes,
  reach: ReachAnalysis,
): StageActions {
  const { services } = types;
  const performedBy = new WeakMap<FunctionNode, Performed>();

  // `const reconnect = useCallback(async () => …, deps)`: a call whose result has
  // the very type of its function argument (React's `useCallback<T>(fn: T): T`)
  // hands that function back, so calling the result runs it.
  function wrappedFunction(init: TSESTree.CallExpression): FunctionNode | undefined {
    const [first] = init.arguments;
    return first && isFunction(first) && services.getTypeAtLocation(init) === services.getTypeAtLocation(first)
      ? first
      : undefined;
  }
  const inProgress = new Set<FunctionNode>();
  const tryJoins = new WeakMap<TSESTree.BlockStatement, boolean>();
  const contexts = new WeakMap<TSESTree.Node, boolean>();
  // When every Stage type comes from a package, a class of this file that extends
  // nothing is never one, and neither is a lib global: no type checker needed.
  // (A `{ from: 'file' }` or name-only specifier could name such a class.)
  const onlyPackageStages = types.settings.stageTypes.every(
    spec => typeof spec === 'object' && spec.from === 'package',
  );
  let errorListeners: Set<TSESTree.Node> | undefined;

  /**
   * join/refreshStrategy/replaceStrategy/exchangeToken called on a Stage.
   * Memoised: the listeners, helper summaries and try-block scans all ask about
   * the same calls, and the checker does not cache an identifier's narrowed type.
   */
  const directAction = memoize(readDirectAction);

  /** The method a call runs, when its name and receiver could make it a direct action. */
  function actionMethodOf(node: TSESTree.CallExpression): string | undefined {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const method = propertyName(callee);
    if (
      method === undefined ||
      (!RETRY_METHODS.has(method) && !FRESH_TOKEN_METHODS.has(method)) ||
      cannotBeStage(callee.object) ||
      (onlyPackageStages && callee.object.type === AST_NODE_TYPES.ThisExpression && thisIsBaseClass(callee.object))
    ) {
      return undefined;
    }
    return method;
  }

  function readDirectAction(node: TSESTree.CallExpression): DirectAction | undefined {
    const method = actionMethodOf(node);
    const callee = unwrap(node.callee);
    if (
      method === undefined ||
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      !types.isStageType(services.getTypeAtLocation(callee.object))
    ) {
      return undefined;
    }
    const label = `${method}()`;
    if (FRESH_TOKEN_METHODS.has(method)) {
      return { kind: 'freshToken', label, method };
    }
    const fresh = freshStageOf(callee.object);
    if (fresh === 'new') {
      return undefined; // the `new Stage(…)` before it is the action
    }
    return { kind: fresh === 'assigned' ? 'freshToken' : 'sameStage', label, method };
  }

  /**
   * Whether the Stage a retry runs on was just (re)created in the same branch:
   * `new` when by `new Stage(…)`, `assigned` when by anything else.
   */
  function freshStageOf(object: TSESTree.Node): 'assigned' | 'new' | undefined {
    const target = unwrap(object);
    if (target.type === AST_NODE_TYPES.NewExpression) {
      return 'new';
    }
    if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const text = sourceCode.getText(target);
    for (let child: TSESTree.Node = target; child.parent && !isFunction(child); child = child.parent) {
      const list = statementListOf(child.parent);
      if (!list) {
        continue;
      }
      for (const statement of list.slice(0, list.indexOf(child))) {
        const value = assignedValue(statement, text);
        if (value) {
          return value.type === AST_NODE_TYPES.NewExpression ? 'new' : 'assigned';
        }
      }
    }
    return undefined;
  }

  function assignedValue(statement: TSESTree.Node, text: string): TSESTree.Node | undefined {
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      const declarator = statement.declarations.find(
        candidate => candidate.id.type === AST_NODE_TYPES.Identifier && candidate.id.name === text,
      );
      return declarator?.init ? unwrap(declarator.init) : undefined;
    }
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
      sourceCode.getText(statement.expression.left) === text
    ) {
      return unwrap(statement.expression.right);
    }
    return undefined;
  }

  function mayConstructStage(node: TSESTree.NewExpression): boolean {
    const callee = unwrap(node.callee);
    return (
      (callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression) &&
      !(onlyPackageStages && constructsNoSubclass(sourceCode, callee))
    );
  }

  function actionOfNew(node: TSESTree.NewExpression): StageAction | undefined {
    return mayConstructStage(node) && types.isStageType(services.getTypeAtLocation(node))
      ? { kind: 'freshToken', label: `new ${sourceCode.getText(unwrap(node.callee))}()` }
      : undefined;
  }

  function mayAct(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (node.type === AST_NODE_TYPES.NewExpression) {
      return mayConstructStage(node);
    }
    // A `const x = wrap(fn)` may hand `fn` back (useCallback): which one does is
    // a type question, so any function argument counts here.
    return (
      actionMethodOf(node) !== undefined ||
      localFunctionOf(sourceCode, node.callee, anyFunctionArgument) !== undefined
    );
  }

  function actionOfCall(node: TSESTree.CallExpression): StageAction | undefined {
    const direct = directAction(node);
    if (direct) {
      return { kind: direct.kind, label: direct.label };
    }
    const helper = localFunctionOf(sourceCode, node.callee, wrappedFunction);
    const performed = helper ? performedByFunction(helper) : undefined;
    if (!performed || (!performed.sameStage && !performed.freshToken)) {
      return undefined;
    }
    return {
      kind: performed.sameStage ? 'sameStage' : 'freshToken',
      label: `${sourceCode.getText(node.callee)}()`,
    };
  }

  /**
   * What a same-file function does whenever it runs: the actions in its body
   * (and in timers and promise callbacks it creates) with no guard of its own.
   * Recursion and cycles are cut: a function in progress counts as doing nothing
   * until its own body has been read.
   */
  function performedByFunction(fn: FunctionNode): Performed {
    const known = performedBy.get(fn);
    if (known) {
      return known;
    }
    const performed: Performed = { sameStage: false, freshToken: false, joins: false };
    if (inProgress.has(fn)) {
      return performed;
    }
    inProgress.add(fn);
    const state = { cut: false };
    forEachDescendant(fn, sourceCode.visitorKeys, node => {
      if (isFunction(node)) {
        return runsWithCaller(node);
      }
      if (node.type === AST_NODE_TYPES.NewExpression) {
        if (actionOfNew(node) && reach.reachWithin(node, fn).kind === 'unguarded') {
          performed.freshToken = true;
        }
        return true;
      }
      if (node.type !== AST_NODE_TYPES.CallExpression) {
        return true;
      }
      const direct = directAction(node);
      const helper = direct ? undefined : localFunctionOf(sourceCode, node.callee, wrappedFunction);
      if (helper && inProgress.has(helper)) {
        state.cut = true;
      }
      const inner = helper ? performedByFunction(helper) : undefined;
      if ((direct || inner) && reach.reachWithin(node, fn).kind === 'unguarded') {
        performed.sameStage ||= direct?.kind === 'sameStage' || inner?.sameStage === true;
        performed.freshToken ||= direct?.kind === 'freshToken' || inner?.freshToken === true;
        performed.joins ||= direct?.method === 'join' || inner?.joins === true;
      }
      return true;
    });
    inProgress.delete(fn);
    // A result that leaned on a function still in progress may be incomplete:
    // keep it only when it is already positive.
    if (!state.cut || performed.sameStage || performed.freshToken) {
      performedBy.set(fn, performed);
    }
    return performed;
  }

  /**
   * Whether a nested function runs because its enclosing function ran: a
   * callback given to a timer, a promise or an IIFE — not one stored for later
   * (`button.onclick = …`) nor registered as an event listener.
   */
  function runsWithCaller(fn: TSESTree.Node): boolean {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === fn) {
      return true;
    }
    if (
      (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) ||
      !parent.arguments.includes(fn as TSESTree.Expression)
    ) {
      return false;
    }
    const callee = unwrap(parent.callee);
    const name =
      callee.type === AST_NODE_TYPES.MemberExpression
        ? propertyName(callee)
        : callee.type === AST_NODE_TYPES.Identifier
          ? callee.name
          : undefined;
    return name === undefined || !LISTENER_REGISTRARS.has(name);
  }

  /** Whether a call joins a Stage, directly or through a same-file function. */
  function callJoins(node: TSESTree.CallExpression): boolean {
    const direct = directAction(node);
    if (direct) {
      return direct.method === 'join';
    }
    const helper = localFunctionOf(sourceCode, node.callee, wrappedFunction);
    return helper !== undefined && performedByFunction(helper).joins;
  }

  /** Whether a try block joins a Stage (not counting functions it only creates). */
  function joinsInTry(block: TSESTree.BlockStatement): boolean {
    let found = tryJoins.get(block);
    if (found === undefined) {
      found = false;
      forEachDescendant(block, sourceCode.visitorKeys, node => {
        if (found || isFunction(node)) {
          return false;
        }
        if (node.type === AST_NODE_TYPES.CallExpression && callJoins(node)) {
          found = true;
        }
        return !found;
      });
      tryJoins.set(block, found);
    }
    return found;
  }

  /** Whether every join in a try runs on a Stage created right before it. */
  function tryKind(block: TSESTree.BlockStatement): StageActionKind {
    let kind: StageActionKind = 'freshToken';
    forEachDescendant(block, sourceCode.visitorKeys, node => {
      if (isFunction(node)) {
        return false;
      }
      if (node.type === AST_NODE_TYPES.CallExpression && callJoins(node)) {
        const direct = directAction(node);
        if (!direct || direct.kind === 'sameStage') {
          kind = 'sameStage';
        }
      }
      return true;
    });
    return kind;
  }

  /** The loop a statement inside it loops back to, when that loop retries a join. */
  function retryLoopAround(
    tryStatement: TSESTree.TryStatement,
  ): TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.WhileStatement | undefined {
    // A `finally` that always leaves overrides whatever the catch does.
    if (tryStatement.finalizer !== null && alwaysEnds(tryStatement.finalizer, true)) {
      return undefined;
    }
    for (let child: TSESTree.Node = tryStatement; child.parent; child = child.parent) {
      const parent: TSESTree.Node = child.parent;
      const list = statementListOf(parent);
      // Whatever follows the try in the loop body must let the loop go round.
      if (list?.slice(list.indexOf(child) + 1).some(statement => alwaysEnds(statement, true))) {
        return undefined;
      }
      if (
        parent.type === AST_NODE_TYPES.WhileStatement ||
        parent.type === AST_NODE_TYPES.DoWhileStatement ||
        (parent.type === AST_NODE_TYPES.ForStatement && !declaresJoinedStage(parent, tryStatement.block))
      ) {
        return child === parent.body ? parent : undefined;
      }
      // for-of / for-in go on to the next item rather than retrying.
      if (isLoop(parent) || isFunction(parent) || parent.type === AST_NODE_TYPES.SwitchStatement) {
        return undefined;
      }
    }
    return undefined;
  }

  /** `for (let i = 0; …) { stages[i].join() }` walks Stages rather than retrying one. */
  function declaresJoinedStage(loop: TSESTree.ForStatement, block: TSESTree.BlockStatement): boolean {
    if (loop.init?.type !== AST_NODE_TYPES.VariableDeclaration) {
      return false;
    }
    const names = new Set(
      loop.init.declarations.flatMap(declarator =>
        declarator.id.type === AST_NODE_TYPES.Identifier ? [declarator.id.name] : [],
      ),
    );
    const text = sourceCode.getText(block);
    return [...names].some(name => new RegExp(`\\b${name}\\b`).test(text));
  }

  function actionOfCatch(node: TSESTree.CatchClause): StageAction | undefined {
    const tryStatement = node.parent;
    if (
      alwaysEnds(node.body, true) ||
      !joinsInTry(tryStatement.block) ||
      !retryLoopAround(tryStatement)
    ) {
      return undefined;
    }
    return { kind: tryKind(tryStatement.block), label: 'retry loop' };
  }

  function actionOfContinue(node: TSESTree.ContinueStatement): StageAction | undefined {
    const loop = continueTarget(node);
    if (!loop || !isLoop(loop)) {
      return undefined;
    }
    let found: StageActionKind | undefined;
    forEachDescendant(loop, sourceCode.visitorKeys, inner => {
      if (isFunction(inner)) {
        return false;
      }
      if (
        inner.type === AST_NODE_TYPES.TryStatement &&
        inner.handler &&
        joinsInTry(inner.block) &&
        retryLoopAround(inner) === loop
      ) {
        found = found === 'sameStage' ? found : tryKind(inner.block);
      }
      return true;
    });
    return found ? { kind: found, label: 'continue' } : undefined;
  }

  function continueTarget(node: TSESTree.ContinueStatement): TSESTree.Node | undefined {
    for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
      if (isFunction(current)) {
        return undefined;
      }
      if (node.label === null ? isLoop(current) : current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === node.label.name) {
        return current.type === AST_NODE_TYPES.LabeledStatement ? current.body : current;
      }
    }
    return undefined;
  }

  function isInErrorContext(node: TSESTree.Node): boolean {
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      let verdict = contexts.get(current);
      if (verdict === undefined) {
        verdict = isErrorContextBoundary(current);
        contexts.set(current, verdict);
      }
      if (verdict) {
        return true;
      }
    }
    return false;
  }

  function isErrorContextBoundary(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.CatchClause) {
      return joinsInTry(node.parent.block);
    }
    if (!isFunction(node)) {
      return false;
    }
    return isErrorListener(node) || isRejectionHandlerOfJoin(node);
  }

  /** `stage.on(StageEvents.ERROR, fn)`, with fn inline or passed by name. */
  function isErrorListener(fn: FunctionNode): boolean {
    errorListeners ??= findErrorListeners();
    return errorListeners.has(fn);
  }

  function findErrorListeners(): Set<TSESTree.Node> {
    const found = new Set<TSESTree.Node>();
    forEachDescendant(sourceCode.ast, sourceCode.visitorKeys, node => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length < 2) {
        return true;
      }
      const callee = unwrap(node.callee);
      const [event, listener] = node.arguments;
      if (
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        !event ||
        !listener ||
        event.type === AST_NODE_TYPES.SpreadElement ||
        (propertyName(callee) !== 'on' && propertyName(callee) !== 'once')
      ) {
        return true;
      }
      const fn = listenerFunction(listener);
      // A bare 'error' string is every emitter's error event: only a Stage's counts.
      const stageEvent =
        event.type === AST_NODE_TYPES.Literal
          ? types.isStageType(services.getTypeAtLocation(callee.object)) &&
            types.isErrorEventType(services.getTypeAtLocation(event))
          : types.isErrorEventType(services.getTypeAtLocation(event));
      if (fn && stageEvent) {
        found.add(fn);
      }
      return true;
    });
    return found;
  }

  function listenerFunction(listener: TSESTree.Node): FunctionNode | undefined {
    const value = unwrap(listener);
    if (isFunction(value)) {
      return value;
    }
    // `this.onError.bind(this)`
    if (
      value.type === AST_NODE_TYPES.CallExpression &&
      value.callee.type === AST_NODE_TYPES.MemberExpression &&
      propertyName(value.callee) === 'bind'
    ) {
      return localFunctionOf(sourceCode, value.callee.object, wrappedFunction);
    }
    return localFunctionOf(sourceCode, value, wrappedFunction);
  }

  /** `stage.join().catch(fn)`, `stage.join().then(ok, fn)`, through a promise chain. */
  function isRejectionHandlerOfJoin(fn: FunctionNode): boolean {
    const call = fn.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    const method = propertyName(call.callee);
    const index = call.arguments.indexOf(fn as TSESTree.Expression);
    if (
      method === undefined ||
      !REJECTION_HANDLERS.has(method) ||
      index !== (method === 'catch' ? 0 : 1)
    ) {
      return false;
    }
    let source = unwrap(call.callee.object);
    while (
      source.type === AST_NODE_TYPES.CallExpression &&
      source.callee.type === AST_NODE_TYPES.MemberExpression &&
      PROMISE_CHAIN.has(propertyName(source.callee) ?? '')
    ) {
      source = unwrap(source.callee.object);
    }
    return source.type === AST_NODE_TYPES.CallExpression && callJoins(source);
  }

  return { mayAct, actionOfCall, actionOfNew, actionOfContinue, actionOfCatch, isInErrorContext };
}

function anyFunctionArgument(call: TSESTree.CallExpression): FunctionNode | undefined {
  for (const argument of call.arguments) {
    if (isFunction(argument)) {
      return argument;
    }
  }
  return undefined;
}

/**
 * Objects whose value is never a Stage, whatever their type says: `['a', b].join()`
 * and `'x'.concat()` need no type checker. (`super.join()` runs the parent's own
 * join inside a subclass, not a retry of it.)
 */
function cannotBeStage(object: TSESTree.Node): boolean {
  switch (object.type) {
    case AST_NODE_TYPES.Super:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    default:
      return false;
  }
}
