// Every rule in typed JavaScript: `.js` and `.jsx` files of a jsconfig.json
// project (tests/fixtures/js), as most IVS apps are written.
import path from 'node:path';

import exhaustiveErrorSwitch from '../../src/rules/exhaustive-error-switch.js';
import noNumericErrorCode from '../../src/rules/no-numeric-error-code.js';
import noRetryOnFatalError from '../../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../../src/rules/require-error-listener.js';
import { createRuleTester, FAILURES_AFTER_JOIN, FIXTURES_DIR } from '../rule-tester.js';

const ruleTester = createRuleTester(path.join(FIXTURES_DIR, 'js'));

const js = (code: string) => ({ code, filename: 'file.js' });
const jsx = (code: string) => ({ code, filename: 'react.jsx' });

const IMPORT = `import { Stage, StageErrorCode, StageEvents } from 'amazon-ivs-web-broadcast';`;

const OTHER_FATAL_CASES = `      case StageErrorCode.TOKEN_MALFORMED:
      case StageErrorCode.TOKEN_NOT_ALLOWED:
      case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
      case StageErrorCode.CANCELED:
      case StageErrorCode.CODEC_MISMATCH:
      case StageErrorCode.STAGE_DELETED:
      case StageErrorCode.PARTICIPANT_DISCONNECTED:`;

const watchSwitch = (extra: string) => `
${IMPORT}
/** @param {{ stage: Stage }} props */
export function Watch({ stage }) {
  stage.on(StageEvents.ERROR, error => {
    switch (error.code) {
${OTHER_FATAL_CASES}
${extra}        throw error;
      default:
        break;
    }
  });
  return <div />;
}
`;

ruleTester.run('exhaustive-error-switch in JavaScript', exhaustiveErrorSwitch, {
  valid: [
    jsx(
      watchSwitch(`      case StageErrorCode.TOKEN_EXPIRED:
      case StageErrorCode.FAILED:
`),
    ),
    // a switch on a value the checker types as any: nothing to say
    js(`
export function describe(error) {
  switch (error.code) {
    case 1:
      return 'malformed';
    default:
      return 'other';
  }
}
`),
  ],
  invalid: [
    {
      ...jsx(watchSwitch('')),
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: watchSwitch('').replace(
                '        throw error;\n',
                `        throw error;
      case StageErrorCode.TOKEN_EXPIRED:
        // Token is expired. Create a non-expired token and retry joining.
        throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
      case StageErrorCode.FAILED:
        // Operation failed. Fatal condition encountered attempting operation. Check
        // error details.
        throw new Error('Unhandled StageErrorCode.FAILED');
`,
              ),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-numeric-error-code in JavaScript', noNumericErrorCode, {
  valid: [
    // a JSDoc-typed error compared with members
    js(`
${IMPORT}
/** @param {import('amazon-ivs-web-broadcast').StageError} error */
export const isGone = error => error.code === StageErrorCode.STAGE_DELETED;
`),
    // an untyped error: the checker cannot say what its code is
    js(`
export const isGone = error => error.code === 9;
`),
  ],
  invalid: [
    {
      ...jsx(`
${IMPORT}
/** @param {{ stage: Stage }} props */
export function Banner({ stage }) {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === 9) {
      stage.leave();
    }
  });
  return <p />;
}
`),
      output: `
${IMPORT}
/** @param {{ stage: Stage }} props */
export function Banner({ stage }) {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.STAGE_DELETED) {
      stage.leave();
    }
  });
  return <p />;
}
`,
      errors: [{ messageId: 'numericCode' }],
    },
  ],
});

ruleTester.run('no-retry-on-fatal-error in JavaScript', noRetryOnFatalError, {
  valid: [
    js(`
${IMPORT}
/** @param {Stage} stage */
export function watch(stage) {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.TIMEOUT) {
      setTimeout(() => stage.join(), 1000);
    }
  });
}
`),
  ],
  invalid: [
    {
      ...js(`
${IMPORT}
/** @param {Stage} stage */
export function watch(stage) {
  stage.on(StageEvents.ERROR, () => {
    setTimeout(() => stage.join(), 1000);
  });
}
`),
      errors: [{ messageId: 'unguardedRetry' }],
    },
    {
      ...jsx(`
${IMPORT}
/** @param {{ stage: Stage }} props */
export function Room({ stage }) {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.STAGE_DELETED) {
      void stage.join();
    }
  });
  return <div />;
}
`),
      errors: [{ messageId: 'retryOnFatal' }],
    },
  ],
});

ruleTester.run('require-error-listener in JavaScript', requireErrorListener, {
  valid: [
    js(`
${IMPORT}
const stage = new Stage('token', { stageStreamsToPublish: () => [], shouldPublishParticipant: () => false, shouldSubscribeToParticipant: () => 'NONE' });
stage.on(StageEvents.ERROR, error => console.error(error.code));
await stage.join();
`),
  ],
  invalid: [
    {
      ...js(`
${IMPORT}
/** @type {import('amazon-ivs-web-broadcast').StageStrategy} */
const strategy = { stageStreamsToPublish: () => [], shouldPublishParticipant: () => false, shouldSubscribeToParticipant: () => 'NONE' };
let stage = null;
export async function start(token) {
  stage = new Stage(token, strategy);
  await stage.join();
}
`),
      errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`', failures: FAILURES_AFTER_JOIN } }],
    },
    {
      ...jsx(`
${IMPORT}
import { useEffect } from 'react';
/** @type {import('amazon-ivs-web-broadcast').StageStrategy} */
const strategy = { stageStreamsToPublish: () => [], shouldPublishParticipant: () => false, shouldSubscribeToParticipant: () => 'NONE' };
export function Room({ token }) {
  useEffect(() => {
    const stage = new Stage(token, strategy);
    void stage.join();
    return () => stage.leave();
  }, [token]);
  return <div />;
}
`),
      errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`', failures: FAILURES_AFTER_JOIN } }],
    },
  ],
});
