// The probes of the stage-action tests: for each part, a test-only rule that
// asks the part at the places it selects in a snippet importing the real SDK,
// and reports the answer as its message. Each test file builds its own rule
// with `probeRule`, so that it reads what one part answers and nothing else.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getReachAnalysis } from '../../../src/analysis/reach/index.js';
import { type ActionReader, createActionReader, type StageAction } from '../../../src/analysis/stage-actions/reader.js';
import { createRule } from '../../../src/create-rule.js';
import { getIvsTypes } from '../../../src/sdk/types.js';
import { createRuleTester } from '../../rule-tester.js';
import { answersAfter } from '../answers.js';

export type Report = (node: TSESTree.Node, answer: string) => void;

/** A rule that hands `listen` a fresh ActionReader of the file and a way to report answers. */
export function probeRule(name: string, listen: (reader: ActionReader, report: Report) => TSESLint.RuleListener) {
  return createRule<[], 'answer'>({
    name,
    meta: {
      type: 'problem',
      docs: { description: 'Reports what a stage-action part answers', requiresTypeChecking: true },
      messages: { answer: '{{answer}}' },
      schema: [],
    },
    create(context) {
      const reader = createActionReader(context.sourceCode, getIvsTypes(context), getReachAnalysis(context));
      return listen(reader, (node, answer) => {
        context.report({ node, messageId: 'answer', data: { answer } });
      });
    },
  });
}

/** `sameStage join()`, `freshToken new Stage()`, or `none`. */
export function describeAction(action: StageAction | undefined): string {
  return action ? `${action.kind} ${action.label}` : 'none';
}

export const HEADER = `import { Stage, StageEvents, StageErrorCode, type StageError, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const stage: Stage;
declare const token: string;
declare const strategy: StageStrategy;
declare const error: StageError;
declare function mark(value?: unknown): void;
`;

/**
 * One case: `body` after the header, expecting one report per entry of
 * `expected`, written `'line: answer'` with the line counted in `body` from 1,
 * in source order.
 */
export const answers = answersAfter(HEADER);

/** `answers` after another header: SDK 1.41's RealTimeConnection, StageLeftReason. */
export { answersAfter };

export const ruleTester = createRuleTester();
