// The one recogniser of a listener registered on a Stage (src/sdk/stage-events.ts):
// every call of a snippet is reported as `none` when it registers nothing
// (listenerRegistrationOf), else as `<event> on <receiver>` with the event
// registeredEventOf reads (`error`, `other` or `unknown`) and `, no listener`
// when the call passes none.
import { type TSESTree } from '@typescript-eslint/utils';

import { listenerRegistrationOf, registeredEventOf } from '../../src/sdk/stage-events.js';
import { getIvsTypes } from '../../src/sdk/types.js';
import { answerRule, answersAfter } from '../analysis/answers.js';
import { createRuleTester } from '../rule-tester.js';

const registrationRule = answerRule(
  'test-stage-events',
  'Reports the listener registrations of a file',
  (context, report) => {
    const types = getIvsTypes(context);
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const registration = listenerRegistrationOf(node);
        report(
          node,
          registration
            ? `${registeredEventOf(types, registration)} on ${context.sourceCode.getText(registration.receiver)}${registration.listener ? '' : ', no listener'}`
            : 'none',
        );
      },
    };
  },
);

const HEADER = `import { Stage, StageEvents, StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const stage: Stage;
declare function listener(...args: any[]): void;
type Listen = (event: string, listener: (...args: any[]) => void) => void;
declare const emitter: { on: Listen; once: Listen; addListener: Listen; off: Listen };
`;

/** `body` after the header, expecting the `'line: answer'` entries (lines of `body`), in source order. */
const registrations = answersAfter(HEADER);

createRuleTester().run('sdk: stage events', registrationRule, {
  valid: [],
  invalid: [
    // StageEvents.ERROR however it is imported or named
    registrations(
      "import { StageEvents as Events } from 'amazon-ivs-web-broadcast';\nimport * as ivs from 'amazon-ivs-web-broadcast';\nstage.on(StageEvents.ERROR, listener);\nstage.on(Events.ERROR, listener);\nstage.on(ivs.StageEvents.ERROR, listener);\nstage.on(StageEvents['ERROR'], listener);",
      '3: error on stage',
      '4: error on stage',
      '5: error on stage',
      '6: error on stage',
    ),
    registrations(
      'const { ERROR } = StageEvents;\nconst { ERROR: FAILED } = StageEvents;\nconst event = StageEvents.ERROR;\nstage.on(ERROR, listener);\nstage.on(FAILED, listener);\nstage.on(event as StageEvents.ERROR, listener);',
      '4: error on stage',
      '5: error on stage',
      '6: error on stage',
    ),
    // however the call is written, whatever the receiver: the enum member is the SDK's
    registrations(
      "declare const maybe: Stage | undefined;\nclass Room extends Stage {\n  listen() {\n    this.on(StageEvents.ERROR, listener);\n  }\n}\nstage['on'](StageEvents.ERROR, listener);\n(stage as Stage).on(StageEvents.ERROR, listener);\nmaybe?.on(StageEvents.ERROR, listener);\nemitter.on(StageEvents.ERROR, listener);",
      '4: error on this',
      '7: error on stage',
      '8: error on stage as Stage',
      '9: error on maybe',
      '10: error on emitter',
    ),
    // a bare 'error' string, as JavaScript writes it: every emitter's error event, so the SDK's only on a Stage
    registrations(
      "declare const maybe: Stage | null;\nstage.on('error', listener);\nstage.on(`error`, listener);\nmaybe?.on('error' as const, listener);\nemitter.on('error', listener);\nemitter.on(`error`, listener);",
      '2: error on stage',
      '3: error on stage',
      '4: error on maybe',
      '5: unknown on emitter',
      '6: unknown on emitter',
    ),
    // a const holding the string is a bare string too: only a Stage's counts
    registrations(
      "const ev = 'error';\nstage.on(ev, listener);\nemitter.on(ev, listener);",
      '2: error on stage',
      '3: unknown on emitter',
    ),
    // a definite other event, as a member, a string (JavaScript) or a union of them
    registrations(
      "declare const either: StageEvents.STAGE_LEFT | StageEvents.STAGE_PARTICIPANT_JOINED;\nstage.on(StageEvents.STAGE_LEFT, listener);\nstage.on('stageLeft', listener);\nstage.on(either, listener);\nemitter.on('close', listener);",
      '2: other on stage',
      '3: other on stage',
      '4: other on stage',
      '5: other on emitter',
    ),
    // an event that may be ERROR: a string (JavaScript), anything, the whole enum, a union with ERROR
    registrations(
      'declare const name: string;\ndeclare const anything: any;\ndeclare const some: StageEvents;\ndeclare const maybeError: StageEvents.ERROR | StageEvents.STAGE_LEFT;\nstage.on(name, listener);\nstage.on(anything, listener);\nstage.on(some, listener);\nstage.on(maybeError, listener);\nstage.on(`${name}`, listener);',
      '5: unknown on stage',
      '6: unknown on stage',
      '7: unknown on stage',
      '8: unknown on stage',
      '9: unknown on stage',
    ),
    // `on` registers; `once`, `addListener`, `off`, a plain `on()` and spread arguments do not
    registrations(
      'declare function on(event: string, listener: () => void): void;\ndeclare const args: [StageEvents.ERROR, () => void];\nemitter.once(StageEvents.ERROR, listener);\nemitter.addListener(StageEvents.ERROR, listener);\nstage.off(StageEvents.ERROR, listener);\non(StageEvents.ERROR, listener);\nstage.on(...args);\nstage.on(StageEvents.ERROR, ...[listener]);',
      '3: none',
      '4: none',
      '5: none',
      '6: none',
      '7: none',
      '8: none',
    ),
    // `stage.on(event)` registers nothing the SDK documents: read, but without a listener
    registrations('// @ts-expect-error: no listener\nstage.on(StageEvents.ERROR);', '2: error on stage, no listener'),
  ],
});
