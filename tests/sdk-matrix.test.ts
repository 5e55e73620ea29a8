// Every rule against the real declarations of several SDK versions: the enum
// has 8 members in 1.13 (the oldest version public apps pin) and 1.24, 10 in 1.32
// and 12 from 1.38 on, and the rules must read the members (and their JSDoc) from
// whichever SDK is installed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import exhaustiveErrorSwitch from '../src/rules/exhaustive-error-switch.js';
import noNumericErrorCode from '../src/rules/no-numeric-error-code.js';
import noRetryOnFatalError from '../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../src/rules/require-error-listener.js';
import { KNOWN_CODES, UNKNOWN_CODE } from '../src/sdk/codes.js';
import { LISTENER_REGISTRAR } from '../src/sdk/stage-events.js';
import { createRuleTester, FIXTURES_DIR } from './rule-tester.js';
import { parseConfigFile } from './type-check.js';

/**
 * The installed SDKs. Each fixture folder's tsconfig maps `amazon-ivs-web-broadcast`
 * with `paths` to an aliased devDependency's declaration file; typescript-eslint
 * still sees it as the package `amazon-ivs-web-broadcast` (the name in that
 * package's own package.json), so the default specifiers match as for users.
 */
const SDKS = {
  '1.13': path.join(FIXTURES_DIR, 'sdk-1.13'), // devDependency ivs-sdk-1-13
  '1.24': path.join(FIXTURES_DIR, 'sdk-1.24'), // devDependency ivs-sdk-1-24
  '1.32': path.join(FIXTURES_DIR, 'sdk-1.32'), // devDependency ivs-sdk-1-32
  current: FIXTURES_DIR, // devDependency amazon-ivs-web-broadcast
} as const;

type Sdk = keyof typeof SDKS;

const ORIGINAL_EIGHT = {
  TOKEN_MALFORMED: 1,
  TOKEN_EXPIRED: 2,
  TIMEOUT: 3,
  FAILED: 4,
  CANCELED: 5,
  STAGE_AT_CAPACITY: 6,
  CODEC_MISMATCH: 7,
  TOKEN_NOT_ALLOWED: 8,
};
const WITH_STAGE_GONE = { ...ORIGINAL_EIGHT, STAGE_DELETED: 9, PARTICIPANT_DISCONNECTED: 10 };

/**
 * What the rules rely on in each SDK. Of 1.13 other work depends on two facts:
 * its Stage has no `exchangeToken` (only the current SDK has one), and its
 * emitter, `TypedEmitter`, declares `on`, `off`, `emit` and `removeAllListeners`
 * only (`hasListenersFor` comes with 1.32; no version has `once` or `addListener`).
 */
const EXPECTED: Record<
  Sdk,
  { version: string; errorCodes: Record<string, number>; exchangeToken: boolean; emitterMembers: string[] }
> = {
  '1.13': {
    version: '1.13.0',
    errorCodes: ORIGINAL_EIGHT,
    exchangeToken: false,
    emitterMembers: ['emit', 'off', 'on', 'removeAllListeners'],
  },
  '1.24': {
    version: '1.24.0',
    errorCodes: ORIGINAL_EIGHT,
    exchangeToken: false,
    emitterMembers: ['emit', 'off', 'on', 'removeAllListeners'],
  },
  '1.32': {
    version: '1.32.0',
    errorCodes: WITH_STAGE_GONE,
    exchangeToken: false,
    emitterMembers: ['emit', 'hasListenersFor', 'off', 'on', 'removeAllListeners'],
  },
  current: {
    version: '1.41.0',
    errorCodes: { ...WITH_STAGE_GONE, TOKEN_EXCHANGE_REQUEST_INVALID: 11, TOKEN_EXCHANGE_FAILED: 12 },
    exchangeToken: true,
    emitterMembers: ['emit', 'hasListenersFor', 'off', 'on', 'removeAllListeners'],
  },
};

/** The SDKs whose StageErrorCode has the original 8 members (1 to 8) and nothing more. */
function hasOriginalEight(sdk: Sdk): boolean {
  return EXPECTED[sdk].errorCodes === ORIGINAL_EIGHT;
}

