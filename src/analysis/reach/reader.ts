// The read-only record every reach module takes first, built once per file: the
// file, its type services, and the memo tables the file's analysis shares.
import type {
  ParserServicesWithTypeInformation,
  TSESLint,
  TSESTree,
} from '@typescript-eslint/utils';
import type ts from 'typescript';

import type { Branches } from './conditions.js';
import type { Reach } from './reach.js';
import type { SwitchReach } from './switch.js';
import type { IvsTypes } from '../../sdk/types.js';

export interface ReachCaches {
  /** Every node's reach from all the guards above it: ancestors are shared by many nodes. */
  readonly reaches: WeakMap<TSESTree.Node, Reach>;
  /** A condition is read once however many nodes it guards. */
  readonly branches: WeakMap<TSESTree.Node, Branches>;
  /** Holds undefined too (a switch on something else): `has` tells it from unread. */
  readonly switches: WeakMap<TSESTree.SwitchStatement, SwitchReach | undefined>;
}

export interface ReachReader {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly types: IvsTypes;
  readonly checker: ts.TypeChecker;
  readonly services: ParserServicesWithTypeInformation;
  readonly caches: ReachCaches;
}

/**
 * How many `const` names a read follows to the value they hold: enough for real
 * code, and a stop for `const a = b, b = a`, which parses though it cannot run.
 */
export const MAX_CONST_ALIASES = 4;

export function createReachReader(
  sourceCode: Readonly<TSESLint.SourceCode>,
  types: IvsTypes,
): ReachReader {
  return {
    sourceCode,
    types,
    checker: types.checker,
    services: types.services,
    caches: { reaches: new WeakMap(), branches: new WeakMap(), switches: new WeakMap() },
  };
}
