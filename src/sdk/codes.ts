// The domain table: what each known StageErrorCode member means for an app.
// Which members exist, and their values, always come from the installed SDK
// (src/sdk/types.ts); this table only classifies them and says what to do.

/**
 * - `token`: the token is at fault; retry only with a new token.
 * - `terminal`: retrying cannot succeed.
 * - `retryable`: a later retry may succeed.
 */
export type CodeClass = 'retryable' | 'terminal' | 'token';

export const CODE_CLASSES: readonly CodeClass[] = [
  'token',
  'terminal',
  'retryable',
];

export interface KnownCode {
  readonly class: CodeClass;
  /** What the app must do, paraphrasing the SDK documentation. */
  readonly action: string;
  /**
   * How the failure shows after a successful join, for the codes that can end
   * a session already joined (named in messages only when the installed SDK has them).
   */
  readonly afterJoin?: string;
}

export const KNOWN_CODES: Readonly<Record<string, KnownCode>> = {
  TOKEN_MALFORMED: {
    class: 'token',
    action:
      'create a valid token; retry only with a new Stage or exchangeToken()',
  },
  TOKEN_EXPIRED: {
    class: 'token',
    action: 'create an unexpired token; retry only with the new token',
  },
  TIMEOUT: {
    class: 'retryable',
    action:
      'wait for connectivity, then refreshStrategy() or leave and rejoin',
  },
  FAILED: {
    class: 'terminal',
    action:
      'the SDK already retried internally; surface the failure to the user',
    afterJoin: 'a failed connection',
  },
  CANCELED: {
    class: 'terminal',
    action:
      'fix the app: repeated join/leave/refreshStrategy/replaceStrategy calls cancel each other',
  },
  STAGE_AT_CAPACITY: {
    class: 'retryable',
    action: 'try again later, with backoff, when the stage has room',
  },
  CODEC_MISMATCH: {
    class: 'terminal',
    action:
      'the browser lacks a supported codec (H.264/Opus); retrying cannot help',
  },
  TOKEN_NOT_ALLOWED: {
    class: 'token',
    action: 'recreate the token with the capabilities the operation needs',
  },
  STAGE_DELETED: {
    class: 'terminal',
    action: 'the stage is gone; joining it again throws',
    afterJoin: 'a deleted stage',
  },
  PARTICIPANT_DISCONNECTED: {
    class: 'terminal',
    action: 'the participant was removed; joining again throws',
    afterJoin: 'a removed participant',
  },
  TOKEN_EXCHANGE_REQUEST_INVALID: {
    class: 'token',
    action: 'create a valid token with matching immutable properties',
  },
  TOKEN_EXCHANGE_FAILED: {
    class: 'retryable',
    action: 'retry the token exchange with backoff',
  },
};

/** Members the table does not know (a newer SDK) are treated as fatal. */
export const UNKNOWN_CODE: KnownCode = {
  class: 'terminal',
  action:
    'this member is unknown to eslint-plugin-ivs-stage and treated as fatal; classify it in settings["ivs-stage"].codes',
};

/** Fatal = retrying as-is cannot fix it. */
export function isFatalClass(codeClass: CodeClass): boolean {
  return codeClass !== 'retryable';
}
