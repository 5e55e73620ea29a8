// require-error-listener with `connections: true`: a RealTimeConnection (SDK
// 1.41) that the file creates and connects, explicitly or by joining a Stage
// built with it, needs a `stateChanged` listener that reads its error. Each
// invalid case has a valid look-alike beside it; the option is off by default;
// older SDKs, which have no RealTimeConnection, change nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule, { type MessageIds, type Options } from '../../src/rules/require-error-listener.js';
import { lintWithPlugin } from '../lint.js';
import { createRuleTester, FAILURES_AFTER_JOIN, FIXTURES_DIR } from '../rule-tester.js';

const ruleTester = createRuleTester();

const CONNECTIONS: Options = [{ connections: true }];

/** How the message names what the installed SDK (1.41) reports through `stateChanged`. */
const CONNECTION_FAILURES = 'CONNECTION_FAILED';

// Line 1 of every case is empty and the setup takes lines 2 to 7: the code after it starts on line 9.
const setup = `
import { RealTimeConnection, Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
import type { RealTimeConnectionError, RealTimeConnectionState } from 'amazon-ivs-web-broadcast';
declare const token: string;
declare const connectionToken: string;
declare const strategy: StageStrategy;
declare function report(error: unknown): void;
`;

type Place = [name: string, line: number, column: number];

/** One `missingConnectionErrorListener` per place, in order, with the option on. */
function invalid(code: string, ...places: Place[]): InvalidTestCase<MessageIds, Options> {
  return {
    code,
    options: CONNECTIONS,
    errors: places.map(([name, line, column]) => ({
      messageId: 'missingConnectionErrorListener' as const,
      data: { name, failures: CONNECTION_FAILURES },
      line,
      column,
    })),
  };
}

const valid = (code: string): ValidTestCase<Options> => ({ code, options: CONNECTIONS });

ruleTester.run('require-error-listener: connections', rule, {
  valid: [
    // a stateChanged listener that reads the error, however the listener is written
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', (state, error) => {
  if (error) report(error.code);
});
connection.connect();
`),
    valid(`${setup}
function onStateChanged(state: RealTimeConnectionState, error?: RealTimeConnectionError): void {
  if (error) report(error);
}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', onStateChanged);
connection.connect();
`),
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', (...args) => report(args));
connection.connect();
`),
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', function (state, error) {
  report(arguments.length > 1 ? error : state);
});
connection.connect();
`),
    // a listener from elsewhere that takes the error: it may read it
    valid(`${setup}
declare function watchConnection(state: RealTimeConnectionState, error?: RealTimeConnectionError): void;
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', watchConnection);
connection.connect();
`),
    // never connected: neither connect() nor a join of a Stage built with it
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
const stage = new Stage(token, strategy, { connection });
stage.on(StageEvents.ERROR, report);
connection.disconnect();
`),
    // joined through a Stage, with the listener registered through an alias of the connection
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
const shared = connection;
shared.on('stateChanged', (state, error) => report(error ?? state));
const stage = new Stage(token, strategy, { connection });
stage.on(StageEvents.ERROR, report);
await stage.join();
`),
    // a class that keeps the connection and listens in its constructor
    valid(`${setup}
export class Room {
  private readonly connection = new RealTimeConnection(connectionToken);
  private stage: Stage | undefined;
  constructor() {
    this.connection.on('stateChanged', (state, error) => report(error));
  }
  async enter(token: string): Promise<void> {
    this.stage = new Stage(token, strategy, { connection: this.connection });
    this.stage.on(StageEvents.ERROR, report);
    await this.stage.join();
  }
}
`),
    // a subclass whose constructor listens
    valid(`${setup}
class WatchedConnection extends RealTimeConnection {
  constructor(connectionToken: string) {
    super(connectionToken);
    this.on('stateChanged', (state, error) => report(error));
  }
}
new WatchedConnection(connectionToken).connect();
`),
    // React: a connection kept in a ref; a listener wrapped in useCallback
    valid(`${setup}
declare function useRef<T>(value: T): { current: T };
export function useConnection() {
  const connectionRef = useRef<RealTimeConnection | null>(null);
  return () => {
    connectionRef.current = new RealTimeConnection(connectionToken);
    connectionRef.current.on('stateChanged', (state, error) => report(error));
    connectionRef.current.connect();
  };
}
`),
    valid(`${setup}
