// Which StageErrorCode members can reach a node: the guards on the error code
// read on the way up (switch, if/else, ?:, &&, ||, !, early exits, membership),
// across nested functions, analysed once per file for every rule that asks.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { involvesErrorCode } from './conditions.js';
import type { Reach } from './reach.js';
import { createReachReader } from './reader.js';
import { reachAtEndOf, reachOf, reachWithin } from './walk.js';
import type { IvsStageSettings } from '../../sdk/settings.js';
import { getIvsTypes } from '../../sdk/types.js';
import { cachedFor } from '../../util/cache.js';

export { intersectReach, type Reach, unionReach } from './reach.js';

export interface ReachAnalysis {
  /** The members that can reach `node`, from every guard above it. */
  reachOf(node: TSESTree.Node): Reach;
  /** The same, counting only the guards below `within` (e.g. a function). */
  reachWithin(node: TSESTree.Node, within: TSESTree.Node): Reach;
  /** The members that reach the end of `block`; undefined when its end is unreachable. */
  reachAtEndOf(block: TSESTree.BlockStatement): Reach | undefined;
  /** True when an expression mentions the error or its code (not only `err.category` etc.). */
  involvesErrorCode(node: TSESTree.Node): boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// One analysis per file and settings: every rule asking about the same file
// shares the memoised conditions, switches and ancestor chains.
const analyses = new WeakMap<TSESTree.Program, WeakMap<IvsStageSettings, ReachAnalysis>>();

/** The reach analysis of the file being linted. */
export function getReachAnalysis(context: Context): ReachAnalysis {
  const types = getIvsTypes(context);
  return cachedFor(analyses, context.sourceCode.ast, types.settings, () => {
    const reader = createReachReader(context.sourceCode, types);
    return {
      reachOf: node => reachOf(reader, node),
      reachWithin: (node, within) => reachWithin(reader, node, within),
      reachAtEndOf: block => reachAtEndOf(reader, block),
      involvesErrorCode: node => involvesErrorCode(reader, node),
    };
  });
}
