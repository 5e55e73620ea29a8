// The verdict the stage-tracking helpers compute for a Stage: what the file
// shows being done to it. Also the AST walk they share.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** What the file shows happening to a stage. */
export interface StageFate {
  readonly joined: boolean;
  readonly listened: boolean;
  /** It reaches code the file does not show, or holds a value we cannot follow. */
  readonly escapes: boolean;
}

export const NO_FATE: StageFate = { joined: false, listened: false, escapes: false };
export const ESCAPES: StageFate = { joined: false, listened: false, escapes: true };
export const JOINED: StageFate = { joined: true, listened: false, escapes: false };
export const LISTENED: StageFate = { joined: false, listened: true, escapes: false };

export function mergeFates(a: StageFate, b: StageFate): StageFate {
  return {
    joined: a.joined || b.joined,
    listened: a.listened || b.listened,
    escapes: a.escapes || b.escapes,
  };
}

/** Depth-first walk (iterative: generated code can nest deeply); `visit` returns false to skip a node's children. */
export function walkAst(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  visit: (node: TSESTree.Node) => boolean,
): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!visit(node)) {
      continue;
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (typeof item === 'object' && item !== null && 'type' in item) {
          stack.push(item as TSESTree.Node);
        }
      }
    }
  }
}
