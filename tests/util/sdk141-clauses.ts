// The clauses exhaustive-error-switch's suggestion inserts for the enums SDK 1.41
// added to (RealTimeConnectionErrorCode, StageLeftReason), with each member's
// JSDoc as the SDK words it (the same in every version that has the member):
// shared by the rule's SDK 1.41 tests and the SDK matrix.

/** The installed SDK's JSDoc of each member, as the suggestion writes it. */
const DOCS: Readonly<Record<string, readonly string[]>> = {
  CONNECTION_TOKEN_INVALID: [
    'The connection token is malformed. Thrown by the RealTimeConnection',
    'constructor. Create a valid connection token and construct a new',
    'connection.',
  ],
  CONNECTION_TOKEN_EXPIRED: [
    'The connection token has expired. Thrown by the RealTimeConnection',
    'constructor and by connect(). Create a new connection token and',
    'construct a new connection.',
  ],
  CONNECTION_FAILED: [
    'The connection could not be established or was lost after retries were',
    'exhausted. Thrown by connect() and reported with the DISCONNECTED state',
    'change. Check network connectivity and call connect() again.',
  ],
  CONNECTION_NOT_RECOGNIZED: [
    'The RealTimeConnection instance passed to a Stage was not created by this',
    'SDK instance. Thrown by the Stage constructor. Multiple SDKs may be',
    'loaded on the page. Ensure only one copy of the SDK is loaded to prevent',
    'conflicting RealTimeConnection classes.',
  ],
  UNKNOWN: ['Unknown reason, usually due to the server explicitly disconnecting the', 'connection.'],
  USER_INITIATED: ['Explicit invocation of leave() by the client.'],
  TOKEN_REUSED: [
    'Token was reused by another stage instance and this instance was',
    'disconnected. A token cannot be used to maintain more than one connection',
    'to a stage at once.',
  ],
  PARTICIPANT_DISCONNECTED: [
    'This token was disconnected by the DisconnectParticipant API. This token',
    'can no longer be used.',
  ],
  STAGE_DELETED: ['The stage the token was tied to was deleted. This token can no longer be', 'used.'],
  FAILED_EXCHANGE: [
    'Token exchange failed due to validation error. This is treated as an',
    'authorization failure and the stage connection is terminated.',
  ],
  REAL_TIME_CONNECTION_TOKEN_REVOCATION: ['The connection token of the shared RealTimeConnection was revoked.'],
};

/**
 * The clauses the suggestion inserts for `names` of `enumName`, written through
 * `ref`, the first line at the insertion point and the rest at `indent`.
 */
export function clauses(enumName: string, names: readonly string[], indent: string, ref = enumName): string {
  return names
    .map(name =>
      [
        `case ${ref}.${name}:`,
        ...(DOCS[name] ?? []).map(line => `${indent}  // ${line}`),
        `${indent}  throw new Error('Unhandled ${enumName}.${name}');`,
      ].join('\n'),
    )
    .join(`\n${indent}`);
}