/** Every fatal member of each SDK's StageErrorCode, in declaration order. */
const FATAL_MEMBERS: Record<Sdk, string> = {
  '1.13': 'TOKEN_MALFORMED, TOKEN_EXPIRED, FAILED, CANCELED, CODEC_MISMATCH and TOKEN_NOT_ALLOWED',
  '1.24': 'TOKEN_MALFORMED, TOKEN_EXPIRED, FAILED, CANCELED, CODEC_MISMATCH and TOKEN_NOT_ALLOWED',
  '1.32':
    'TOKEN_MALFORMED, TOKEN_EXPIRED, FAILED, CANCELED, CODEC_MISMATCH, TOKEN_NOT_ALLOWED, STAGE_DELETED and PARTICIPANT_DISCONNECTED',
  // Never TOKEN_EXCHANGE_FAILED, which is retryable.
  current:
    'TOKEN_MALFORMED, TOKEN_EXPIRED, FAILED, CANCELED, CODEC_MISMATCH, TOKEN_NOT_ALLOWED, STAGE_DELETED, PARTICIPANT_DISCONNECTED and TOKEN_EXCHANGE_REQUEST_INVALID',
};

/** The fatal failures of a joined session each SDK can report, as messages name them. */
const FAILURES_AFTER_JOIN: Record<Sdk, string> = {
  '1.13': 'a failed connection',
  '1.24': 'a failed connection',
  '1.32': 'a failed connection, a deleted stage or a removed participant',
  current: 'a failed connection, a deleted stage or a removed participant',
};

/** A rule and its cases as a function of the installed SDK. */
function matrixEntry<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: (sdk: Sdk) => RunTests<MessageIds, Options>,
): (sdk: Sdk) => void {
  return sdk => {
    createRuleTester(SDKS[sdk]).run(`${name} on SDK ${sdk}`, rule, cases(sdk));
  };
}

// A switch written against SDK 1.24: every fatal code of 1.13 and 1.24 has its case.
const switchFor124 = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
    throw error;
  default:
    retry();
}
`;

// The suggestion's cases carry the installed SDK's own JSDoc for each member.
const STAGE_DELETED_CASE = `  case StageErrorCode.STAGE_DELETED:
    // If a stage is deleted while a participant is actively in a session, they will be
    // gracefully disconnected. If a participant tries to join a deleted stage, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.STAGE_DELETED');
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    // If a participant is disconnected while actively in a session, they will be
    // gracefully disconnected. If a participant tries to join again, an error
    // will be thrown during the join establishment.
    throw new Error('Unhandled StageErrorCode.PARTICIPANT_DISCONNECTED');
`;
// The fatal members every SDK has (1.13 has the same JSDoc as 1.41).
const ORIGINAL_FATAL_CASES = `  case StageErrorCode.TOKEN_MALFORMED:
    // Token is malformed. Ensure the token is not being unexpectantly modified
    // (i.e. spaces inserted, characters changed, etc.) before being passed to
    // the stage. Create a valid token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_MALFORMED');
  case StageErrorCode.TOKEN_EXPIRED:
    // Token is expired. Create a non-expired token and retry joining.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXPIRED');
  case StageErrorCode.FAILED:
    // Operation failed. Fatal condition encountered attempting operation. Check
    // error details.
    throw new Error('Unhandled StageErrorCode.FAILED');
  case StageErrorCode.CANCELED:
    // Operation canceled. Check application code and ensure no repeated
    // joins/leaves/refreshStrategy/replaceStrategy invocations which may cause
    // repeated operations to be started and canceled before completion.
    throw new Error('Unhandled StageErrorCode.CANCELED');
  case StageErrorCode.CODEC_MISMATCH:
    // Codec is not supported by the stage. Check browser/platform for codec
    // support.
    throw new Error('Unhandled StageErrorCode.CODEC_MISMATCH');
  case StageErrorCode.TOKEN_NOT_ALLOWED:
    // Token does not have permission for the operation. Recreate the token with
    // the correct permission(s) and try again.
    throw new Error('Unhandled StageErrorCode.TOKEN_NOT_ALLOWED');
