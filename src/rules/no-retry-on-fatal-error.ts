// A retry of a Stage must not be reachable by StageErrorCode members that retrying cannot fix.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../create-rule.js';
import { describeMembers, failuresAfterJoin, freshStartAdvice } from '../messages.js';
import { getIvsTypes } from '../sdk/types.js';
import { getReachAnalysis, type Reach } from '../analysis/reach/index.js';
import { getStageActions, type StageAction } from '../analysis/stage-actions/index.js';
import type { ErrorCodeMember } from '../sdk/types.js';

export type MessageIds = 'retryOnConnectionState' | 'retryOnFatal' | 'retryWithSameToken' | 'unguardedRetry';

export default createRule<[], MessageIds>({
  name: 'no-retry-on-fatal-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow retrying a Stage on error codes that retrying cannot fix',
      recommended: 'error',
      requiresTypeChecking: true,
    },
    messages: {
      retryOnFatal:
        '{{action}} runs for {{members}}, which retrying cannot fix: {{advice}}.',
      retryWithSameToken:
        '{{action}} retries {{members}} on the same Stage, with the token that was rejected: create a new token, then use {{freshStart}}.',
      retryOnConnectionState:
        '{{action}} rejoins when the stage connection state changes, whatever ended the connection: {{fatal}} end it the same way, and retrying cannot fix them. Rejoin from the StageEvents.ERROR listener, where `error.code` tells whether a retry can help.',
      unguardedRetry:
        '{{action}} runs for every stage error, including codes that retrying cannot fix: check `error.code` and retry only the retryable ones.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const types = getIvsTypes(context);
    const actions = getStageActions(context);
    const reach = getReachAnalysis(context);

    function check(node: TSESTree.Node, action: StageAction, at: Reach, loc?: TSESTree.SourceLocation): void {
      const where = loc ? { loc } : { node };
      if (at.kind === 'unknown') {
        return; // a guard we cannot read: stay silent
      }
      if (at.kind === 'unguarded') {
        if (actions.isInErrorContext(node)) {
          context.report({ ...where, messageId: 'unguardedRetry', data: { action: capitalised(action) } });
        } else if (action.joins && actions.isInConnectionStateListener(node)) {
          context.report({
            ...where,
            messageId: 'retryOnConnectionState',
            data: { action: capitalised(action), fatal: capitalisedFirst(failuresAfterJoin(types.sdkErrorCodeEnum())) },
          });
        }
        return;
      }
      const terminal = at.members.filter(member => member.codeClass === 'terminal');
      if (terminal.length > 0) {
        context.report({
          ...where,
          messageId: 'retryOnFatal',
          data: { action: capitalised(action), members: describeMembers(terminal), advice: advice(terminal) },
        });
      }
      const token = at.members.filter(member => member.codeClass === 'token');
      if (action.kind === 'sameStage' && token.length > 0) {
        context.report({
          ...where,
          messageId: 'retryWithSameToken',
          data: {
            action: capitalised(action),
            members: describeMembers(token),
            freshStart: freshStartAdvice(name => types.stageDeclares(name)),
          },
        });
      }
    }

    /**
     * Whether `at` can lead to a report, whatever the action turns out to be:
     * read first, because the guards above a node are mostly read already (by
     * other calls in the same function) while what a call does is a new type question.
     */
    function mayReport(node: TSESTree.Node, at: Reach): boolean {
      if (at.kind === 'unknown') {
        return false;
      }
      if (at.kind === 'unguarded') {
        return actions.isInErrorContext(node) || actions.isInConnectionStateListener(node);
      }
      return at.members.some(member => member.codeClass === 'terminal' || member.codeClass === 'token');
    }

    function checkCallOrNew(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (!actions.mayAct(node)) {
        return;
      }
      const at = reach.reachOf(node);
      if (!mayReport(node, at)) {
        return;
      }
      const action =
        node.type === AST_NODE_TYPES.CallExpression ? actions.actionOfCall(node) : actions.actionOfNew(node);
      if (action) {
        check(node, action, at);
      }
    }

    return {
      CallExpression: checkCallOrNew,
      NewExpression: checkCallOrNew,
      ContinueStatement(node) {
        const action = actions.actionOfContinue(node);
        if (action) {
          check(node, action, reach.reachOf(node));
        }
      },
      CatchClause(node) {
        const action = actions.actionOfCatch(node);
        const atEnd = action ? reach.reachAtEndOf(node.body) : undefined;
        // Reported on the `catch` keyword: the loop goes round from the end of the clause.
        const keyword = sourceCode.getFirstToken(node);
        if (action && atEnd && keyword) {
          check(node, action, atEnd, keyword.loc);
        }
      },
    };
  },
});

function capitalised(action: StageAction): string {
  return action.label === 'retry loop'
    ? 'This retry loop'
    : action.label === 'continue'
      ? 'This `continue` of a retry loop'
      : `\`${action.label}\``;
}

/** Each member with what the SDK says to do about it. */
function advice(members: readonly ErrorCodeMember[]): string {
  return members.map(member => `${member.name}: ${member.action}`).join('; ');
}

function capitalisedFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
