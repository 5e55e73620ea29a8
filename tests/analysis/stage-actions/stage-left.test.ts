// Rejoins in a STAGE_LEFT listener (src/analysis/stage-actions/stage-left.ts) and
// the listener a node runs in (listenerRunningAt, listeners.ts). A bare `mark()`
// is reported as `leave listener` or `no leave listener` (leaveListenerOf), and
// `, every leave` when it also runs behind no condition (runsOnEveryLeave); a
// call given to `mark(…)` as the rejoin it is (rejoinOf: `none` when none).
// `reasons()` reports the installed StageLeftReason's members (IvsTypes.sdkEnum).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { leaveListenerOf, rejoinOf, runsOnEveryLeave } from '../../../src/analysis/stage-actions/stage-left.js';
import { LEFT_REASON_DOMAIN } from '../../../src/sdk/codes.js';
import { answersAfter, describeAction, probeRule, ruleTester } from './probe-rule.js';

const answers = answersAfter(`import { Stage, StageEvents, StageLeftReason, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const stage: Stage;
declare const token: string;
declare const strategy: StageStrategy;
declare function mark(value?: unknown): void;
declare function reasons(): void;
`);

const stageLeftRule = probeRule('test-stage-left', (reader, report) => ({
  'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
    const [argument] = node.arguments;
    if (argument?.type === AST_NODE_TYPES.CallExpression) {
      report(node, describeAction(rejoinOf(reader, argument)));
    } else if (!argument) {
      const listener = leaveListenerOf(reader, node) ? 'leave listener' : 'no leave listener';
      report(node, runsOnEveryLeave(reader, node) ? `${listener}, every leave` : listener);
    }
  },
  'CallExpression[callee.name="reasons"]'(node: TSESTree.CallExpression) {
    const members = reader.types.sdkEnum(LEFT_REASON_DOMAIN)?.members ?? [];
    report(node, members.map(member => `${member.name} ${member.codeClass}`).join(', '));
  },
}));

ruleTester.run('stage-actions: STAGE_LEFT', stageLeftRule, {
  valid: [],
  invalid: [
    // the installed SDK's reasons, in declaration order, with their classes
    answers(
      'reasons();',
      '1: UNKNOWN retryable, USER_INITIATED terminal, TOKEN_REUSED token, PARTICIPANT_DISCONNECTED terminal, STAGE_DELETED terminal, FAILED_EXCHANGE token, REAL_TIME_CONNECTION_FORCED_LEAVE retryable, REAL_TIME_CONNECTION_TOKEN_REVOCATION token',
    ),
    // a STAGE_LEFT listener, inline, by name, bound, with the SDK's own string on a Stage
    answers(
      "function onLeft() {\n  mark();\n}\nclass Room {\n  constructor() {\n    stage.on(StageEvents.STAGE_LEFT, this.onLeft.bind(this));\n  }\n  onLeft() {\n    mark();\n  }\n}\nstage.on(StageEvents.STAGE_LEFT, () => mark());\nstage.on(StageEvents.STAGE_LEFT, onLeft);\nstage.on('stageLeft', () => mark());\nmark();",
      '2: leave listener, every leave',
      '9: leave listener, every leave',
      '12: leave listener, every leave',
      '14: leave listener, every leave',
      '15: no leave listener',
    ),
    // …and what it runs later (a timer, a promise), not what it stores or registers
    answers(
      "declare const button: HTMLButtonElement;\nstage.on(StageEvents.STAGE_LEFT, async () => {\n  setTimeout(() => mark(), 1000);\n  await Promise.resolve().then(() => mark());\n  button.onclick = () => mark();\n  button.addEventListener('click', () => mark());\n  stage.on(StageEvents.ERROR, () => mark());\n});",
      '3: leave listener, every leave',
      '4: leave listener, every leave',
      '5: no leave listener',
      '6: no leave listener',
      '7: no leave listener',
    ),
    // not another event's listener, nor another emitter's 'stageLeft'
    answers(
      "declare const room: { on(event: string, listener: () => void): void };\nstage.on(StageEvents.STAGE_PARTICIPANT_JOINED, () => mark());\nroom.on('stageLeft', () => mark());",
      '2: no leave listener',
      '3: no leave listener',
    ),
    // every condition on the way counts, the reason's and any other; early exits too
    answers(
      'let leaving = false;\nstage.on(StageEvents.STAGE_LEFT, reason => {\n  if (reason === StageLeftReason.UNKNOWN) mark();\n  if (!leaving) mark();\n  leaving || mark();\n  switch (reason) {\n    default:\n      mark();\n  }\n  if (leaving) return;\n  mark();\n});',
      '3: leave listener',
      '4: leave listener',
      '5: leave listener',
      '8: leave listener',
      '11: leave listener',
    ),

    // rejoins: a join of the listener's own Stage (its binding, by scope), with the
    // token it had or just given a new Stage; not another Stage, nor a brand-new one
    answers(
      'let room = stage;\nroom.on(StageEvents.STAGE_LEFT, () => {\n  mark(room.join());\n  room = new Stage(token, strategy);\n  mark(room.join());\n  mark(new Stage(token, strategy).join());\n  mark(stage.join());\n});',
      '3: sameStage join()',
      '5: freshToken join()',
      '6: none',
      '7: none',
    ),
    // a same-file function counts when it is handed the Stage that left
    answers(
      'function reconnect(target: Stage) {\n  setTimeout(() => void target.join(), 1000);\n}\nfunction restart() {\n  void stage.join();\n}\nstage.on(StageEvents.STAGE_LEFT, () => {\n  mark(reconnect(stage));\n  mark(restart());\n});',
      '8: sameStage reconnect()',
      '9: none',
    ),
    // not rejoins: a strategy refresh, a token exchange, a function that does not join
    answers(
      "function refresh() {\n  stage.refreshStrategy();\n}\nmark(stage.refreshStrategy());\nmark(stage.exchangeToken(token));\nmark(refresh());\nmark(console.log('left'));",
      '4: none',
      '5: none',
      '6: none',
      '7: none',
    ),
  ],
});