`;
const TOKEN_EXCHANGE_CASE = `  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    // Token exchange failed due to invalid or incompatible token.
    // The token may be malformed, have incompatible immutable properties
    // (stageARN, participantID, eventsURL, whipURL, topic), or be otherwise
    // invalid. Check error details for specific validation failures.
    // Create a valid token with matching immutable properties and retry.
    throw new Error('Unhandled StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID');
`;

// A switch that names only the retryable codes: every fatal member is missing.
const retryableOnlySwitch = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TIMEOUT:
  case StageErrorCode.STAGE_AT_CAPACITY:
    retry();
}
`;

// The cases go first: the last clause has no `break`, and would fall into cases after it.
function retryableOnlySwitchFixed(sdk: Sdk): string {
  const added =
    ORIGINAL_FATAL_CASES +
    (hasOriginalEight(sdk) ? '' : STAGE_DELETED_CASE) +
    (sdk === 'current' ? TOKEN_EXCHANGE_CASE : '');
  return retryableOnlySwitch.replace('switch (error.code) {\n', `switch (error.code) {\n${added}`);
}

function switchFor124Fixed(sdk: Sdk): string {
  const added = STAGE_DELETED_CASE + (sdk === 'current' ? TOKEN_EXCHANGE_CASE : '');
  return switchFor124.replace('  default:\n', `${added}  default:\n`);
}

