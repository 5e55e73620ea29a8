// The read-only record every stage-action part works from: the file, its types,
// the reach analysis, and the per-file caches, built once per file and settings.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { SDK_PACKAGE } from '../../sdk/settings.js';
import type { IvsTypes } from '../../sdk/types.js';
import type { FunctionNode } from '../../util/ast.js';
import type { ReachAnalysis } from '../reach/index.js';

/**
 * - `sameStage`: retries the Stage that failed, with the token it already has;
 * - `freshToken`: starts over with a new Stage or a new token;
 * - `sameConnection`: `connect()` again on the RealTimeConnection (SDK 1.41)
 *   that failed, with the connection token it was built from;
 * - `freshConnection`: `new RealTimeConnection(token)`, a fresh connection token.
 */
export type StageActionKind = 'freshConnection' | 'freshToken' | 'sameConnection' | 'sameStage';

export interface StageAction {
  readonly kind: StageActionKind;
  /** How a message names it: `join()`, `new Stage()`, `connect()`, `reconnect()`, `retry loop`. */
  readonly label: string;
  /** Whether it (re)joins a Stage: `join()`, or a same-file function that does. */
  readonly joins: boolean;
}

/** A call on a Stage itself, with the method it runs. */
export type DirectAction = StageAction & { readonly method: string };

/** A call of a Stage method, read once: a direct action unless it runs on a Stage just created. */
export type StageCall = DirectAction & { readonly onNewStage: boolean };

/** What a same-file function does whenever it runs, with no guard of its own. */
export interface Performed {
  sameStage: boolean;
  freshToken: boolean;
  joins: boolean;
  sameConnection: boolean;
  freshConnection: boolean;
}

/**
 * The events whose listeners the stage actions care about: a Stage's ERROR and
 * STAGE_LEFT, and a RealTimeConnection's `stateChanged`.
 */
export type ListenerEvent = 'connectionStateChanged' | 'error' | 'stageLeft';

export interface ActionReader {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly types: IvsTypes;
  readonly reach: ReachAnalysis;
  /**
   * When every Stage type comes from a package, a class of this file that
   * extends nothing is never one, and neither is a lib global: no type checker
   * needed. (A `{ from: 'file' }` or name-only specifier could name such a class.)
   */
  readonly onlyPackageStages: boolean;
  /**
   * When the SDK's Stage is the one Stage type (the default), a receiver whose
   * declared type the SDK classes cannot narrow into is no Stage (direct.ts).
   */
  readonly onlySdkStage: boolean;
  /** The per-file answers, each computed once. */
  readonly memo: {
    readonly direct: WeakMap<TSESTree.CallExpression, { value: StageCall | undefined }>;
    readonly performed: WeakMap<FunctionNode, Performed>;
    readonly inProgress: Set<FunctionNode>;
    /** Functions in progress whose answer leaned on an unfinished one (a cycle). */
    readonly leaned: Set<FunctionNode>;
    /** Whether a function's body may act at all, read from syntax (see summaries.ts). */
    readonly mayPerform: WeakMap<FunctionNode, boolean>;
    /** Functions whose body mayPerform is reading, and whether a cycle reached one. */
    readonly scanning: Map<FunctionNode, boolean>;
    readonly tryJoins: WeakMap<TSESTree.BlockStatement, boolean>;
    readonly tryConnects: WeakMap<TSESTree.BlockStatement, boolean>;
    readonly errorContexts: WeakMap<TSESTree.Node, boolean>;
    /** Every function registered as a listener of a ListenerEvent, read in one walk of the file. */
    listeners: ReadonlyMap<TSESTree.Node, ReadonlySet<ListenerEvent>> | undefined;
  };
}

export function createActionReader(
  sourceCode: Readonly<TSESLint.SourceCode>,
  types: IvsTypes,
  reach: ReachAnalysis,
): ActionReader {
  return {
    sourceCode,
    types,
    reach,
    onlyPackageStages: types.settings.stageTypes.every(
      spec => typeof spec === 'object' && spec.from === 'package',
    ),
    onlySdkStage: types.settings.stageTypes.every(
      spec => typeof spec === 'object' && spec.from === 'package' && spec.package === SDK_PACKAGE && spec.name === 'Stage',
    ),
    memo: {
      direct: new WeakMap(),
      performed: new WeakMap(),
      inProgress: new Set(),
      leaned: new Set(),
      mayPerform: new WeakMap(),
      scanning: new Map(),
      tryJoins: new WeakMap(),
      tryConnects: new WeakMap(),
      errorContexts: new WeakMap(),
      listeners: undefined,
    },
  };
}
