// Calls that hand back the function they are given, so that calling their
// result runs that function: React's `useCallback(fn, deps)` and the like.
import type { TSESTree } from '@typescript-eslint/utils';

import type { IvsTypes } from '../sdk/types.js';
import { type FunctionNode, isFunction } from '../util/ast.js';

/**
 * `const reconnect = useCallback(async () => …, deps)`: a call whose result has
 * the very type of its function argument (React's `useCallback<T>(fn: T): T`)
 * hands that function back.
 */
export function functionHandedBack(types: IvsTypes, init: TSESTree.CallExpression): FunctionNode | undefined {
  const [first] = init.arguments;
  const { services } = types;
  return first && isFunction(first) && services.getTypeAtLocation(init) === services.getTypeAtLocation(first)
    ? first
    : undefined;
}
