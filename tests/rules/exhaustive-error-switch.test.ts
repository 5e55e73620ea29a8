import rule from '../../rules/exhaustive-error-switch.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('exhaustive-error-switch', rule, {
  valid: [
    `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    break;
  default:
    retry();
}
declare function retry(): void;
`,
  ],
  invalid: [
    {
      code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
    break;
  default:
    retry();
}
declare function retry(): void;
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          suggestions: [{ messageId: 'addMissingCases', output: 'x' }],
        },
      ],
    },
  ],
});
