// Retry loops: a `try { join() } catch {}` inside a loop that goes round again
// when the catch completes normally or hits `continue`, so the loop-back is a
// retry of the join.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { forEachDescendant, isFunction, isLoop } from '../../util/ast.js';
import { alwaysEnds, statementListOf } from '../../util/control-flow.js';
import { stageCallOf } from './direct.js';
import type { ActionReader, StageAction, StageActionKind } from './reader.js';
import { callJoins } from './summaries.js';

type RetryLoop = TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.WhileStatement;

/** Whether a try block joins a Stage (not counting functions it only creates). */
export function joinsInTry(reader: ActionReader, block: TSESTree.BlockStatement): boolean {
  return tryBlockHolds(reader, reader.memo.tryJoins, block, node =>
    node.type === AST_NODE_TYPES.CallExpression && callJoins(reader, node),
  );
}

/**
 * Whether a node of a try block, outside the functions it only creates,
 * matches; the answer is kept per block in `memo`.
 */
export function tryBlockHolds(
  reader: ActionReader,
  memo: WeakMap<TSESTree.BlockStatement, boolean>,
  block: TSESTree.BlockStatement,
  matches: (node: TSESTree.Node) => boolean,
): boolean {
  let found = memo.get(block);
  if (found === undefined) {
    let matched = false;
    forEachDescendant(block, reader.sourceCode.visitorKeys, node => {
      if (matched || isFunction(node)) {
        return false;
      }
      matched = matches(node);
      return !matched;
    });
    found = matched;
    memo.set(block, found);
  }
  return found;
}

/** A retry loop's catch clause that completes normally, so the loop joins again. */
export function actionOfCatch(reader: ActionReader, node: TSESTree.CatchClause): StageAction | undefined {
  const tryStatement = node.parent;
  if (
    alwaysEnds(node.body, true) ||
    // The syntactic climb first: most catches sit in no loop that retries.
    !retryLoopAround(reader, tryStatement) ||
    !joinsInTry(reader, tryStatement.block)
  ) {
    return undefined;
  }
  return { kind: tryKind(reader, tryStatement.block), label: 'retry loop', joins: true };
}

/** A `continue` that loops back to a retry loop's `join()`. */
export function actionOfContinue(reader: ActionReader, node: TSESTree.ContinueStatement): StageAction | undefined {
  const loop = continueTarget(node);
  // for-of / for-in go on to the next item rather than retrying.
  if (
    !loop ||
    !isLoop(loop) ||
    loop.type === AST_NODE_TYPES.ForOfStatement ||
    loop.type === AST_NODE_TYPES.ForInStatement
  ) {
    return undefined;
  }
  let found: StageActionKind | undefined;
  forEachDescendant(loop, reader.sourceCode.visitorKeys, inner => {
    if (isFunction(inner)) {
      return false;
    }
    if (
      inner.type === AST_NODE_TYPES.TryStatement &&
      inner.handler &&
      joinsInTry(reader, inner.block) &&
      retryLoopAround(reader, inner) === loop
    ) {
      found = found === 'sameStage' ? found : tryKind(reader, inner.block);
    }
    return true;
  });
  return found ? { kind: found, label: 'continue', joins: true } : undefined;
}

/** Whether every join in a try runs on a Stage created right before it. */
function tryKind(reader: ActionReader, block: TSESTree.BlockStatement): StageActionKind {
  let kind: StageActionKind = 'freshToken';
  forEachDescendant(block, reader.sourceCode.visitorKeys, node => {
    if (isFunction(node)) {
      return false;
    }
    if (node.type === AST_NODE_TYPES.CallExpression && callJoins(reader, node)) {
      // A join through a helper, or on the Stage the loop already had, retries it.
      const call = stageCallOf(reader, node);
      if (!call || (call.kind === 'sameStage' && !call.onNewStage)) {
        kind = 'sameStage';
      }
    }
    return true;
  });
  return kind;
}

/** The loop a try statement inside it loops back to, when that loop retries its join. */
function retryLoopAround(reader: ActionReader, tryStatement: TSESTree.TryStatement): RetryLoop | undefined {
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
      (parent.type === AST_NODE_TYPES.ForStatement && !walksStages(reader, parent, tryStatement.block))
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

/**
 * `for (let i = 0; …) { stages[i].join() }` walks Stages rather than retrying
 * one: a variable the loop declares is read inside the try. Read from scope,
 * by each reference's position, whatever the variable is called.
 */
function walksStages(reader: ActionReader, loop: TSESTree.ForStatement, block: TSESTree.BlockStatement): boolean {
  if (loop.init?.type !== AST_NODE_TYPES.VariableDeclaration) {
    return false;
  }
  const [start, end] = block.range;
  return reader.sourceCode
    .getDeclaredVariables(loop.init)
    .some(variable =>
      variable.references.some(reference => {
        const [from] = reference.identifier.range;
        return from >= start && from < end;
      }),
    );
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
