import rule from '../../src/rules/no-retry-on-fatal-error.js';
import { KNOWN_CODES } from '../../src/sdk/codes.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const IMPORTS = `import { Stage, StageErrorCode, StageEvents, type StageError, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const stage: Stage;
declare const strategy: StageStrategy;
declare function fetchToken(): Promise<string>;
declare function shouldRetry(error: StageError): boolean;
declare function showError(error: StageError): void;
`;


/** The data of a retryOnFatal report: the members and what the SDK says to do about each. */
function onFatal(action: string, members: string) {
  const names = members.split(/, | and /);
  return {
    action,
    members,
    advice: names.map(name => `${name}: ${KNOWN_CODES[name]?.action ?? ''}`).join('; '),
  };
}
/** The fresh starts the installed SDK (1.41) offers for a rejected token. */
const FRESH_START = '`new Stage(newToken, …)` or `stage.exchangeToken(newToken)`';
const TOKEN = 'TOKEN_MALFORMED, TOKEN_EXPIRED, TOKEN_NOT_ALLOWED and TOKEN_EXCHANGE_REQUEST_INVALID';

ruleTester.run('no-retry-on-fatal-error', rule, {
  valid: [
    // a join right after exchangeToken() runs with the new token: no same-token retry
    `${IMPORTS}
stage.on(StageEvents.ERROR, async (error) => {
  if (error.code === StageErrorCode.TOKEN_EXPIRED) {
    await stage.exchangeToken(await fetchToken());
    await stage.join();
  }
});`,
    // retries guarded by retryable members only
    `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.STAGE_AT_CAPACITY) {
    setTimeout(() => stage.join(), 1000);
  }
});`,
    `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  switch (error.code) {
    case StageErrorCode.TOKEN_EXCHANGE_FAILED:
      void stage.exchangeToken('t');
      break;
    case StageErrorCode.TIMEOUT:
      stage.refreshStrategy();
      break;
    default:
      showError(error);
  }
});`,
    // a list imported from another module, read from its `as const` type
    `${IMPORTS}
import { RETRYABLE_CODES } from './code-lists';
stage.on(StageEvents.ERROR, (error) => {
  if ((RETRYABLE_CODES as readonly StageErrorCode[]).includes(error.code)) void stage.join();
});`,
    // an imported list whose type does not fix its members: unreadable, so silent
    `${IMPORTS}
import { MAYBE_RETRYABLE } from './code-lists';
stage.on(StageEvents.ERROR, (error) => {
  if (!MAYBE_RETRYABLE.includes(error.code)) return;
  void stage.join();
});`,
    // early exits that leave only retryable members
    `${IMPORTS}
const RETRYABLE = new Set([StageErrorCode.TIMEOUT, StageErrorCode.STAGE_AT_CAPACITY, StageErrorCode.TOKEN_EXCHANGE_FAILED]);
stage.on(StageEvents.ERROR, (error) => {
  if (!RETRYABLE.has(error.code)) {
    showError(error);
    return;
  }
  void stage.join();
});`,
    // retry in the default of a complete switch: no member reaches it
    `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  switch (error.code) {
    case StageErrorCode.TOKEN_MALFORMED:
    case StageErrorCode.TOKEN_EXPIRED:
    case StageErrorCode.TIMEOUT:
    case StageErrorCode.FAILED:
    case StageErrorCode.CANCELED:
    case StageErrorCode.STAGE_AT_CAPACITY:
    case StageErrorCode.CODEC_MISMATCH:
    case StageErrorCode.TOKEN_NOT_ALLOWED:
    case StageErrorCode.STAGE_DELETED:
    case StageErrorCode.PARTICIPANT_DISCONNECTED:
    case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
    case StageErrorCode.TOKEN_EXCHANGE_FAILED:
      showError(error);
      return;
    default:
      void stage.join();
  }
});`,
    // a fresh Stage created and joined under a token guard
    `${IMPORTS}
let current = stage;
current.on(StageEvents.ERROR, async (error) => {
  if (error.code === StageErrorCode.TOKEN_EXPIRED) {
    current.leave();
    current = new Stage(await fetchToken(), strategy);
    await current.join();
  }
});`,
    `${IMPORTS}
