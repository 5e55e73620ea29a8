// Issue "The SDK's whole failure surface": no-retry-on-fatal-error on SDK 1.41's
// shared RealTimeConnection. `connect()` again with the connection token that was
// rejected, or anything after CONNECTION_NOT_RECOGNIZED, in TypeScript and in
// typed JavaScript; each report beside the same place calling an ordinary function.
import path from 'node:path';

import rule from '../../src/rules/no-retry-on-fatal-error.js';
import { KNOWN_CONNECTION_CODES } from '../../src/sdk/codes.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';

const ts = createRuleTester();
const js = createRuleTester(path.join(FIXTURES_DIR, 'js'));

const IMPORTS = `import {
  RealTimeConnection,
  RealTimeConnectionErrorCode,
  RealTimeConnectionState,
  Stage,
  StageErrorCode,
  StageEvents,
  type RealTimeConnectionError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
declare function fetchConnectionToken(): Promise<string>;
`;
/** The line a snippet `${IMPORTS}\n…` starts on, past the blank line after IMPORTS. */
const FIRST = IMPORTS.split('\n').length + 1;

/** The data of a retryOnFatal report for connection codes. */
function onFatal(action: string, ...names: string[]) {
  return {
    action,
    members: names.join(' and '),
    advice: names.map(name => `${name}: ${KNOWN_CONNECTION_CODES[name]?.action ?? ''}`).join('; '),
  };
}

const TOKEN_CODES = 'CONNECTION_TOKEN_INVALID and CONNECTION_TOKEN_EXPIRED';

/** A `stateChanged` listener whose expired-token branch runs `call`. */
const onExpired = (call: string) => `${IMPORTS}
export function watch(connection: RealTimeConnection, renew: () => void) {
  connection.on('stateChanged', (state, error) => {
    if (error?.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) ${call};
  });
}`;

/** The catch of a connect(), past an early exit for CONNECTION_FAILED, running `call`. */
const afterFailed = (call: string) => `${IMPORTS}
export function open(connection: RealTimeConnection, log: (message: string) => void) {
  try {
    connection.connect();
  } catch (e) {
    if ((e as RealTimeConnectionError).code === RealTimeConnectionErrorCode.CONNECTION_FAILED) return;
    ${call};
  }
}`;

/** The catch of a connect() with no guard on the code, running `call`. */
const unguarded = (call: string) => `${IMPORTS}
function reopen(connection: RealTimeConnection) {
  connection.connect();
}
export function open(connection: RealTimeConnection, log: (message: string) => void) {
  try {
    connection.connect();
  } catch {
    ${call};
  }
}`;

/** A Stage built over a shared connection, whose CONNECTION_NOT_RECOGNIZED branch runs `call`. */
const notRecognized = (call: string) => `${IMPORTS}
let connection = new RealTimeConnection(await fetchConnectionToken());
export async function enter(token: string, reportBug: (error: unknown) => void) {
  try {
    return new Stage(token, strategy, { connection });
  } catch (e) {
    if ((e as RealTimeConnectionError).code === RealTimeConnectionErrorCode.CONNECTION_NOT_RECOGNIZED) {
      ${call};
    }
    throw e;
  }
}`;

