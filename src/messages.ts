// Wording shared by the rules' messages.
import type { ErrorCodeEnum, ErrorCodeMember } from './sdk/types.js';

/** `A`, `A and B`, `A, B and C`; members unknown to src/sdk/codes.ts say so. */
export function describeMembers(members: readonly ErrorCodeMember[]): string {
  const names = members.map(member =>
    member.known
      ? member.name
      : `${member.name} (unknown to eslint-plugin-ivs-stage, treated as fatal)`,
  );
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * How failures after a join show, from the installed SDK's members:
 * `a failed connection, a deleted stage or a removed participant` (1.41);
 * fewer on SDKs without those codes.
 */
export function failuresAfterJoin(codes: ErrorCodeEnum | undefined): string {
  const shown = (codes?.members ?? []).flatMap(member => (member.fatal && member.afterJoin ? [member.afterJoin] : []));
  return shown.length === 0 ? 'its fatal error codes' : joinWords(shown, 'or');
}

/** The fresh starts a rejected token allows: `new Stage(…)`, and `exchangeToken` where the SDK has it. */
export function freshStartAdvice(stageDeclares: (name: string) => boolean): string {
  return stageDeclares('exchangeToken')
    ? '`new Stage(newToken, …)` or `stage.exchangeToken(newToken)`'
    : '`new Stage(newToken, …)`';
}

function joinWords(words: readonly string[], last: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1) ?? ''}`;
}

/**
 * The StageLeftReason members after which a Stage must not rejoin, and those
 * after which it may, from the installed SDK: in 1.41 `USER_INITIATED,
 * TOKEN_REUSED, PARTICIPANT_DISCONNECTED, STAGE_DELETED, FAILED_EXCHANGE and
 * REAL_TIME_CONNECTION_TOKEN_REVOCATION`, and `UNKNOWN and
 * REAL_TIME_CONNECTION_FORCED_LEAVE`; fewer on older SDKs.
 */
export function leaveReasons(reasons: ErrorCodeEnum | undefined): { final: string; mayRejoin: string } {
  const final = reasons?.members.filter(member => member.fatal) ?? [];
  const mayRejoin = reasons?.members.filter(member => !member.fatal) ?? [];
  return {
    final: final.length > 0 ? describeMembers(final) : 'USER_INITIATED and the reasons that end the Stage or its token',
    mayRejoin: mayRejoin.length > 0 ? describeMembers(mayRejoin) : 'the reasons that may rejoin',
  };
}

/**
 * The failures a RealTimeConnection's `stateChanged` listener is told of, from
 * the installed RealTimeConnectionErrorCode: its retryable members
 * (`CONNECTION_FAILED` in 1.41: check the network, then `connect()` again). The
 * token codes and CONNECTION_NOT_RECOGNIZED are thrown by constructors instead.
 */
export function connectionFailures(codes: ErrorCodeEnum | undefined): string {
  const shown = (codes?.members ?? []).filter(member => !member.fatal);
  return shown.length === 0 ? 'a RealTimeConnectionError' : describeMembers(shown);
}
