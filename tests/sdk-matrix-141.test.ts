// SDK 1.41's failure surface against every installed SDK: one snippet that uses
// all of it (a shared RealTimeConnection, its error codes, the Stage built over
// it, the StageLeftReason of STAGE_LEFT), linted by the four rules with the
// connection check on. On 1.41 every check reports; on the older SDKs the
// RealTimeConnection checks must stay silent (the snippet's imports do not exist
// there, so those values have no type) without crashing, and the StageLeftReason
// checks must report the members that SDK declares.
//
// StageLeftReason is older than the connection: 1.13 already exports it (marked
// @internal, from its `src/stage/v2/stage` declarations) with the same five
// members as 1.24 and 1.32, and a Stage of 1.13 emits STAGE_LEFT with it. The
// rules read it from there, so 1.13 reports the leave checks like 1.24.
import path from 'node:path';

import type { InvalidTestCase, RunTests, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import exhaustiveErrorSwitch from '../src/rules/exhaustive-error-switch.js';
import noNumericErrorCode from '../src/rules/no-numeric-error-code.js';
import noRetryOnFatalError from '../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../src/rules/require-error-listener.js';
import { createRuleTester, FIXTURES_DIR } from './rule-tester.js';
import { clauses } from './util/sdk141-clauses.js';
import { typeErrors } from './type-check.js';

/** Each SDK's fixture project (see tests/sdk-matrix.test.ts); 1.41 is the installed `amazon-ivs-web-broadcast`. */
const SDKS = {
  '1.13': path.join(FIXTURES_DIR, 'sdk-1.13'),
  '1.24': path.join(FIXTURES_DIR, 'sdk-1.24'),
  '1.32': path.join(FIXTURES_DIR, 'sdk-1.32'),
  '1.40': path.join(FIXTURES_DIR, 'sdk-1.40'),
  '1.41': FIXTURES_DIR,
} as const;

type Sdk = keyof typeof SDKS;
const ALL_SDKS = Object.keys(SDKS) as Sdk[];

const FIRST_FIVE = ['UNKNOWN', 'USER_INITIATED', 'TOKEN_REUSED', 'PARTICIPANT_DISCONNECTED', 'STAGE_DELETED'];

/** StageLeftReason's members in declaration order, as each SDK declares them. */
const LEFT_REASONS: Record<Sdk, readonly string[]> = {
  '1.13': FIRST_FIVE,
  '1.24': FIRST_FIVE,
  '1.32': FIRST_FIVE,
  '1.40': [...FIRST_FIVE, 'FAILED_EXCHANGE'],
  '1.41': [
    ...FIRST_FIVE,
    'FAILED_EXCHANGE',
    'REAL_TIME_CONNECTION_FORCED_LEAVE',
    'REAL_TIME_CONNECTION_TOKEN_REVOCATION',
  ],
};

/** The reasons that may rejoin; every other one is final. */
const MAY_REJOIN = new Set(['UNKNOWN', 'REAL_TIME_CONNECTION_FORCED_LEAVE']);

/** Only 1.41 has the shared connection. */
const hasConnection = (sdk: Sdk): boolean => sdk === '1.41';

/** `A`, `A and B`, `A, B and C`. */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const finalReasons = (sdk: Sdk): string[] => LEFT_REASONS[sdk].filter(name => !MAY_REJOIN.has(name));
const rejoinableReasons = (sdk: Sdk): string[] => LEFT_REASONS[sdk].filter(name => MAY_REJOIN.has(name));

// Everything SDK 1.41 added, each used the wrong way once.
const SNIPPET = `import {
  RealTimeConnection,
  RealTimeConnectionErrorCode,
  Stage,
  StageEvents,
  StageLeftReason,
  type RealTimeConnectionError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';

declare const strategy: StageStrategy;
declare function show(text: string): void;

export function connectionText(error: RealTimeConnectionError): string {
  switch (error.code) {
    case RealTimeConnectionErrorCode.CONNECTION_FAILED:
      return 'Connection lost';
    default:
      return 'Cannot connect';
  }
}

export function isExpired(error: RealTimeConnectionError): boolean {
  return error.code === 1054;
}

export function leftText(reason: StageLeftReason): string {
  switch (reason) {
    case StageLeftReason.UNKNOWN:
      return 'Disconnected';
  }
  return 'Left';
}

const connection = new RealTimeConnection('connection-token');
connection.on('stateChanged', state => show(state));
try {
  connection.connect();
} catch (e) {
  if ((e as RealTimeConnectionError).code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) {
    connection.connect();
  }
}

const stage = new Stage('token', strategy, { connection });
stage.on(StageEvents.ERROR, error => show(error.message));
stage.on(StageEvents.STAGE_LEFT, () => {
  void stage.join();
});
await stage.join();
`;

/** The 1-based line of the snippet's only line that contains `text`. */
function lineOf(text: string): number {
  const lines = SNIPPET.split('\n');
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (found.length !== 1) {
    throw new Error(`${String(found.length)} lines of the snippet contain ${text}`);
  }
  return found[0] ?? 0;
}

const CONNECTION_SWITCH = lineOf('switch (error.code)');
const NUMBER_1054 = lineOf('=== 1054');
const LEFT_SWITCH = lineOf('switch (reason)');
const NEW_CONNECTION = lineOf('new RealTimeConnection(');
const RETRIED_CONNECT = lineOf('    connection.connect();');
const REJOIN = lineOf('void stage.join()');

/** The clauses a suggestion writes for `names`, each `case` at four spaces. */
function fourSpaceClauses(enumName: string, names: readonly string[]): string {
  return `    ${clauses(enumName, names, '    ')}`;
}

/** SNIPPET with `added` inserted right after the only occurrence of `after`. */
function insertedAfter(after: string, added: string): string {
  if (SNIPPET.split(after).length !== 2) {
    throw new Error(`the snippet does not contain ${after} exactly once`);
  }
  return SNIPPET.replace(after, `${after}${added}`);
}

const FATAL_CONNECTION_CODES = ['CONNECTION_TOKEN_INVALID', 'CONNECTION_TOKEN_EXPIRED', 'CONNECTION_NOT_RECOGNIZED'];

/** Each rule's cases as a function of the SDK: the snippet is valid or invalid, never skipped. */
function casesFor<MessageIds extends string, Options extends readonly unknown[]>(
  errors: InvalidTestCase<MessageIds, Options>['errors'],
  extra: Partial<InvalidTestCase<MessageIds, Options>> = {},
): RunTests<MessageIds, Options> {
  const options = extra.options;
  if (errors.length === 0) {
    const validCase: ValidTestCase<Options> = options ? { code: SNIPPET, options } : { code: SNIPPET };
    return { valid: [validCase], invalid: [] };
  }
  return { valid: [], invalid: [{ code: SNIPPET, ...extra, errors }] };
}

type Matrix = (sdk: Sdk) => void;

function entry<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: (sdk: Sdk) => RunTests<MessageIds, Options>,
): Matrix {
  return sdk => {
    createRuleTester(SDKS[sdk]).run(`${name} on SDK ${sdk} (1.41 surface)`, rule, cases(sdk));
  };
}

