// Wording shared by the rules' messages.
import type { ErrorCodeMember } from './sdk/types.js';

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