stage.on(StageEvents.ERROR, async (error) => {
  if (error.code === StageErrorCode.TOKEN_EXPIRED) {
    await stage.exchangeToken(await fetchToken());
  }
});`,
    // opaque guards: the rule cannot read them, so it stays silent
    `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (shouldRetry(error)) void stage.join();
});`,
    `${IMPORTS}
declare function isFatal(code: StageErrorCode): boolean;
stage.on(StageEvents.ERROR, (error) => {
  if (isFatal(error.code)) return;
  void stage.join();
});`,
    // outside error contexts, no guard means no report: a "Rejoin" button
    `${IMPORTS}
document.querySelector('#rejoin')?.addEventListener('click', () => { void stage.join(); });`,
    // strategy changes are not retries
    `${IMPORTS}
function setMuted(muted: boolean) {
  console.log(muted);
  stage.refreshStrategy();
}`,
    // a plain 'error' event of another emitter
    `${IMPORTS}
declare const socket: { on(event: string, cb: () => void): void; connect(): void; join(): void };
socket.on('error', () => socket.join());`,
    // retry loops whose catch leaves, or retries only a retryable code
    `${IMPORTS}
async function connect() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await stage.join();
      return;
    } catch (e) {
      if ((e as StageError).code === StageErrorCode.TIMEOUT) continue;
      throw e;
    }
  }
}`,
    `${IMPORTS}
async function connect(stages: Stage[]) {
  for (const s of stages) {
    try {
      await s.join();
    } catch (e) {
      console.error(e);
    }
  }
}`,
    // super.join() in an override is the join itself, not a retry
    `${IMPORTS}
class LoggedStage extends Stage {
  override async join() {
    try {
      await super.join();
    } catch (e) {
      console.error(e);
      throw e;
    }
  }
}`,
    // not retries: strategy rollbacks whose try does not join, references, Promise.all in a try whose catch leaves
    `${IMPORTS}
function applyStrategy(next: StageStrategy) {
  try {
    stage.replaceStrategy(next);
  } catch (e) {
    stage.replaceStrategy(strategy);
    throw e;
  }
}
window.addEventListener('online', stage.refreshStrategy);`,
    `${IMPORTS}
declare const other: Stage;
async function joinBoth() {
  while (true) {
    try {
      await Promise.all([stage.join(), other.join()]);
      return;
    } catch (e) {
      showError(e as StageError);
      throw e;
    }
  }
}`,
    // look-alikes: another class named Stage, other enums with the same member names
    `${IMPORTS}
import { StageLeftReason } from 'amazon-ivs-web-broadcast';
class Construct { join(): void {} on(event: string, cb: () => void): void { cb(); } }
const infra = new Construct();
infra.on('error', () => infra.join());
declare const reason: StageLeftReason;
function onLeft() {
  if (reason === StageLeftReason.STAGE_DELETED) return;
  void stage.join();
}`,
    // odd code never crashes the rule
    `${IMPORTS}
outer: for (;;) {
  switch (1 as number) {}
  try { void stage.join(); } catch { continue outer; } finally { break outer; }
}`,
    // a helper that only stores or registers a retry for later does not retry when called
    `${IMPORTS}
declare const button: HTMLButtonElement;
function showRejoinButton() {
  button.onclick = () => { void stage.join(); };
  button.addEventListener('click', () => { void stage.join(); });
}
stage.on(StageEvents.ERROR, () => showRejoinButton());`,
    // reclassified by settings: FAILED is retryable for this app
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.FAILED) void stage.join();
});`,
      settings: { 'ivs-stage': { codes: { FAILED: 'retryable' } } },
    },
  ],
  invalid: [
    // a connection-state listener that rejoins whatever ended the connection
    {
      code: `${IMPORTS}
stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, () => { void stage.join(); });`,
      errors: [
        {
          messageId: 'retryOnConnectionState',
          data: { action: '`join()`', fatal: 'a failed connection, a deleted stage or a removed participant' },
          line: 8,
          column: 67,
        },
      ],
    },
    // an ERROR listener that rejoins on every code
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, () => {
  void stage.join();
});`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`join()`' }, line: 9 }],
    },
    // ... passed by name, with the event aliased or destructured
    {
      code: `${IMPORTS}