const matrix: Matrix[] = [
  entry('exhaustive-error-switch', exhaustiveErrorSwitch, sdk =>
    casesFor([
      ...(hasConnection(sdk)
        ? [
            {
              messageId: 'missingFatalCases' as const,
              data: { enumName: 'RealTimeConnectionErrorCode', members: listed(FATAL_CONNECTION_CODES) },
              line: CONNECTION_SWITCH,
              column: 11,
              suggestions: [
                {
                  messageId: 'addMissingCases' as const,
                  data: { members: listed(FATAL_CONNECTION_CODES) },
                  // Before `default`, which the new cases must not fall into.
                  output: SNIPPET.replace(
                    "      return 'Connection lost';\n    default:",
                    `      return 'Connection lost';\n${fourSpaceClauses('RealTimeConnectionErrorCode', FATAL_CONNECTION_CODES)}\n    default:`,
                  ),
                },
              ],
            },
          ]
        : []),
      // Every SDK here declares StageLeftReason: its final members are required.
      {
        messageId: 'missingFinalCases' as const,
        data: { enumName: 'StageLeftReason', members: listed(finalReasons(sdk)) },
        line: LEFT_SWITCH,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases' as const,
            data: { members: listed(finalReasons(sdk)) },
            output: insertedAfter("      return 'Disconnected';", `\n${fourSpaceClauses('StageLeftReason', finalReasons(sdk))}`),
          },
        ],
      },
    ]),
  ),
  entry('no-numeric-error-code', noNumericErrorCode, sdk =>
    casesFor(
      hasConnection(sdk)
        ? [
            {
              messageId: 'numericCode' as const,
              data: { value: '1054', enumName: 'RealTimeConnectionErrorCode', member: 'CONNECTION_TOKEN_EXPIRED' },
              line: NUMBER_1054,
              column: 25,
            },
          ]
        : [],
      hasConnection(sdk)
        ? { output: SNIPPET.replace('=== 1054', '=== RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED') }
        : {},
    ),
  ),
  entry('no-retry-on-fatal-error', noRetryOnFatalError, sdk =>
    casesFor([
      ...(hasConnection(sdk)
        ? [
            {
              messageId: 'retryConnectionWithSameToken' as const,
              data: { action: '`connect()`', members: 'CONNECTION_TOKEN_EXPIRED' },
              line: RETRIED_CONNECT,
              column: 5,
            },
          ]
        : []),
      // The STAGE_LEFT listener rejoins whatever the reason: the message lists the SDK's own.
      {
        messageId: 'rejoinOnLeave' as const,
        data: { action: '`join()`', final: listed(finalReasons(sdk)), mayRejoin: listed(rejoinableReasons(sdk)) },
        line: REJOIN,
        column: 8,
      },
    ]),
  ),
  entry('require-error-listener', requireErrorListener, sdk =>
    casesFor(
      hasConnection(sdk)
        ? [
            {
              messageId: 'missingConnectionErrorListener' as const,
              data: { name: '`connection`', failures: 'CONNECTION_FAILED' },
              line: NEW_CONNECTION,
              column: 20,
            },
          ]
        : [],
      // The Stage listens for ERROR on every SDK: only the connection check can report.
      { options: [{ connections: true }] },
    ),
  ),
];

