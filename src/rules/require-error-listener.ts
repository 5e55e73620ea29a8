// A Stage created and joined in a file must have a StageEvents.ERROR listener;
// with `connections`, a RealTimeConnection it connects must have a
// `stateChanged` listener that reads the error.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../create-rule.js';
import { createConnectionTracker, isConnectedUnheard } from '../analysis/connection-tracking.js';
import { CONNECTION_ERROR_DOMAIN, STAGE_ERROR_DOMAIN } from '../sdk/codes.js';
import { createStageTracker, type Holder, type StageTracker } from '../analysis/stage-tracking/index.js';
import { connectionFailures, failuresAfterJoin } from '../messages.js';
import { importersJoinStages, programMayListenForErrors } from '../analysis/program-listeners.js';
import { getIvsTypes } from '../sdk/types.js';
import { declaredVariableOf } from '../util/scope.js';

export type Options = [
  {
    /** Also require a `stateChanged` listener that reads the error on every RealTimeConnection the file connects. Default: false (on in `strict`). */
    connections?: boolean;
  },
];

export type MessageIds = 'missingConnectionErrorListener' | 'missingErrorListener' | 'missingErrorListenerInProgram';

export default createRule<Options, MessageIds>({
  name: 'require-error-listener',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a `StageEvents.ERROR` listener on every Stage that the file creates and joins',
      recommended: 'warn',
      requiresTypeChecking: true,
    },
    messages: {
      missingErrorListener:
        'This Stage ({{name}}) is joined, but no StageEvents.ERROR listener is registered on it: the SDK reports failures after join ({{failures}}) only through that event, so they would go unnoticed. Register one with `.on(StageEvents.ERROR, …)`.',
      missingErrorListenerInProgram:
        'This Stage ({{name}}) leaves this file, and no file of the program registers a StageEvents.ERROR listener: the SDK reports failures after join ({{failures}}) only through that event, so they would go unnoticed. Register one with `.on(StageEvents.ERROR, …)` where the Stage is joined.',
      missingConnectionErrorListener:
        "This RealTimeConnection ({{name}}) is connected, but no `stateChanged` listener reads its error: the SDK tells why a connection failed or was lost ({{failures}}) only through that listener's second argument, with the DISCONNECTED state, so the app would not learn why the connection ended nor that it can reconnect. Register `.on('stateChanged', (state, error) => …)` and handle `error.code`.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          connections: {
            type: 'boolean',
            description:
              'Whether every RealTimeConnection the file creates and connects needs a `stateChanged` listener that reads its error.',
          },
        },
      },
    ],
    defaultOptions: [{ connections: false }],
  },
  create(context, [{ connections = false }]) {
    // Read here, not lazily: bad settings must fail in every file, not only in one with a Stage.
    const types = getIvsTypes(context);
    const creations: TSESTree.NewExpression[] = [];
    const textOf = (node: TSESTree.Node): string => context.sourceCode.getText(node);

    return {
      NewExpression(node) {
        // Cheap tests first: `new Stage(…)` or `new ivs.Stage(…)`, never `new (f())()`,
        // and never a global of the lib (`new Map()`, `new Error()`), which has no
        // declaration in the file's scopes; the type checker only at Program:exit.
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          creations.push(node);
        } else if (callee.type === AST_NODE_TYPES.Identifier) {
          if (declaredVariableOf(context.sourceCode, callee)) {
            creations.push(node);
          }
        }
      },
      'Program:exit'() {
        if (creations.length === 0) {
          return;
        }
        let tracker: StageTracker | undefined;
        const stages = (): StageTracker => (tracker ??= createStageTracker(context, types));
        let connectionTracker: StageTracker | undefined;
        // A Stage leaving the file is reported when it is joined (here, or in a
        // module that imports this one) and no file of the program listens.
        const leftUnheard = (joinedHere: boolean): boolean =>
          (joinedHere || importersJoinStages(types, types.services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast))) &&
          !programMayListenForErrors(types);
        for (const creation of creations) {
          const type = types.services.getTypeAtLocation(creation);
          if (connections && types.isRealTimeConnectionType(type)) {
            connectionTracker ??= createConnectionTracker(context, types, stages);
            if (isConnectedUnheard(connectionTracker, creation)) {
              context.report({
                node: creation,
                messageId: 'missingConnectionErrorListener',
                data: {
                  name: holderName(connectionTracker.holderOf(creation), textOf),
                  failures: connectionFailures(types.sdkEnum(CONNECTION_ERROR_DOMAIN)),
                },
              });
            }
            continue;
          }
          if (!types.isStageType(type)) {
            continue;
          }
          tracker = stages();
          const holder = tracker.holderOf(creation);
          const fate = tracker.holderFate(holder);
          const built = fate.listened ? undefined : tracker.constructionFate(creation);
          if (!built || built.listened) {
            continue;
          }
          // A Stage that leaves the file may be listened to where it goes: only
          // the whole program can say that nobody listens.
          const leaves = fate.escapes || built.escapes;
          if (leaves ? !leftUnheard(fate.joined) : !fate.joined) {
            continue;
          }
          context.report({
            node: creation,
            messageId: leaves ? 'missingErrorListenerInProgram' : 'missingErrorListener',
            data: {
              name: holderName(holder, textOf),
              failures: failuresAfterJoin(types.sdkEnum(STAGE_ERROR_DOMAIN)),
            },
          });
        }
      },
    };
  },
});

/** How the message names where the stage (or connection) is kept. */
function holderName(holder: Holder, textOf: (node: TSESTree.Node) => string): string {
  switch (holder.kind) {
    case 'variable':
      return `\`${holder.variable.name}\``;
    case 'field':
      return `\`this.${holder.name}\``;
    case 'property':
      return `\`${holder.variable.name}.${holder.name}\``;
    case 'expression':
      return `\`${textOf(holder.node).split('(')[0] ?? 'new Stage'}(…)\``;
  }
}
