// The whole-file gate (src/sdk/file-gate.ts) skips files that no SDK type can reach,
// and never a file that sees one through another module or a global.
import path from 'node:path';

import rule from '../../src/rules/exhaustive-error-switch.js';
import { createRule } from '../../src/create-rule.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';

// Reports every file its listeners run on: silence means the gate closed.
const probe = createRule({
  name: 'probe',
  meta: {
    type: 'problem',
    docs: { description: 'Reports each file the rules look at', requiresTypeChecking: true },
    messages: { looked: 'looked' },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        context.report({ node, messageId: 'looked' });
      },
    };
  },
});

const gateDir = path.join(FIXTURES_DIR, 'gate');

createRuleTester(gateDir).run('file gate', probe, {
  valid: [
    // Imports nothing that leads to the SDK: skipped.
    `import { clamp } from './unrelated.js';\nexport const x = clamp(6, 1, 9);`,
    `export const attempts = 3;`,
  ],
  invalid: [
    // Imports the SDK, or a module that imports it.
    {
      code: `import type { StageError } from 'amazon-ivs-web-broadcast';\nexport type E = StageError;`,
      errors: [{ messageId: 'looked' }],
    },
    {
      code: `import { lastError } from './last-error.js';\nexport const e = lastError();`,
      errors: [{ messageId: 'looked' }],
    },
    // A specifier that is not a package's turns the gate off.
    {
      code: `export const attempts = 3;`,
      settings: { 'ivs-stage': { errorCodeTypes: [{ from: 'file', name: 'AppCode' }] } },
      errors: [{ messageId: 'looked' }],
    },
  ],
});

createRuleTester(gateDir).run('exhaustive-error-switch through another module', rule, {
  valid: [],
  invalid: [
    {
      code: `
import { lastError } from './last-error.js';
export function describe(): string {
  switch (lastError()?.code) {
    case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
      return 'stop';
    default:
      return 'retry';
  }
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'TOKEN_EXPIRED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `
import { lastError } from './last-error.js';
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
export function describe(): string {
  switch (lastError()?.code) {
    case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
      return 'stop';
    case StageErrorCode.TOKEN_EXPIRED:
      // Token is expired. Create a non-expired token and retry joining.
      throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
    default:
      return 'retry';
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});

createRuleTester(path.join(FIXTURES_DIR, 'gate-global')).run('exhaustive-error-switch through a global', rule, {
  valid: [],
  invalid: [
    {
      code: `
export function describe(): string {
  switch (globalThis.lastStageError?.code) {
    case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
      return 'stop';
    default:
      return 'retry';
  }
}
`,
      errors: [
        {
          messageId: 'missingFatalCases',
          data: { enumName: 'StageErrorCode', members: 'TOKEN_EXPIRED' },
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `import { StageErrorCode } from 'amazon-ivs-web-broadcast';

export function describe(): string {
  switch (globalThis.lastStageError?.code) {
    case 1: case 4: case 5: case 7: case 8: case 9: case 10: case 11:
      return 'stop';
    case StageErrorCode.TOKEN_EXPIRED:
      // Token is expired. Create a non-expired token and retry joining.
      throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
    default:
      return 'retry';
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});