declare function useCallback<T>(callback: T, deps: unknown[]): T;
export function useConnection() {
  const onState = useCallback((state: RealTimeConnectionState, error?: RealTimeConnectionError) => report(error), []);
  return () => {
    const connection = new RealTimeConnection(connectionToken);
    connection.on('stateChanged', onState);
    connection.connect();
  };
}
`),
    // the connection leaves the file: it may be listened to where it goes
    valid(`${setup}
export const connection = new RealTimeConnection(connectionToken);
connection.connect();
`),
    valid(`${setup}
declare function watchConnectionErrors(connection: RealTimeConnection): void;
const connection = new RealTimeConnection(connectionToken);
watchConnectionErrors(connection);
connection.connect();
`),
    // a user's own class named RealTimeConnection is no SDK connection
    valid(`
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
class RealTimeConnection {
  constructor(readonly token: string) {}
  connect(): void {}
  on(event: 'stateChanged', listener: (state: string) => void): void {
    listener(event);
  }
}
const connection = new RealTimeConnection('token');
connection.connect();
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => console.error(error.code));
await stage.join();
`),
    // odd code: a registration or a configuration key the rule cannot read
    valid(`${setup}
declare const args: ['stateChanged', () => void];
const connection = new RealTimeConnection(connectionToken);
connection.on(...args);
connection.connect();
`),
    valid(`${setup}
const connection = new RealTimeConnection(connectionToken);
const stage = new Stage(token, strategy, { ['connection' as string]: connection });
stage.on(StageEvents.ERROR, report);
await stage.join();
`),
    // the option is off by default: only Stages are checked
    `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.connect();
`,
    {
      code: `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.connect();
`,
      options: [{ connections: false }],
    },
  ],
  invalid: [
    // connected explicitly, with no listener at all
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.connect();
`,
      ['`connection`', 9, 20],
    ),
    // connect()'s throw covers only what fails while it runs
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
try {
  connection.connect();
} catch (error) {
  report(error);
}
`,
      ['`connection`', 9, 20],
    ),
    // listeners that do not read the error: its parameter is missing or unused
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', state => report(state));
connection.connect();
`,
      ['`connection`', 9, 20],
    ),
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', (state, _error) => report(state));
connection.connect();
`,
      ['`connection`', 9, 20],
    ),
    invalid(
      `${setup}
function onStateChanged(state: RealTimeConnectionState): void {
  report(state);
}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', onStateChanged);
connection.connect();
`,
      ['`connection`', 12, 20],
    ),
    invalid(
      `${setup}
declare function logState(state: RealTimeConnectionState): void;
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged', logState);
connection.connect();
`,
      ['`connection`', 10, 20],
    ),
    // a listener on another emitter does not listen to the connection
    invalid(
      `${setup}
declare const other: { on(event: 'stateChanged', listener: (state: string, error?: Error) => void): void };
const connection = new RealTimeConnection(connectionToken);
other.on('stateChanged', (state, error) => report(error));
connection.connect();
`,
      ['`connection`', 10, 20],
    ),
    // connected by joining a Stage built with it
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
const stage = new Stage(token, strategy, { connection });
stage.on(StageEvents.ERROR, report);
await stage.join();
`,
      ['`connection`', 9, 20],
    ),
    // through the aliases of the Stage and of the connection
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
const shared = connection;
const stageRef = { current: null as Stage | null };
stageRef.current = new Stage(token, strategy, { connection: shared });
stageRef.current.on(StageEvents.ERROR, report);
await stageRef.current.join();
`,
      ['`connection`', 9, 20],
    ),
    invalid(
      `${setup}
function openStage(connection: RealTimeConnection): Stage {
  const stage = new Stage(token, strategy, { connection });
  stage.on(StageEvents.ERROR, report);
  return stage;
}
const connection = new RealTimeConnection(connectionToken);
await openStage(connection).join();
`,
      ['`connection`', 14, 20],
    ),
    // React: the same with listeners that ignore the error
    invalid(
      `${setup}
