// The probe of the reach tests: a test-only rule that reports what the analysis
// answers at marked places of code importing the real SDK, so that each module
// is checked through the one entry point the rules use.
//   mark()          reachOf the call
//   markWithin()    reachWithin the call, up to the enclosing function
//   probe(x)        involvesErrorCode(x): `involves` or `uninvolved`
//   function end…() reachAtEndOf its body (`end unreachable` when undefined)
import { ASTUtils, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../../../src/create-rule.js';
import { getReachAnalysis, type Reach } from '../../../src/analysis/reach/index.js';
import { createRuleTester } from '../../rule-tester.js';

export const reachRule = createRule<[], 'reach'>({
  name: 'test-reach',
  meta: {
    type: 'problem',
    docs: { description: 'Reports what reaches marked places', requiresTypeChecking: true },
    messages: { reach: '{{reach}}' },
    schema: [],
  },
  create(context) {
    const analysis = getReachAnalysis(context);
    const report = (node: TSESTree.Node, reach: string): void => {
      context.report({ node, messageId: 'reach', data: { reach } });
    };
    return {
      'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
        report(node, describe(analysis.reachOf(node)));
      },
      'CallExpression[callee.name="markWithin"]'(node: TSESTree.CallExpression) {
        report(node, describe(analysis.reachWithin(node, enclosingFunction(node))));
      },
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (argument) {
          report(node, analysis.involvesErrorCode(argument) ? 'involves' : 'uninvolved');
        }
      },
      'FunctionDeclaration[id.name=/^end/]'(node: TSESTree.FunctionDeclaration) {
        const reach = analysis.reachAtEndOf(node.body);
        report(node, reach ? describe(reach) : 'end unreachable');
      },
    };
  },
});

/** The function around `node`, or the program when there is none. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && !ASTUtils.isFunction(current)) {
    current = current.parent;
  }
  return current;
}

export function describe(reach: Reach): string {
  return reach.kind === 'members' ? `[${reach.members.map(member => member.name).join(',')}]` : reach.kind;
}

export const HEADER = `import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare function mark(): void;
declare function markWithin(): void;
declare function probe(value: unknown): void;
declare function shouldRetry(error: StageError): boolean;
declare function isFatal(code: StageErrorCode): boolean;
declare const error: StageError;
declare let attempts: number;
`;

/** The members of the installed SDK (1.41), in declaration order. */
const ALL_MEMBERS = [
  'TOKEN_MALFORMED', 'TOKEN_EXPIRED', 'TIMEOUT', 'FAILED', 'CANCELED', 'STAGE_AT_CAPACITY',
  'CODEC_MISMATCH', 'TOKEN_NOT_ALLOWED', 'STAGE_DELETED', 'PARTICIPANT_DISCONNECTED',
  'TOKEN_EXCHANGE_REQUEST_INVALID', 'TOKEN_EXCHANGE_FAILED',
];

/** Every member of the installed SDK but `names`, as `describe` writes it. */
export const ALL_BUT = (...names: string[]): string =>
  `[${ALL_MEMBERS.filter(name => !names.includes(name)).join(',')}]`;

/** One case: `body` after the header, expecting one report per entry of `expected`, in source order. */
export function reaches(body: string, ...expected: string[]) {
  return {
    code: HEADER + body,
    errors: expected.map(reach => ({ messageId: 'reach' as const, data: { reach } })),
  };
}

export const ruleTester = createRuleTester();
