// Statement order and completion: which statements run before a node in its
// block, and which statements never complete normally.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The statements of a block-like node, in which earlier statements run first. */
export function statementListOf(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/**
 * Whether a statement never completes normally: it always returns, throws,
 * continues or (when `breakLeaves`) breaks.
 */
export function alwaysEnds(statement: TSESTree.Node, breakLeaves: boolean): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return breakLeaves;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(inner => alwaysEnds(inner, breakLeaves));
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate !== null &&
        alwaysEnds(statement.consequent, breakLeaves) &&
        alwaysEnds(statement.alternate, breakLeaves)
      );
    default:
      return false;
  }
}

/** Whether an unlabelled `break` for this switch clause occurs in it. */
export function containsOwnBreak(statements: readonly TSESTree.Node[]): boolean {
  const visit = (node: TSESTree.Node): boolean => {
    switch (node.type) {
      case AST_NODE_TYPES.BreakStatement:
        return node.label === null;
      case AST_NODE_TYPES.BlockStatement:
        return node.body.some(visit);
      case AST_NODE_TYPES.IfStatement:
        return visit(node.consequent) || (node.alternate !== null && visit(node.alternate));
      case AST_NODE_TYPES.TryStatement:
        return (
          visit(node.block) ||
          (node.handler !== null && visit(node.handler.body)) ||
          (node.finalizer !== null && visit(node.finalizer))
        );
      case AST_NODE_TYPES.LabeledStatement:
        return visit(node.body);
      default:
        return false;
    }
  };
  return statements.some(visit);
}