declare function useRef<T>(value: T): { current: T };
export function useConnection() {
  const connectionRef = useRef<RealTimeConnection | null>(null);
  return () => {
    connectionRef.current = new RealTimeConnection(connectionToken);
    connectionRef.current.on('stateChanged', state => report(state));
    connectionRef.current.connect();
  };
}
`,
      ['`connectionRef.current`', 13, 29],
    ),
    invalid(
      `${setup}
declare function useCallback<T>(callback: T, deps: unknown[]): T;
export function useConnection() {
  const onState = useCallback((state: RealTimeConnectionState) => report(state), []);
  return () => {
    const connection = new RealTimeConnection(connectionToken);
    connection.on('stateChanged', onState);
    connection.connect();
  };
}
`,
      ['`connection`', 13, 24],
    ),
    // kept in a class field; built in place
    invalid(
      `${setup}
export class Room {
  private readonly connection = new RealTimeConnection(connectionToken);
  private stage: Stage | undefined;
  async enter(token: string): Promise<void> {
    this.stage = new Stage(token, strategy, { connection: this.connection });
    this.stage.on(StageEvents.ERROR, report);
    await this.stage.join();
  }
}
`,
      ['`this.connection`', 10, 33],
    ),
    invalid(
      `${setup}
const stage = new Stage(token, strategy, { connection: new RealTimeConnection(connectionToken) });
stage.on(StageEvents.ERROR, report);
await stage.join();
`,
      ['`new RealTimeConnection(…)`', 9, 56],
    ),
    // a subclass whose constructor listens to other things only
    invalid(
      `${setup}
class LoggedConnection extends RealTimeConnection {
  constructor(connectionToken: string) {
    super(connectionToken);
    this.on('stateChanged', state => report(state));
  }
}
new LoggedConnection(connectionToken).connect();
`,
      ['`new LoggedConnection(…)`', 15, 1],
    ),
    // odd code: a registration without a listener; a quoted key; a conditional configuration
    invalid(
      `${setup}
const connection = new RealTimeConnection(connectionToken);
connection.on('stateChanged');
connection.connect();
`,
      ['`connection`', 9, 20],
    ),
    invalid(
      `${setup}
declare const shared: boolean;
const connection = new RealTimeConnection(connectionToken);
const stage = new Stage(token, strategy, { 'connection': shared ? connection : undefined });
stage.on(StageEvents.ERROR, report);
await stage.join();
`,
      ['`connection`', 10, 20],
    ),
    // a Stage without its own ERROR listener is reported too, each at its creation
    {
      code: `${setup}
const connection = new RealTimeConnection(connectionToken);
await new Stage(token, strategy, { connection }).join();
`,
      options: CONNECTIONS,
      errors: [
        { messageId: 'missingConnectionErrorListener', line: 9, column: 20 },
        { messageId: 'missingErrorListener', data: { name: '`new Stage(…)`', failures: FAILURES_AFTER_JOIN }, line: 10, column: 7 },
      ],
    },
  ],
});

// Typed JavaScript (tests/fixtures/js), as most IVS apps are written.
const jsTester = createRuleTester(path.join(FIXTURES_DIR, 'js'));

const jsEnter = (listen: string) => `
import { RealTimeConnection, Stage, StageEvents } from 'amazon-ivs-web-broadcast';
/** @type {import('amazon-ivs-web-broadcast').StageStrategy} */
const strategy = { stageStreamsToPublish: () => [], shouldPublishParticipant: () => false, shouldSubscribeToParticipant: () => 'NONE' };
export async function enter(token, connectionToken) {
  const connection = new RealTimeConnection(connectionToken);
${listen}  const stage = new Stage(token, strategy, { connection });
  stage.on(StageEvents.ERROR, error => console.error(error.code));
  await stage.join();
}
`;

jsTester.run('require-error-listener: connections in JavaScript', rule, {
  valid: [
    {
      code: jsEnter(`  connection.on('stateChanged', (state, error) => {
    if (error) console.error(error.code);
  });
`),
      filename: 'file.js',
      options: CONNECTIONS,
    },
    // an event the checker cannot read may be stateChanged
    {
      code: jsEnter(`  const events = JSON.parse('["stateChanged"]');
  connection.on(events[0], (state, error) => console.error(error));
