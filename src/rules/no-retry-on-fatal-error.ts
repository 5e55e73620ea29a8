// A retry of a Stage must not be reachable by StageErrorCode members that retrying
// cannot fix; nor, since SDK 1.41, a `connect()` of a RealTimeConnection by the
// RealTimeConnectionErrorCode members, nor a rejoin in a STAGE_LEFT listener by
// the final StageLeftReason members.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../create-rule.js';
import { describeMembers, failuresAfterJoin, freshStartAdvice, leaveReasons } from '../messages.js';
import type { FailureDomain } from '../sdk/codes.js';
import { getIvsTypes } from '../sdk/types.js';
import { getReachAnalysis, type Reach } from '../analysis/reach/index.js';
import { getStageActions, type StageAction } from '../analysis/stage-actions/index.js';
import { LEFT_REASON_DOMAIN, STAGE_ERROR_DOMAIN } from '../sdk/codes.js';
import type { ErrorCodeMember } from '../sdk/types.js';

export type MessageIds =
  | 'rejoinOnLeave'
  | 'rejoinWithSameToken'
  | 'retryConnectionWithSameToken'
  | 'retryOnConnectionState'
  | 'retryOnFatal'
  | 'retryWithSameToken'
  | 'unguardedConnectionRetry'
  | 'unguardedRetry';

