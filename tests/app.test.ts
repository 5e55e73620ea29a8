// A typed fixture app in the shape most IVS real-time apps have (a React hook
// holding the Stage in a ref, a strategy with mutators, a factory, an error
// describer, look-alikes), in TypeScript and in JavaScript, linted through
// ESLint with `configs.recommended` and `configs['recommended-js']`: exactly the true positives, nothing else.
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { projectFindings as findings } from './lint-project.js';
import { FIXTURES_DIR } from './rule-tester.js';

describe('the fixture app', () => {
  it('TypeScript: a factory nobody listens to, a reconnect loop, a switch, a number', async () => {
    expect(await findings(path.join(FIXTURES_DIR, 'app'))).toEqual([
      'errors.ts:13 ivs-stage/exhaustive-error-switch',
      'errors.ts:24 ivs-stage/no-numeric-error-code',
      // SDK 1.41's other failure enums are checked too (issue 16): the switch over
      // StageLeftReason forgets final reasons, the one over RealTimeConnectionErrorCode
      // forgets CONNECTION_TOKEN_EXPIRED and CONNECTION_NOT_RECOGNIZED.
      'errors.ts:32 ivs-stage/exhaustive-error-switch',
      'errors.ts:46 ivs-stage/exhaustive-error-switch',
      'use-stage.tsx:18 ivs-stage/require-error-listener',
      'use-stage.tsx:44 ivs-stage/no-retry-on-fatal-error',
    ]);
  });

  it('JavaScript (jsconfig.json, JSDoc types, JSX): the same findings', async () => {
    expect(await findings(path.join(FIXTURES_DIR, 'app-js'))).toEqual([
      'errors.js:12 ivs-stage/exhaustive-error-switch',
      'errors.js:24 ivs-stage/no-numeric-error-code',
      'errors.js:34 ivs-stage/exhaustive-error-switch',
      'errors.js:52 ivs-stage/exhaustive-error-switch',
      'use-stage.jsx:14 ivs-stage/require-error-listener',
      'use-stage.jsx:43 ivs-stage/no-retry-on-fatal-error',
    ]);
  });
});
