// What retries a Stage (or, since SDK 1.41, a RealTimeConnection) and what
// starts over with a fresh token, and the error contexts they may sit in: the
// one entry point the rules ask, one record per file and settings. The parts:
// direct.ts (calls on a Stage or connection, `new Stage`), summaries.ts
// (same-file functions), retry-loops.ts, listeners.ts, error-contexts.ts,
// connection-state.ts, stage-left.ts.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { IvsStageSettings } from '../../sdk/settings.js';
import { getIvsTypes } from '../../sdk/types.js';
import { cachedFor } from '../../util/cache.js';
import { getReachAnalysis } from '../reach/index.js';
import { actionMethodOf, actionOfNew, directActionOf, mayConstructStage } from './direct.js';
import { connectionStateListenerOf } from './connection-state.js';
import { type ConnectionErrorContext, connectionErrorContextOf, isInErrorContext } from './error-contexts.js';
import { type ActionReader, createActionReader, type StageAction } from './reader.js';
import { actionOfCatch, actionOfContinue } from './retry-loops.js';
import { leaveListenerOf, rejoinOf, runsOnEveryLeave } from './stage-left.js';
import { helperActionOf, mayBeHelper } from './summaries.js';

export type { ConnectionErrorContext } from './error-contexts.js';
export type { StageAction, StageActionKind } from './reader.js';

export interface StageActions {
  /**
   * Whether a call or `new` could be an action, from its syntax alone: a cheap
   * filter to run before anything that asks the type checker.
   */
  mayAct(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /**
   * Whether a node that may act can only act directly (a method call on its
   * receiver, a `new`), never through a same-file function: its type alone decides.
   */
  isDirectOnly(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** The retry or fresh-token action a call performs, directly or through a same-file function. */
  actionOfCall(node: TSESTree.CallExpression): StageAction | undefined;
  /** `new Stage(…)` (or a subclass), `new RealTimeConnection(…)`. */
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
  /**
   * Whether a node runs in a `STAGE_CONNECTION_STATE_CHANGED` listener, behind
   * no guard but tests of the state it is given.
   */
  isInConnectionStateListener(node: TSESTree.Node): boolean;
  /**
   * Where a node runs because a RealTimeConnection failed: the catch of a try
   * that connects or constructs one, or its `stateChanged` listener.
   */
  connectionErrorContextOf(node: TSESTree.Node): ConnectionErrorContext | undefined;
  /** Whether a node runs in a Stage's STAGE_LEFT listener, through timers and promise callbacks. */
  isInLeaveListener(node: TSESTree.Node): boolean;
  /** A join of a Stage, directly or through a same-file function: the Stage it had, or a new one. */
  rejoinOf(node: TSESTree.CallExpression): StageAction | undefined;
  /** Whether a call runs in a STAGE_LEFT listener behind no condition at all. */
  runsOnEveryLeave(node: TSESTree.CallExpression): boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<TSESTree.Program, WeakMap<IvsStageSettings, StageActions>>();

/** The stage-action recognisers of the file being linted, shared by rules. */
export function getStageActions(context: Context): StageActions {
  const types = getIvsTypes(context);
  return cachedFor(cache, context.sourceCode.ast, types.settings, () =>
    stageActionsOf(createActionReader(context.sourceCode, types, getReachAnalysis(context))),
  );
}

function stageActionsOf(reader: ActionReader): StageActions {
  return {
    mayAct: node =>
      node.type === AST_NODE_TYPES.NewExpression
        ? mayConstructStage(reader, node)
        : actionMethodOf(reader, node) !== undefined || mayBeHelper(reader, node.callee),
    isDirectOnly: node => node.type === AST_NODE_TYPES.NewExpression || !mayBeHelper(reader, node.callee),
    actionOfCall: node => {
      const direct = directActionOf(reader, node);
      return direct ? { kind: direct.kind, label: direct.label, joins: direct.joins } : helperActionOf(reader, node);
    },
    actionOfNew: node => actionOfNew(reader, node),
    actionOfContinue: node => actionOfContinue(reader, node),
    actionOfCatch: node => actionOfCatch(reader, node),
    isInErrorContext: node => isInErrorContext(reader, node),
    isInConnectionStateListener: node => connectionStateListenerOf(reader, node) !== undefined,
    connectionErrorContextOf: node => connectionErrorContextOf(reader, node),
    isInLeaveListener: node => leaveListenerOf(reader, node) !== undefined,
    rejoinOf: node => rejoinOf(reader, node),
    runsOnEveryLeave: node => runsOnEveryLeave(reader, node),
  };
}