const { ERROR } = StageEvents;
function onError(error: StageError) {
  console.warn(error.category);
  stage.refreshStrategy();
}
stage.on(ERROR, onError);`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`refreshStrategy()`' } }],
    },
    // fall-through into a retry
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  switch (error.code) {
    case StageErrorCode.TIMEOUT:
    case StageErrorCode.STAGE_DELETED:
      void stage.join();
      break;
    default:
      showError(error);
  }
});`,
      errors: [
        {
          messageId: 'retryOnFatal',
          data: onFatal('`join()`', 'STAGE_DELETED'),
        },
      ],
    },
    // default of an incomplete switch: terminal and token members reach it
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  switch (error.code) {
    case StageErrorCode.CODEC_MISMATCH:
      showError(error);
      break;
    default:
      void stage.join();
  }
});`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`join()`', 'FAILED, CANCELED, STAGE_DELETED and PARTICIPANT_DISCONNECTED') },
        { messageId: 'retryWithSameToken', data: { action: '`join()`', members: TOKEN, freshStart: FRESH_START } },
      ],
    },
    // setTimeout under a fatal guard
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.PARTICIPANT_DISCONNECTED) {
    setTimeout(() => stage.join(), 1000);
  }
});`,
      errors: [{ messageId: 'retryOnFatal', data: onFatal('`join()`', 'PARTICIPANT_DISCONNECTED') }],
    },
    // ternaries and && statements
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  error.code === StageErrorCode.CODEC_MISMATCH ? stage.refreshStrategy() : showError(error);
  error.code === StageErrorCode.TOKEN_EXPIRED && stage.join();
});`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`refreshStrategy()`', 'CODEC_MISMATCH') },
        { messageId: 'retryWithSameToken', data: { action: '`join()`', members: 'TOKEN_EXPIRED', freshStart: FRESH_START } },
      ],
    },
    // an imported list that lets the fatal members through
    {
      code: `${IMPORTS}