`),
      filename: 'file.js',
      options: CONNECTIONS,
    },
  ],
  invalid: [
    {
      code: jsEnter(''),
      filename: 'file.js',
      options: CONNECTIONS,
      errors: [{ messageId: 'missingConnectionErrorListener', data: { name: '`connection`', failures: CONNECTION_FAILURES }, line: 6, column: 22 }],
    },
    {
      code: jsEnter(`  connection.on('stateChanged', state => console.log(state));
`),
      filename: 'file.js',
      options: CONNECTIONS,
      errors: [{ messageId: 'missingConnectionErrorListener', line: 6, column: 22 }],
    },
  ],
});

// SDKs without RealTimeConnection: the option changes nothing and nothing throws.
for (const sdk of ['sdk-1.24', 'sdk-1.32', 'sdk-1.40']) {
  createRuleTester(path.join(FIXTURES_DIR, sdk)).run(`require-error-listener: connections on ${sdk}`, rule, {
    valid: [
      // the SDK has no such export: the value is untyped, so no connection
      valid(`
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
// @ts-expect-error -- not in this SDK
import { RealTimeConnection } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const connection = new RealTimeConnection('connection-token');
connection.connect();
const stage = new Stage('token', strategy);
stage.on(StageEvents.ERROR, error => console.error(error.code));
await stage.join();
`),
    ],
    invalid: [
      {
        code: `
import { Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
await stage.join();
`,
        options: CONNECTIONS,
        errors: [{ messageId: 'missingErrorListener', line: 4, column: 15 }],
      },
    ],
  });
}

// The docs' connection examples need the option, which tests/docs.test.ts does not
// pass: they sit under headings without ❌/✅ and are linted here, with it.
const page = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules', 'require-error-listener.md'),
  'utf8',
);

/** The ```ts blocks under the level-4 heading that starts with `heading`. */
function examplesUnder(heading: string): string[] {
  const examples: string[] = [];
  let inside = false;
  const lines = page.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('#')) {
      inside = line.startsWith(`#### ${heading}`);
    } else if (inside && line === '```ts') {
      const end = lines.indexOf('```', index + 1);
      examples.push(lines.slice(index + 1, end).join('\n'));
      index = end;
    }
  }
  return examples;
}

describe('docs/rules/require-error-listener.md: connection examples, with connections: true', () => {
  const rules = { 'ivs-stage/require-error-listener': ['warn', ...CONNECTIONS] as ['warn', ...Options] };
  const reported = examplesUnder('Reported with `connections: true`');
  const clean = examplesUnder('Not reported with `connections: true`');

  it('has examples of both kinds', () => {
    expect(reported.length).toBeGreaterThan(0);
    expect(clean.length).toBeGreaterThan(0);
  });

  it.each(reported)('reports the connection in\n%s', async code => {
    const result = await lintWithPlugin(code, { rules });
    expect(result.messages.filter(message => message.fatal)).toEqual([]);
    expect(result.messages.map(message => message.messageId)).toContain('missingConnectionErrorListener');
  });

  it.each(clean)('is clean:\n%s', async code => {
    const result = await lintWithPlugin(code, { rules });
    expect(result.messages.filter(message => message.fatal)).toEqual([]);
    expect(result.messages.filter(message => message.ruleId === 'ivs-stage/require-error-listener')).toEqual([]);
  });
});

// The option's schema, through ESLint's own check.
describe('require-error-listener options', () => {
  const lintWith = (options: unknown[]) =>
    lintWithPlugin('export {};\n', { rules: { 'ivs-stage/require-error-listener': ['error', ...options] } });

  it('accepts connections: true and false', async () => {
    await expect(lintWith([{ connections: true }]).then(result => result.messages)).resolves.toEqual([]);
    await expect(lintWith([{ connections: false }]).then(result => result.messages)).resolves.toEqual([]);
  });

  it('rejects an unknown key and a value that is not a boolean, naming the rule', async () => {
    await expect(lintWith([{ connection: true }])).rejects.toThrow(
      'Key "ivs-stage/require-error-listener":\n\tValue {"connections":false,"connection":true} should NOT have additional properties.\n\t\tUnexpected property "connection". Expected properties: "connections".',
    );
    await expect(lintWith([{ connections: 'yes' }])).rejects.toThrow(
      'Key "ivs-stage/require-error-listener":\n\tValue "yes" should be boolean.',
    );
  });
});