// One entry per rule: `matrixEntry(name, rule, sdk => ({ valid, invalid }))`.
const matrix = [
  matrixEntry('exhaustive-error-switch', exhaustiveErrorSwitch, sdk => {
    // The message lists exactly the installed SDK's fatal members.
    const allFatalMissing = {
      code: retryableOnlySwitch,
      errors: [
        {
          messageId: 'missingFatalCases' as const,
          data: { enumName: 'StageErrorCode', members: FATAL_MEMBERS[sdk] },
          suggestions: [{ messageId: 'addMissingCases' as const, output: retryableOnlySwitchFixed(sdk) }],
        },
      ],
    };
    if (hasOriginalEight(sdk)) {
      return { valid: [switchFor124], invalid: [allFatalMissing] };
    }
    return {
      valid: [],
      invalid: [
        allFatalMissing,
        {
          code: switchFor124,
          errors: [
            {
              messageId: 'missingFatalCases',
              data: {
                enumName: 'StageErrorCode',
                // Never TOKEN_EXCHANGE_FAILED, which is retryable.
                members:
                  sdk === '1.32'
                    ? 'STAGE_DELETED and PARTICIPANT_DISCONNECTED'
                    : 'STAGE_DELETED, PARTICIPANT_DISCONNECTED and TOKEN_EXCHANGE_REQUEST_INVALID',
              },
              suggestions: [{ messageId: 'addMissingCases', output: switchFor124Fixed(sdk) }],
            },
          ],
        },
      ],
    };
  }),
  matrixEntry('no-numeric-error-code', noNumericErrorCode, sdk => {
    const comparison = (value: number) => `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const matches = error.code === ${String(value)};
`;
    const fixed = (member: string) => comparison(0).replace('=== 0', `=== StageErrorCode.${member}`);
    const notAMember = (value: number) => ({
      code: comparison(value),
      errors: [{ messageId: 'notAMember' as const, data: { value: String(value), enumName: 'StageErrorCode' } }],
    });
    // 8 exists in every SDK, 9 from 1.32 on, 12 only in the current SDK: never
    // fixed into a member the SDK lacks.
    return {
      valid: [],
      invalid: [
        { code: comparison(8), output: fixed('TOKEN_NOT_ALLOWED'), errors: [{ messageId: 'numericCode' as const }] },
        hasOriginalEight(sdk)
          ? notAMember(9)
          : { code: comparison(9), output: fixed('STAGE_DELETED'), errors: [{ messageId: 'numericCode' as const }] },
        sdk === 'current'
          ? { code: comparison(12), output: fixed('TOKEN_EXCHANGE_FAILED'), errors: [{ messageId: 'numericCode' as const }] }
          : notAMember(12),
      ],
    };
  }),
  matrixEntry('no-retry-on-fatal-error', noRetryOnFatalError, sdk => {
    // `default` reaches whatever the installed enum has beyond the named cases.
    const defaultRejoins = `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  switch (error.code) {
    case StageErrorCode.TIMEOUT:
    case StageErrorCode.STAGE_AT_CAPACITY:
      break;
    default:
      void stage.join();
  }
});
`;
    // Excludes exactly the fatal codes of SDK 1.24 before rejoining.
    const guardFor124 = `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
const FATAL_IN_124 = [
  StageErrorCode.TOKEN_MALFORMED,
  StageErrorCode.TOKEN_EXPIRED,
  StageErrorCode.TOKEN_NOT_ALLOWED,
  StageErrorCode.FAILED,
  StageErrorCode.CANCELED,
  StageErrorCode.CODEC_MISMATCH,
];
stage.on(StageEvents.ERROR, error => {
  if (FATAL_IN_124.includes(error.code)) {
    return;
  }
  void stage.join();
});
`;
    // A terminal code of every SDK, retried by `refreshStrategy()`: a property
    // holding a function in every version (`refreshStrategy: () => void`), not a method.
    const refreshOnCodecMismatch = `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.CODEC_MISMATCH) {
    stage.refreshStrategy();
  }
});
`;
    const terminal = {
      '1.13': 'FAILED, CANCELED and CODEC_MISMATCH',
      '1.24': 'FAILED, CANCELED and CODEC_MISMATCH',
      '1.32': 'FAILED, CANCELED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED',
      current: 'FAILED, CANCELED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED',
    }[sdk];
    const token = {
      '1.13': 'TOKEN_MALFORMED, TOKEN_EXPIRED and TOKEN_NOT_ALLOWED',
      '1.24': 'TOKEN_MALFORMED, TOKEN_EXPIRED and TOKEN_NOT_ALLOWED',
      '1.32': 'TOKEN_MALFORMED, TOKEN_EXPIRED and TOKEN_NOT_ALLOWED',
      // Never TOKEN_EXCHANGE_FAILED, which is retryable.
      current: 'TOKEN_MALFORMED, TOKEN_EXPIRED, TOKEN_NOT_ALLOWED and TOKEN_EXCHANGE_REQUEST_INVALID',
    }[sdk];
    // The message's advice is each member's action from src/sdk/codes.ts.
    const retryOnFatal = (members: string, action = '`join()`') => ({
      messageId: 'retryOnFatal' as const,
      data: {
        action,
        members,
        advice: members
          .split(/, | and /)
          .map(name => `${name}: ${KNOWN_CODES[name]?.action ?? ''}`)
          .join('; '),
      },
    });
    // The fresh starts the message advises are the ones the installed SDK has.
    const retryWithSameToken = (members: string) => ({
      messageId: 'retryWithSameToken' as const,
      data: {
        action: '`join()`',
        members,
        freshStart: EXPECTED[sdk].exchangeToken
          ? '`new Stage(newToken, …)` or `stage.exchangeToken(newToken)`'
          : '`new Stage(newToken, …)`',
      },
    });
    return {
      valid: hasOriginalEight(sdk) ? [guardFor124] : [],
      invalid: [
        {
          code: defaultRejoins,
          errors: [retryOnFatal(terminal), retryWithSameToken(token)],
        },
        {
          code: refreshOnCodecMismatch,
          errors: [retryOnFatal('CODEC_MISMATCH', '`refreshStrategy()`')],
        },
        ...(hasOriginalEight(sdk)
          ? []
          : [
              {
                code: guardFor124,
                errors: [
                  retryOnFatal('STAGE_DELETED and PARTICIPANT_DISCONNECTED'),
                  ...(sdk === 'current' ? [retryWithSameToken('TOKEN_EXCHANGE_REQUEST_INVALID')] : []),
                ],
              },
            ]),
      ],
    };
  }),
  matrixEntry('require-error-listener', requireErrorListener, sdk => ({
    valid: [
      `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => console.error(error.code));
await stage.join();
`,
      // The ERROR event's string is read from the installed SDK.
      `
import { Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on('error', () => {});
await stage.join();
`,
    ],
    invalid: [
      {
        code: `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
class RoomStage extends Stage {}
const stage = new RoomStage('token', strategy);
stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, () => {});
await stage.join();
`,
        errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`', failures: FAILURES_AFTER_JOIN[sdk] } }],
      },
    ],
  })),
];

for (const sdk of Object.keys(SDKS) as Sdk[]) {
  for (const run of matrix) {
    run(sdk);
  }
}

/** What an SDK's declaration files say, read with the TypeScript compiler API. */
interface Declared {
  /** The version in the package.json of the declaration file the fixture resolves. */
  readonly version: string;
  /** StageErrorCode's members and their values. */
  readonly errorCodes: Readonly<Record<string, number>>;
  /** Every member of the Stage class, inherited ones included. */
  readonly stageMembers: ReadonlySet<string>;
  /** The class Stage extends: the SDK's emitter. */
  readonly emitterName: string;
  /** The emitter's public members (its own and inherited), sorted. */
  readonly emitterMembers: readonly string[];
}

/** The SDK as the fixture project resolves `amazon-ivs-web-broadcast`, in a program of its own. */
function readDeclarations(sdk: Sdk): Declared {
  const dir = SDKS[sdk];
  const { options } = parseConfigFile(path.join(dir, 'tsconfig.json'));
  const resolved = ts.resolveModuleName('amazon-ivs-web-broadcast', path.join(dir, 'file.ts'), options, ts.sys)
    .resolvedModule?.resolvedFileName;
  if (!resolved) {
    throw new Error(`amazon-ivs-web-broadcast does not resolve from ${dir}`);
  }
  const program = ts.createProgram([resolved], options);
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(resolved);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) {
    throw new Error(`${resolved} is not a module`);
  }
  const exported = (name: string): ts.Symbol => {
    const symbol = checker.tryGetMemberInModuleExports(name, moduleSymbol);
    if (!symbol) {
      throw new Error(`${resolved} does not export ${name}`);
    }
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };

  const errorCodes: Record<string, number> = {};
  exported('StageErrorCode').exports?.forEach((member, name) => {
    const declaration = member.valueDeclaration;
    const value = declaration && ts.isEnumMember(declaration) ? checker.getConstantValue(declaration) : undefined;
    if (typeof value === 'number') {
      errorCodes[ts.unescapeLeadingUnderscores(name)] = value;
    }
  });

  const stageType = checker.getDeclaredTypeOfSymbol(exported('Stage'));
  const [emitter, ...otherBases] = stageType.isClassOrInterface() ? checker.getBaseTypes(stageType) : [];
  if (!emitter || otherBases.length > 0) {
    throw new Error(`Stage of SDK ${sdk} does not extend exactly one class`);
  }
  const isPublic = (member: ts.Symbol): boolean =>
    (member.declarations ?? []).every(
      declaration =>
        (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0,
    );
  return {
    version: packageVersionOf(resolved),
    errorCodes,
    stageMembers: new Set(checker.getPropertiesOfType(stageType).map(member => member.name)),
    emitterName: emitter.symbol.name,
    emitterMembers: checker
      .getPropertiesOfType(emitter)
      .filter(isPublic)
      .map(member => member.name)
      .sort(),
  };
}

/** The version of the package a file belongs to. */
function packageVersionOf(file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    }
  }
  throw new Error(`no package.json above ${file}`);
}

describe.each(Object.keys(SDKS) as Sdk[])('the declarations of SDK %s', sdk => {
  let declared: Declared | undefined;
  const read = (): Declared => (declared ??= readDeclarations(sdk));

  it('come from the package of that version', () => {
    expect(read().version).toBe(EXPECTED[sdk].version);
  });

  it('StageErrorCode has the members the matrix above expects', () => {
    expect(read().errorCodes).toEqual(EXPECTED[sdk].errorCodes);
  });

  it("Stage's emitter declares `on`, and neither `once` nor `addListener` (LISTENER_REGISTRAR)", () => {
    const { emitterName, emitterMembers, stageMembers } = read();
    expect(emitterName).toBe('TypedEmitter');
    expect(emitterMembers).toContain(LISTENER_REGISTRAR);
    expect(emitterMembers).not.toContain('once');
    expect(emitterMembers).not.toContain('addListener');
    // Nor does Stage add them itself.
    expect(stageMembers.has(LISTENER_REGISTRAR)).toBe(true);
    expect(stageMembers.has('once')).toBe(false);
    expect(stageMembers.has('addListener')).toBe(false);
    expect(emitterMembers).toEqual(EXPECTED[sdk].emitterMembers);
  });

  it(`Stage ${EXPECTED[sdk].exchangeToken ? 'declares' : 'does not declare'} exchangeToken`, () => {
    expect(read().stageMembers.has('exchangeToken')).toBe(EXPECTED[sdk].exchangeToken);
  });
});

// An SDK newer than the plugin's table (simulated by augmenting the installed
// enum): the unknown member is fatal, and the message says it is unknown.
const allKnownFatalCases = `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
declare function retry(): void;
switch (error.code) {
  case StageErrorCode.TOKEN_MALFORMED:
  case StageErrorCode.TOKEN_EXPIRED:
  case StageErrorCode.TOKEN_NOT_ALLOWED:
  case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
  case StageErrorCode.FAILED:
  case StageErrorCode.CANCELED:
  case StageErrorCode.CODEC_MISMATCH:
  case StageErrorCode.STAGE_DELETED:
  case StageErrorCode.PARTICIPANT_DISCONNECTED:
    throw error;
  default:
    retry();
}
`;

createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'exhaustive-error-switch on an SDK with an unknown member',
  exhaustiveErrorSwitch,
  {
    valid: [
      // Once classified in settings, the member is what the settings say.
      {
        code: allKnownFatalCases,
        settings: { 'ivs-stage': { codes: { STAGE_REPLACED: 'retryable' } } },
      },
    ],
    invalid: [
      {
        code: allKnownFatalCases,
        errors: [
          {
            messageId: 'missingFatalCases',
            data: {
              enumName: 'StageErrorCode',
              members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
            },
            suggestions: [
              {
                messageId: 'addMissingCases',
                data: {
                  members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
                },
                output: allKnownFatalCases.replace(
                  '  default:\n',
                  `  case StageErrorCode.STAGE_REPLACED:
    // A member that eslint-plugin-ivs-stage does not know.
    throw new Error('Unhandled StageErrorCode.STAGE_REPLACED');
  default:\n`,
                ),
              },
            ],
          },
        ],
      },
    ],
  },
);

// The unknown member also flows through the other rules: a number that is its
// value is fixed into it, and a retry it reaches is reported, named as unknown.
createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'no-numeric-error-code on an SDK with an unknown member',
  noNumericErrorCode,
  {
    valid: [],
    invalid: [
      {
        code: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const replaced = error.code === 13;
`,
        output: `
import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';
declare const error: StageError;
export const replaced = error.code === StageErrorCode.STAGE_REPLACED;
`,
        errors: [{ messageId: 'numericCode' }],
      },
    ],
  },
);

createRuleTester(path.join(FIXTURES_DIR, 'sdk-unknown-member')).run(
  'no-retry-on-fatal-error on an SDK with an unknown member',
  noRetryOnFatalError,
  {
    valid: [
      {
        code: `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.STAGE_REPLACED) {
    void stage.join();
  }
});
`,
        settings: { 'ivs-stage': { codes: { STAGE_REPLACED: 'retryable' } } },
      },
    ],
    invalid: [
      {
        code: `
import { Stage, StageErrorCode, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.STAGE_REPLACED) {
    void stage.join();
  }
});
`,
        errors: [
          {
            messageId: 'retryOnFatal',
            data: {
              action: '`join()`',
              members: 'STAGE_REPLACED (unknown to eslint-plugin-ivs-stage, treated as fatal)',
              advice: `STAGE_REPLACED: ${UNKNOWN_CODE.action}`,
            },
          },
        ],
      },
    ],
  },
);
