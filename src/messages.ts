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
