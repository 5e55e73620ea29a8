// The domain tables: what each known member of the SDK's failure enums means
// for an app (StageErrorCode, and since SDK 1.41 RealTimeConnectionErrorCode and
// the StageLeftReason a STAGE_LEFT listener is handed). Which members exist, and
// their values, always come from the installed SDK (src/sdk/types.ts); these
// tables only classify them and say what to do.

/**
 * - `token`: the token is at fault; retry only with a new token.
 * - `terminal`: retrying cannot succeed.
 * - `retryable`: a later retry may succeed.
 * For a StageLeftReason, `token` and `terminal` are the final reasons (a rejoin
 * cannot or must not happen with this token), `retryable` those that may rejoin.
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

/** The same for a member of another domain's enum, pointing at that domain's settings key. */
export function unknownMember(settingsKey: string, memberNoun: 'code' | 'reason'): KnownCode {
  return settingsKey === 'codes'
    ? UNKNOWN_CODE
    : {
        class: 'terminal',
        // A code retrying cannot fix is fatal; a reason no rejoin may follow is final.
        action: `this member is unknown to eslint-plugin-ivs-stage and treated as ${memberNoun === 'reason' ? 'final' : 'fatal'}; classify it in settings["ivs-stage"].${settingsKey}`,
      };
}

/** Fatal = retrying as-is cannot fix it. */
export function isFatalClass(codeClass: CodeClass): boolean {
  return codeClass !== 'retryable';
}

/**
 * RealTimeConnectionErrorCode (SDK 1.41): the failures of a shared
 * RealTimeConnection, from its constructor, `connect()` and `stateChanged`.
 */
export const KNOWN_CONNECTION_CODES: Readonly<Record<string, KnownCode>> = {
  CONNECTION_TOKEN_INVALID: {
    class: 'token',
    action: 'create a valid connection token and construct a new RealTimeConnection with it',
  },
  CONNECTION_TOKEN_EXPIRED: {
    class: 'token',
    action: 'create a new connection token and construct a new RealTimeConnection with it',
  },
  CONNECTION_FAILED: {
    class: 'retryable',
    action: 'check network connectivity, then call connect() again',
  },
  CONNECTION_NOT_RECOGNIZED: {
    class: 'terminal',
    action: 'two copies of the SDK are loaded on the page; load only one (an app bug, not a network failure)',
  },
};

/** StageLeftReason: why a Stage left, as a STAGE_LEFT listener is told. */
export const KNOWN_LEFT_REASONS: Readonly<Record<string, KnownCode>> = {
  UNKNOWN: {
    class: 'retryable',
    action: 'the server disconnected the stage; rejoining may succeed',
  },
  USER_INITIATED: {
    class: 'terminal',
    action: 'the app called leave(); rejoining undoes the user\'s own leave',
  },
  TOKEN_REUSED: {
    class: 'token',
    action: 'another Stage instance took this token; rejoining with it fights that instance',
  },
  PARTICIPANT_DISCONNECTED: {
    class: 'terminal',
    action: 'the participant was removed; this token can no longer be used',
  },
  STAGE_DELETED: {
    class: 'terminal',
    action: 'the stage was deleted; this token can no longer be used',
  },
  FAILED_EXCHANGE: {
    class: 'token',
    action: 'the token exchange failed validation (an authorization failure); rejoin only with a new token',
  },
  REAL_TIME_CONNECTION_FORCED_LEAVE: {
    class: 'retryable',
    action: 'the server removed this stage from its shared RealTimeConnection; rejoining may succeed',
  },
  REAL_TIME_CONNECTION_TOKEN_REVOCATION: {
    class: 'token',
    action: 'the shared connection\'s token was revoked; rejoin only over a new RealTimeConnection with a new connection token',
  },
};

/**
 * One enum of the SDK's failure surface: its table, the settings key that
 * reclassifies its members, and how messages call a member (`code`, `reason`).
 */
export interface FailureDomain {
  readonly enumName: string;
  readonly table: Readonly<Record<string, KnownCode>>;
  readonly settingsKey: 'codes' | 'connectionCodes' | 'leftReasons';
  readonly memberNoun: 'code' | 'reason';
}

export const STAGE_ERROR_DOMAIN: FailureDomain = {
  enumName: 'StageErrorCode',
  table: KNOWN_CODES,
  settingsKey: 'codes',
  memberNoun: 'code',
};

export const CONNECTION_ERROR_DOMAIN: FailureDomain = {
  enumName: 'RealTimeConnectionErrorCode',
  table: KNOWN_CONNECTION_CODES,
  settingsKey: 'connectionCodes',
  memberNoun: 'code',
};

export const LEFT_REASON_DOMAIN: FailureDomain = {
  enumName: 'StageLeftReason',
  table: KNOWN_LEFT_REASONS,
  settingsKey: 'leftReasons',
  memberNoun: 'reason',
};

export const FAILURE_DOMAINS: readonly FailureDomain[] = [STAGE_ERROR_DOMAIN, CONNECTION_ERROR_DOMAIN, LEFT_REASON_DOMAIN];