ts.run('no-retry-on-fatal-error: RealTimeConnection', rule, {
  valid: [
    // the same places calling a callback parameter or a logger
    onExpired('renew()'),
    afterFailed("log('connection token rejected')"),
    unguarded("log('could not connect')"),
    notRecognized('reportBug(e)'),
    // connect() again in a stateChanged listener: what the SDK asks for after
    // CONNECTION_FAILED, the one code that event reports
    `${IMPORTS}
export function keepOpen(connection: RealTimeConnection) {
  connection.on('stateChanged', state => {
    if (state === RealTimeConnectionState.DISCONNECTED) connection.connect();
  });
  connection.on('stateChanged', () => connection.connect());
}`,
    // a rejected connection token answered with a new connection: a fresh start
    `${IMPORTS}
export async function open(connection: RealTimeConnection) {
  try {
    connection.connect();
  } catch (e) {
    const { code } = e as RealTimeConnectionError;
    if (code === RealTimeConnectionErrorCode.CONNECTION_FAILED) {
      connection.connect();
      return connection;
    }
    if (code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID || code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) {
      const fresh = new RealTimeConnection(await fetchConnectionToken());
      fresh.connect();
      return fresh;
    }
    throw e;
  }
  return connection;
}`,
    `${IMPORTS}
let shared = new RealTimeConnection(await fetchConnectionToken());
shared.on('stateChanged', async (state, error) => {
  if (error?.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) {
    shared = new RealTimeConnection(await fetchConnectionToken());
    shared.connect();
  }
});`,
    // a guard the rule cannot read
    `${IMPORTS}
declare function canRetry(error: RealTimeConnectionError): boolean;
export function open(connection: RealTimeConnection) {
  try {
    connection.connect();
  } catch (e) {
    if (canRetry(e as RealTimeConnectionError)) connection.connect();
  }
}`,
    // a connection is not the Stage: a Stage's fatal code does not make connect() a retry of it,
    // nor a connection's code a join of a Stage
    `${IMPORTS}
export function watch(stage: Stage, connection: RealTimeConnection) {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.STAGE_DELETED) connection.connect();
  });
  connection.on('stateChanged', (state, error) => {
    if (error?.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) void stage.join();
  });
}`,
    // look-alikes: another class's connect(), a class of the file named RealTimeConnection,
    // another emitter's 'stateChanged'
    `${IMPORTS}
declare const socket: { connect(): void; on(event: string, listener: (state: string, error?: Error) => void): void };
try {
  socket.connect();
} catch {
  socket.connect();
}
socket.on('stateChanged', () => socket.connect());
class Link {
  connect(): void {}
}
export function relink() {
  const link = new Link();
  try {
    link.connect();
  } catch {
    link.connect();
  }
}`,
  ],
  invalid: [
    // an expired connection token retried on the same connection
    {
      code: onExpired('connection.connect()'),
      errors: [
        {
          messageId: 'retryConnectionWithSameToken',
          data: { action: '`connect()`', members: 'CONNECTION_TOKEN_EXPIRED' },
          line: FIRST + 2,
          column: 79,
          endColumn: 99,
        },
      ],
    },
    // every code but CONNECTION_FAILED reaches the connect() after the early exit
    {
      code: afterFailed('connection.connect()'),
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`connect()`', 'CONNECTION_NOT_RECOGNIZED'), line: FIRST + 5, column: 5 },
        {
          messageId: 'retryConnectionWithSameToken',
          data: { action: '`connect()`', members: TOKEN_CODES },
          line: FIRST + 5,
          column: 5,
        },
      ],
    },
    // the catch of a connect() that connects again whatever failed, directly or through a helper
    {
      code: unguarded('connection.connect()'),
      errors: [{ messageId: 'unguardedConnectionRetry', data: { action: '`connect()`' }, line: FIRST + 7, column: 5 }],
    },
    {
      code: unguarded('reopen(connection)'),
      errors: [{ messageId: 'unguardedConnectionRetry', data: { action: '`reopen()`' }, line: FIRST + 7, column: 5 }],
    },
    // two copies of the SDK on the page: a new connection cannot help
    {
      code: notRecognized('connection = new RealTimeConnection(await fetchConnectionToken())'),
      errors: [
        {
          messageId: 'retryOnFatal',
          data: onFatal('`new RealTimeConnection()`', 'CONNECTION_NOT_RECOGNIZED'),
          line: FIRST + 6,
          column: 20,
        },
      ],
    },
  ],
});

const JS_IMPORT = `import { RealTimeConnection, RealTimeConnectionErrorCode } from 'amazon-ivs-web-broadcast';`;

/** The JavaScript `stateChanged` listener, typed by JSDoc, whose invalid-token branch runs `call`. */
const onInvalidJs = (call: string) => ({
  filename: 'file.js',
  code: `${JS_IMPORT}
/**
 * @param {RealTimeConnection} connection
 * @param {() => void} renew
 */
export function watch(connection, renew) {
  connection.on('stateChanged', (state, error) => {
    if (error?.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_INVALID) {
      ${call};
    }
  });
}`,
});

js.run('no-retry-on-fatal-error: RealTimeConnection in JavaScript', rule, {
  valid: [onInvalidJs('renew()')],
  invalid: [
    {
      ...onInvalidJs('connection.connect()'),
      errors: [
        {
          messageId: 'retryConnectionWithSameToken',
          data: { action: '`connect()`', members: 'CONNECTION_TOKEN_INVALID' },
          line: 9,
          column: 7,
        },
      ],
    },
  ],
});
