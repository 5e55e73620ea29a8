// The read-only record the stage-tracking parts work from: the file, its types,
// what is tracked (a Stage, or another SDK emitter such as a RealTimeConnection),
// the classes of the file, and the per-file caches, built once per tracker.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';

import type { ListenerRegistration } from '../../sdk/stage-events.js';
import type { IvsTypes } from '../../sdk/types.js';
import type { FunctionNode } from '../../util/ast.js';
import type { StageClasses } from './classes.js';
import type { StageFate } from './fates.js';
import type { Holder } from './holders.js';

/** Holders found to hold the same stages as the one being explored. */
export type Aliases = Holder[];

/**
 * What a tracker follows and what the SDK's own members mean for it. The parts
 * read holders, aliases, functions and escapes the same way for every subject;
 * only these answers differ.
 */
export interface Subject {
  /** Whether `new X(…)` of this type creates one of the tracked values (tracked as a creation of its own). */
  creates(types: IvsTypes, type: ts.Type): boolean;
  /** The SDK method whose call starts it, its fate's `joined`: `join` for a Stage. */
  readonly starter: string;
  /** What `x.on(event, listener)` on a tracked value does. */
  listenerFate(tracker: Tracker, registration: ListenerRegistration): StageFate;
  /** A use that only this subject knows (undefined: read it as any other use). */
  ownUseOf?(tracker: Tracker, node: TSESTree.Node): StageFate | undefined;
}

export interface Tracker {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly types: IvsTypes;
  readonly subject: Subject;
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
