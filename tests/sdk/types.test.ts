// src/sdk/types.ts recognises the SDK's enum, its members and Stage by type, not by
// name: each `probe*` variable's type is reported as what the predicates see.
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { getIvsTypes } from '../../src/sdk/types.js';
import { createRuleTester } from '../rule-tester.js';

const probeRule = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: { seen: '{{what}}' },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const types = getIvsTypes(context);
    return {
      Identifier(node) {
        if (!node.name.startsWith('probe') || node.parent.type === AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const type = types.services.getTypeAtLocation(node);
        const set = types.errorCodeSetOf(type);
        const member = types.errorCodeMemberOf(type);
        const enumObject = types.errorCodeEnumOfObject(type);
        const what = [
          set && `codes ${set.enum.name}: ${set.members.map(m => `${m.name}=${String(m.value)}/${m.codeClass}`).join(' ')}`,
          member && `member ${member.member.name}`,
          enumObject && `enum object with ${String(enumObject.members.length)} members`,
          types.isStageType(type) && 'stage',
          types.isErrorEventType(type) && 'error event',
        ].filter(Boolean);
        context.report({ node, messageId: 'seen', data: { what: what.join('; ') || 'nothing' } });
      },
    };
  },
});

const ruleTester = createRuleTester();
const IMPORT = `import { Stage, StageErrorCode, StageEvents } from 'amazon-ivs-web-broadcast';`;
const ALL_CODES =
  'codes StageErrorCode: TOKEN_MALFORMED=1/token TOKEN_EXPIRED=2/token TIMEOUT=3/retryable FAILED=4/terminal CANCELED=5/terminal STAGE_AT_CAPACITY=6/retryable CODEC_MISMATCH=7/terminal TOKEN_NOT_ALLOWED=8/token STAGE_DELETED=9/terminal PARTICIPANT_DISCONNECTED=10/terminal TOKEN_EXCHANGE_REQUEST_INVALID=11/token TOKEN_EXCHANGE_FAILED=12/retryable';

function seen(code: string, what: string) {
  return { code, errors: [{ messageId: 'seen' as const, data: { what } }] };
}

ruleTester.run('types', probeRule, {
  valid: [],
  invalid: [
    // The enum, a member, unions of members, with null and undefined.
    seen(`${IMPORT}\ndeclare const probe: StageErrorCode;`, ALL_CODES),
    seen(`${IMPORT}\nconst probe = StageErrorCode.STAGE_DELETED;`, 'codes StageErrorCode: STAGE_DELETED=9/terminal; member STAGE_DELETED'),
    seen(
      `${IMPORT}\ndeclare const probe: StageErrorCode.TIMEOUT | StageErrorCode.FAILED | null | undefined;`,
      'codes StageErrorCode: TIMEOUT=3/retryable FAILED=4/terminal',
    ),
    seen(`${IMPORT}\ndeclare const probe: StageErrorCode | undefined;`, ALL_CODES),
    // Aliased and namespace imports, a destructured member, the enum object.
    seen(`import { StageErrorCode as Code } from 'amazon-ivs-web-broadcast';\ndeclare const probe: Code;`, ALL_CODES),
    seen(`import * as ivs from 'amazon-ivs-web-broadcast';\ndeclare const probe: ivs.StageErrorCode;`, ALL_CODES),
    seen(`${IMPORT}\nconst { TOKEN_EXPIRED: probe } = StageErrorCode;`, 'codes StageErrorCode: TOKEN_EXPIRED=2/token; member TOKEN_EXPIRED'),
    seen(`${IMPORT}\nconst probe = StageErrorCode;`, 'enum object with 12 members'),
    // Not ours: numbers, a user enum of the same name, a mix with number.
    seen(`declare const probe: number;`, 'nothing'),
    seen(`enum StageErrorCode { FAILED = 4 }\ndeclare const probe: StageErrorCode;`, 'nothing'),
    seen(`${IMPORT}\ndeclare const probe: StageErrorCode | number;`, 'nothing'),
    seen(`${IMPORT}\nenum Local { A = 1 }\ndeclare const probe: StageErrorCode | Local;`, 'nothing'),
    // Stage: the class, a subclass, `| null`; the ERROR event however written.
    seen(`${IMPORT}\ndeclare const probe: Stage | null;`, 'stage'),
    seen(`${IMPORT}\nclass MyStage extends Stage {}\ndeclare const probe: MyStage;`, 'stage'),
    seen(`class Stage { join() {} }\ndeclare const probe: Stage;`, 'nothing'),
    seen(`${IMPORT}\nconst probe = StageEvents.ERROR;`, 'error event'),
    seen(`${IMPORT}\nconst { ERROR: probe } = StageEvents;`, 'error event'),
    seen(`${IMPORT}\nconst probe = 'error' as const;`, 'error event'),
    seen(`${IMPORT}\nconst probe = 'ivs_broadcast_error' as const;`, 'nothing'),
    seen(`${IMPORT}\nconst probe = StageEvents.STAGE_LEFT;`, 'nothing'),
    // Settings reclassify members.
    {
      ...seen(`${IMPORT}\ndeclare const probe: StageErrorCode.FAILED;`, 'codes StageErrorCode: FAILED=4/retryable; member FAILED'),
      settings: { 'ivs-stage': { codes: { FAILED: 'retryable' } } },
    },
    // Settings point the rules at a mirror enum and a wrapper class of the app's own.
    {
      ...seen(
        `enum AppCode { DENIED = 100, BUSY = 101 }\ndeclare const probe: AppCode;`,
        'codes AppCode: DENIED=100/terminal BUSY=101/terminal',
      ),
      settings: { 'ivs-stage': { errorCodeTypes: [{ from: 'file', name: 'AppCode' }] } },
    },
    {
      ...seen(`class Room { join() {} }\ndeclare const probe: Room;`, 'stage'),
      settings: { 'ivs-stage': { stageTypes: [{ from: 'file', name: 'Room' }] } },
    },
  ],
});
