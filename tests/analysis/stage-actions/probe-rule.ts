// The probes of the stage-action tests: for each part, a test-only rule that
// asks the part at the places it selects in a snippet importing the real SDK,
// and reports the answer as its message. Each test file builds its own rule
// with `probeRule`, so that it reads what one part answers and nothing else.
import type { TSESLint } from '@typescript-eslint/utils';

import { getReachAnalysis } from '../../../src/analysis/reach/index.js';
import { type ActionReader, createActionReader, type StageAction } from '../../../src/analysis/stage-actions/reader.js';
import { getIvsTypes } from '../../../src/sdk/types.js';
import { createRuleTester } from '../../rule-tester.js';
import { answerRule, answersAfter, type Report } from '../answers.js';

/** A rule that hands `listen` a fresh ActionReader of the file and a way to report answers. */
export function probeRule(name: string, listen: (reader: ActionReader, report: Report) => TSESLint.RuleListener) {
  return answerRule(name, 'Reports what a stage-action part answers', (context, report) =>
    listen(createActionReader(context.sourceCode, getIvsTypes(context), getReachAnalysis(context)), report),
  );
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