type Domain = FailureDomain['settingsKey'];
type Where = { node: TSESTree.Node } | { loc: TSESTree.SourceLocation };

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
      retryConnectionWithSameToken:
        '{{action}} retries {{members}} on the same RealTimeConnection, with the connection token that was rejected: create a new connection token, then use `new RealTimeConnection(newToken)`.',
      unguardedConnectionRetry:
        '{{action}} runs for every RealTimeConnection error, including a rejected connection token, which connecting again cannot fix: check `error.code`, call `connect()` again only for the retryable codes, and use `new RealTimeConnection(newToken)` for the token ones.',
      rejoinWithSameToken:
        '{{action}} rejoins the same Stage after {{members}}, with the token it already has: {{advice}}.',
      rejoinOnLeave:
        "{{action}} rejoins whenever the Stage leaves, whatever the StageLeftReason: {{final}} are final (USER_INITIATED is the app's own `leave()`), and no rejoin should follow them. Check the reason, and rejoin only for {{mayRejoin}}.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const types = getIvsTypes(context);
    const actions = getStageActions(context);
    const reach = getReachAnalysis(context);

    /** Members of one domain reach an action of that domain: report the fatal ones. */
    function checkMembers(where: Where, action: StageAction, domain: Domain, members: readonly ErrorCodeMember[]): void {
      const label = capitalised(action);
      const terminal = members.filter(member => member.codeClass === 'terminal');
      if (terminal.length > 0) {
        context.report({
          ...where,
          messageId: 'retryOnFatal',
          data: { action: label, members: describeMembers(terminal), advice: advice(terminal) },
        });
      }
      const token = members.filter(member => member.codeClass === 'token');
      if (token.length === 0) {
        return;
      }
      // Only a retry with the token that was rejected: a fresh start is what the SDK asks for.
      if (domain === 'connectionCodes' && action.kind === 'sameConnection') {
        context.report({
          ...where,
          messageId: 'retryConnectionWithSameToken',
          data: { action: label, members: describeMembers(token) },
        });
      } else if (domain === 'leftReasons' && action.kind === 'sameStage') {
        context.report({
          ...where,
          messageId: 'rejoinWithSameToken',
          data: { action: label, members: describeMembers(token), advice: advice(token) },
        });
      } else if (domain === 'codes' && action.kind === 'sameStage') {
        context.report({
          ...where,
          messageId: 'retryWithSameToken',
          data: {
            action: label,
            members: describeMembers(token),
            freshStart: freshStartAdvice(name => types.stageDeclares(name)),
          },
        });
      }
    }

    /**
     * No guard on any code above the node. The contexts are read first: the
     * guards above a node are mostly read already while what a call does is a
     * new type question.
     */
    function checkUnguarded(node: TSESTree.Node, where: Where, actionOf: () => StageAction | undefined): void {
      const inErrorContext = actions.isInErrorContext(node);
      const inStateListener = !inErrorContext && actions.isInConnectionStateListener(node);
      const inConnectionCatch = actions.connectionErrorContextOf(node) === 'catch';
      const onEveryLeave = node.type === AST_NODE_TYPES.CallExpression && actions.runsOnEveryLeave(node);
      if (!inErrorContext && !inStateListener && !inConnectionCatch && !onEveryLeave) {
        return;
      }
      const action = actionOf();
      const label = action && capitalised(action);
      if (label && !isConnectionAction(action) && inErrorContext) {
        context.report({ ...where, messageId: 'unguardedRetry', data: { action: label } });
      } else if (label && !isConnectionAction(action) && inStateListener && action.joins) {
        context.report({
          ...where,
          messageId: 'retryOnConnectionState',
          data: { action: label, fatal: failuresAfterJoin(types.sdkEnum(STAGE_ERROR_DOMAIN)) },
        });
      } else if (label && action.kind === 'sameConnection' && inConnectionCatch) {
        // Not in a `stateChanged` listener: connecting again there is what the
        // SDK asks for after CONNECTION_FAILED, the one code it reports.
        context.report({ ...where, messageId: 'unguardedConnectionRetry', data: { action: label } });
      } else if (onEveryLeave) {
        const rejoin = actions.rejoinOf(node);
        if (rejoin) {
          const { final, mayRejoin } = leaveReasons(types.sdkEnum(LEFT_REASON_DOMAIN));
          context.report({
            ...where,
            messageId: 'rejoinOnLeave',
            data: { action: capitalised(rejoin), final, mayRejoin },
          });
        }
      }
    }

    /** The action of a node that members of `domain` can make wrong. */
    function actionFor(node: TSESTree.CallExpression | TSESTree.NewExpression, domain: Domain): StageAction | undefined {
      if (domain === 'leftReasons') {
        // A rejoin, and only where a Stage has left: in its STAGE_LEFT listener.
        return node.type === AST_NODE_TYPES.CallExpression && actions.isInLeaveListener(node)
          ? actions.rejoinOf(node)
          : undefined;
      }
      const action = actionOf(node);
      return action && isConnectionAction(action) === (domain === 'connectionCodes') ? action : undefined;
    }

    function actionOf(node: TSESTree.CallExpression | TSESTree.NewExpression): StageAction | undefined {
      return node.type === AST_NODE_TYPES.CallExpression ? actions.actionOfCall(node) : actions.actionOfNew(node);
    }

    function checkCallOrNew(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (!actions.mayAct(node)) {
        return;
      }
      // A method call or `new` that is no action by its type (`names.join(', ')`)
      // needs no guard read; the type is one question, the guards a walk up the tree.
      if (
        actions.isDirectOnly(node) &&
        !actionOf(node) &&
        // A join of a Stage just created is no action but may still be a rejoin.
        !(node.type === AST_NODE_TYPES.CallExpression && actions.rejoinOf(node))
      ) {
        return;
      }
      const at = reach.reachOf(node);
      if (at.kind === 'unguarded') {
        checkUnguarded(node, { node }, () => actionOf(node));
      } else if (at.kind === 'members' && at.members.some(member => member.fatal)) {
        const domain = at.enum.domain.settingsKey;
        const action = actionFor(node, domain);
        if (action) {
          checkMembers({ node }, action, domain, at.members);
        }
      }
    }

    /** A retry loop's loop-back: a join of a Stage, so only StageErrorCode guards count. */
    function checkLoopBack(node: TSESTree.Node, action: StageAction, at: Reach, where: Where): void {
      if (at.kind === 'unguarded') {
        checkUnguarded(node, where, () => action);
      } else if (at.kind === 'members' && at.enum.domain.settingsKey === 'codes') {
        checkMembers(where, action, 'codes', at.members);
      }
    }

    return {
      CallExpression: checkCallOrNew,
      NewExpression: checkCallOrNew,
      ContinueStatement(node) {
        const action = actions.actionOfContinue(node);
        if (action) {
          checkLoopBack(node, action, reach.reachOf(node), { node });
        }
      },
      CatchClause(node) {
        const action = actions.actionOfCatch(node);
        const atEnd = action ? reach.reachAtEndOf(node.body) : undefined;
        // Reported on the `catch` keyword: the loop goes round from the end of the clause.
        const keyword = sourceCode.getFirstToken(node);
        if (action && atEnd && keyword) {
          checkLoopBack(node, action, atEnd, { loc: keyword.loc });
        }
      },
    };
  },
});

/** `connect()` and `new RealTimeConnection()`: actions on a connection, not on a Stage. */
function isConnectionAction(action: StageAction): boolean {
  return action.kind === 'sameConnection' || action.kind === 'freshConnection';
}

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
