// The read-only record the stage-tracking parts work from: the file, its types,
// the classes of the file, and the per-file caches, built once per tracker.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { IvsTypes } from '../../sdk/types.js';
import type { FunctionNode } from '../../util/ast.js';
import type { StageClasses } from './classes.js';
import type { StageFate } from './fates.js';
import type { Holder } from './holders.js';

/** Holders found to hold the same stages as the one being explored. */
export type Aliases = Holder[];

export interface Tracker {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly types: IvsTypes;
  readonly classes: StageClasses;
  /** The fate of every holder whose group of aliases has been explored. */
  readonly fates: Map<object, Map<string, StageFate>>;
  /** Functions being followed (factories, parameters): a recursive one adds nothing new. */
  readonly following: Set<FunctionNode>;
  /** Every non-computed member expression of the file, by key, built on first use. */
  membersByName: Map<string, TSESTree.MemberExpression[]> | undefined;
}

/** `read()` while following into `fn`; a function already being followed (recursion) adds nothing. */
export function followingInto(tracker: Tracker, fn: FunctionNode, read: () => StageFate, none: StageFate): StageFate {
  if (tracker.following.has(fn)) {
    return none;
  }
  tracker.following.add(fn);
  try {
    return read();
  } finally {
    tracker.following.delete(fn);
  }
}
