// A Stage created and joined in a file must have a StageEvents.ERROR listener.
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../create-rule.js';
import { createStageTracker, type Holder, type StageTracker } from '../analysis/stage-tracking/index.js';
import { failuresAfterJoin } from '../messages.js';
import { importersJoinStages, programMayListenForErrors } from '../analysis/program-listeners.js';
import { getIvsTypes } from '../sdk/types.js';

export type Options = [];

export type MessageIds = 'missingErrorListener' | 'missingErrorListenerInProgram';

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
    },
    schema: [],
  },
  create(context) {
    // Read here, not lazily: bad settings must fail in every file, not only in one with a Stage.
    const types = getIvsTypes(context);
    const creations: TSESTree.NewExpression[] = [];

    return {
      NewExpression(node) {
        // Cheap tests first: `new Stage(…)` or `new ivs.Stage(…)`, never `new (f())()`,
        // and never a global of the lib (`new Map()`, `new Error()`), which has no
        // declaration in the file's scopes; the type checker only at Program:exit.
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          creations.push(node);
        } else if (callee.type === AST_NODE_TYPES.Identifier) {
          const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), callee);
          if (variable && variable.defs.length > 0) {
            creations.push(node);
          }
        }
      },
      'Program:exit'() {
        if (creations.length === 0) {
          return;
        }
        let tracker: StageTracker | undefined;
        // A Stage leaving the file is reported when it is joined (here, or in a
        // module that imports this one) and no file of the program listens.
        const leftUnheard = (joinedHere: boolean): boolean =>
          (joinedHere || importersJoinStages(types, types.services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast))) &&
          !programMayListenForErrors(types);
        for (const creation of creations) {
          if (!types.isStageType(types.services.getTypeAtLocation(creation))) {
            continue;
          }
          tracker ??= createStageTracker(context, types);
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
              name: holderName(holder, context.sourceCode.getText.bind(context.sourceCode)),
              failures: failuresAfterJoin(types.sdkErrorCodeEnum()),
            },
          });
        }
      },
    };
  },
});

/** How the message names where the stage is kept. */
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