import { RETRYABLE_CODES } from './code-lists';
stage.on(StageEvents.ERROR, (error) => {
  if ((RETRYABLE_CODES as readonly StageErrorCode[]).includes(error.code)) return;
  void stage.join();
});`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`join()`', 'FAILED, CANCELED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED') },
        { messageId: 'retryWithSameToken', data: { action: '`join()`', members: TOKEN, freshStart: FRESH_START } },
      ],
    },
    // early exits that do not exclude the fatal members
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.CANCELED) return;
  stage.replaceStrategy(strategy);
});`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`replaceStrategy()`', 'FAILED, CODEC_MISMATCH, STAGE_DELETED and PARTICIPANT_DISCONNECTED') },
        { messageId: 'retryWithSameToken', data: { action: '`replaceStrategy()`', members: TOKEN, freshStart: FRESH_START } },
      ],
    },
    // fresh-token actions under a terminal guard
    {
      code: `${IMPORTS}
let current = stage;
current.on(StageEvents.ERROR, async (error) => {
  if (error.code === StageErrorCode.STAGE_DELETED) {
    current = new Stage(await fetchToken(), strategy);
    await current.join();
  }
  if (error.code === StageErrorCode.FAILED) await current.exchangeToken(await fetchToken());
});`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`new Stage()`', 'STAGE_DELETED'), line: 11 },
        { messageId: 'retryOnFatal', data: onFatal('`exchangeToken()`', 'FAILED'), line: 14 },
      ],
    },
    // a constructor whose overloads disagree: only the one that makes a Stage is a fresh start
    {
      code: `${IMPORTS}
declare const Make: { new (token: string): Stage; new (): Map<string, string> };
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.STAGE_DELETED) {
    new Make();
    new Make('t');
  }
});`,
      errors: [{ messageId: 'retryOnFatal', data: onFatal('`new Make()`', 'STAGE_DELETED'), line: 12 }],
    },
    // a helper method that retries, and a Stage subclass joining itself
    {
      code: `${IMPORTS}
class Room {
  stage: Stage = stage;
  private rejoin = () => { void this.stage.join(); };
  handle(error: StageError) {
    if (error.code === StageErrorCode.STAGE_DELETED) this.rejoin();
  }
}
class AutoStage extends Stage {
  constructor(token: string) {
    super(token, strategy);
    this.on(StageEvents.ERROR, (error) => {
      if (error.code !== StageErrorCode.TIMEOUT) return;
      void this.join();
    });
    this.on(StageEvents.ERROR, () => this.reconnect());
  }
  private reconnect() {
    setTimeout(() => { void this.join(); }, 500);
  }
}`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`this.rejoin()`', 'STAGE_DELETED'), line: 12 },
        { messageId: 'unguardedRetry', data: { action: '`this.reconnect()`' }, line: 22 },
      ],
    },
    // recursion: a connect function that calls itself from the catch of its join
    {
      code: `${IMPORTS}
async function connect(): Promise<void> {
  try {
    await stage.join();
  } catch (error) {
    setTimeout(() => void connect(), 2000);
  }
}`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`connect()`' }, line: 12 }],
    },
    // a reconnect method with backoff and an attempt counter, from a catch and from .catch()
    {
      code: `${IMPORTS}
class Client {
  private attempts = 0;
  constructor(private readonly stage: Stage) {}
  async connect(): Promise<void> {
    try {
      await this.stage.join();
    } catch {
      if (this.attempts++ < 5) setTimeout(() => void this.connect(), 2 ** this.attempts * 100);
    }
  }
  start(): void {
    this.stage.join().catch(() => this.connect());
  }
}`,
      errors: [
        { messageId: 'unguardedRetry', data: { action: '`this.connect()`' }, line: 15 },
        { messageId: 'unguardedRetry', data: { action: '`this.connect()`' }, line: 19 },
      ],
    },
    // .catch() on a join promise
    {
      code: `${IMPORTS}
stage.join().then(() => console.log('joined')).catch(() => stage.join());`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`join()`' }, column: 60 }],
    },
    // retry loops: a catch that completes normally, and a continue under a fatal guard
    {
      code: `${IMPORTS}
async function connect() {
  while (true) {
    try {
      await stage.join();
      break;
    } catch (error) {
      console.warn('join failed', error);
    }
  }
}`,
      errors: [{ messageId: 'unguardedRetry', data: { action: 'This retry loop' }, line: 13, column: 7, endColumn: 12 }],
    },
    {
      code: `${IMPORTS}
async function connect() {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await stage.join();
      return;
    } catch (e) {
      const error = e as StageError;
      if (error.code === StageErrorCode.TIMEOUT || error.code === StageErrorCode.FAILED) continue;
      throw e;
    }
  }
}`,
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('This `continue` of a retry loop', 'FAILED'), line: 15 },
      ],
    },
    {
      code: `${IMPORTS}
async function connect() {
  do {
    try {
      await stage.join();
      return;
    } catch (e) {
      if ((e as StageError).code === StageErrorCode.CANCELED) {
        console.log('canceled');
      } else {
        throw e;
      }
    }
  } while (true);
}`,
      errors: [{ messageId: 'retryOnFatal', data: onFatal('This retry loop', 'CANCELED'), line: 13 }],
    },
    // a catch whose try joins
    {
      code: `${IMPORTS}
async function start() {
  try {
    await stage.join();
  } catch {
    stage.refreshStrategy();
  }
}`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`refreshStrategy()`' } }],
    },
    // the SDK's own 'error' string on a Stage receiver
    {
      code: `${IMPORTS}
stage.on('error', () => { stage.refreshStrategy(); });`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`refreshStrategy()`' } }],
    },
    // an attempt counter or a category check is not a guard on the code
    {
      code: `${IMPORTS}
let attempts = 0;
stage.on(StageEvents.ERROR, (error) => {
  if (error.category !== 'JOIN_ERROR' || attempts++ > 3) return;
  setTimeout(() => { void stage.join(); }, 1000 * attempts);
});`,
      errors: [{ messageId: 'unguardedRetry', data: { action: '`join()`' } }],
    },
    // reclassified by settings: TIMEOUT is terminal for this app
    {
      code: `${IMPORTS}
stage.on(StageEvents.ERROR, (error) => {
  if (error.code === StageErrorCode.TIMEOUT) void stage.join();
});`,
      settings: { 'ivs-stage': { codes: { TIMEOUT: 'terminal' } } },
      errors: [{ messageId: 'retryOnFatal', data: onFatal('`join()`', 'TIMEOUT') }],
    },
    // a retry outside error contexts under a terminal guard is still reported
    {
      code: `${IMPORTS}
function onFailure(error: StageError) {
  if ([StageErrorCode.FAILED, StageErrorCode.TIMEOUT].includes(error.code)) void stage.join();
}`,
      errors: [{ messageId: 'retryOnFatal', data: onFatal('`join()`', 'FAILED') }],
    },
  ],
});