for (const sdk of ALL_SDKS) {
  for (const run of matrix) {
    run(sdk);
  }
}

it('the snippet is SDK 1.41 code that type-checks', () => {
  expect(typeErrors(SNIPPET)).toEqual([]);
});

/** What a fixture project's SDK exports of the 1.41 surface, read with the TypeScript compiler API. */
function declaredSurface(sdk: Sdk): { exports: string[]; leftReasons: string[] } {
  const dir = SDKS[sdk];
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: diagnostic => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  const resolved =
    parsed &&
    ts.resolveModuleName('amazon-ivs-web-broadcast', path.join(dir, 'file.ts'), parsed.options, ts.sys).resolvedModule
      ?.resolvedFileName;
  if (!parsed || !resolved) {
    throw new Error(`amazon-ivs-web-broadcast does not resolve in ${dir}`);
  }
  const program = ts.createProgram([resolved], parsed.options);
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(resolved);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) {
    throw new Error(`${resolved} is not a module`);
  }
  const surface = ['RealTimeConnection', 'RealTimeConnectionError', 'RealTimeConnectionErrorCode', 'StageLeftReason'];
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map(symbol => [symbol.name, symbol]));
  const reasonSymbol = exported.get('StageLeftReason');
  const reasonEnum =
    reasonSymbol && reasonSymbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(reasonSymbol) : reasonSymbol;
  return {
    exports: surface.filter(name => exported.has(name)),
    leftReasons: [...(reasonEnum?.exports?.keys() ?? [])].map(name => ts.unescapeLeadingUnderscores(name)),
  };
}

describe.each(ALL_SDKS)('the declarations of SDK %s', sdk => {
  it('export the 1.41 surface only where the matrix expects it, and StageLeftReason with its members', () => {
    const { exports, leftReasons } = declaredSurface(sdk);
    expect(exports).toEqual(
      hasConnection(sdk)
        ? ['RealTimeConnection', 'RealTimeConnectionError', 'RealTimeConnectionErrorCode', 'StageLeftReason']
        : ['StageLeftReason'],
    );
    expect(leftReasons).toEqual(LEFT_REASONS[sdk]);
  });
});
