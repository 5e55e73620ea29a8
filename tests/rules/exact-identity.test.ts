// Issue "Exact identity everywhere": each bug that came from deciding which
// thing a name means by its text or by a hand-written lookup, in TypeScript and
// in typed JavaScript, with the place of every report.
import path from 'node:path';

import noRetryOnFatalError from '../../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../../src/rules/require-error-listener.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';

const ts = createRuleTester();
const js = createRuleTester(path.join(FIXTURES_DIR, 'js'));

const TS_IMPORTS = `import { Stage, StageErrorCode, StageEvents, type StageError, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
declare const token: string;`;
const JS_IMPORTS = `import { Stage, StageErrorCode, StageEvents } from 'amazon-ivs-web-broadcast';`;

/** A parameter called in the catch of a join: whatever the caller passed, it retries nothing. */
const callbackParameterTs = (name: string) => `${TS_IMPORTS}
export async function enter(stage: Stage, ${name}: (reason: string) => void) {
  try {
    await stage.join();
  } catch (e) {
    if ((e as StageError).code === StageErrorCode.PARTICIPANT_DISCONNECTED) ${name}('removed');
  }
}`;

const callbackParameterJs = (name: string) => ({
  filename: 'file.js',
  code: `${JS_IMPORTS}
/**
 * @param {Stage} stage
 * @param {(reason: string) => void} ${name}
 */
export async function enter(stage, ${name}) {
  try {
    await stage.join();
  } catch (e) {
    if (/** @type {import('amazon-ivs-web-broadcast').StageError} */ (e).code === StageErrorCode.PARTICIPANT_DISCONNECTED) ${name}('removed');
  }
}`,
});

const CALLBACK_NAMES = ['onGiveUp', 'log', 'notify', 'show', 'renew'];

ts.run('no-retry-on-fatal-error: exact identity (TypeScript)', noRetryOnFatalError, {
  valid: [
    // a callback parameter, a logger, a notifier: the enclosing function is not what they run
    ...CALLBACK_NAMES.map(callbackParameterTs),
    // `once` is no listener the SDK declares (a type error in TypeScript): its
    // callback is no error context, as require-error-listener agrees below
    `${TS_IMPORTS}
declare const stage: Stage;
// @ts-expect-error -- the SDK's emitter has no once()
stage.once(StageEvents.ERROR, () => void stage.join());`,
    // a for loop that walks stages, whatever its variable is called
    `${TS_IMPORTS}
export async function joinAll(stages: Stage[]) {
  for (let $i = 0; $i < stages.length; $i++) {
    try {
      await stages[$i]!.join();
    } catch (error) {
      console.warn(error);
    }
  }
}`,
    // `this.reconnect()` in a static method is the static member, not the instance method that joins
    `${TS_IMPORTS}
export class Room {
  private stage = new Stage(token, strategy);
  reconnect(): void {
    void this.stage.join();
  }
  static reconnect(): void {
    console.info('static');
  }
  static async open(stage: Stage): Promise<void> {
    try {
      await stage.join();
    } catch (e) {
      if ((e as StageError).code === StageErrorCode.STAGE_DELETED) this.reconnect();
    }
  }
}`,
  ],
  invalid: [
    // a same-file function that joins is still an action: the parameter fix does not hide it
    {
      code: `${TS_IMPORTS}
export async function enter(stage: Stage) {
  const rejoin = () => stage.join();
  try {
    await stage.join();
  } catch (e) {
    if ((e as StageError).code === StageErrorCode.PARTICIPANT_DISCONNECTED) void rejoin();
  }
}`,
      errors: [{ messageId: 'retryOnFatal', line: 9, column: 82, endLine: 9, endColumn: 90 }],
    },
    // the loop retries the one Stage: it declares no variable the try reads
    {
      code: `${TS_IMPORTS}
declare const stage: Stage;
export async function keepTrying() {
  for (let $attempt = 0; ; ) {
    try {
      await stage.join();
      return;
    } catch (error) {
      console.warn(error);
    }
  }
}`,
      errors: [{ messageId: 'unguardedRetry', line: 10, column: 7, endLine: 10, endColumn: 12 }],
    },
  ],
});

js.run('no-retry-on-fatal-error: exact identity (typed JavaScript)', noRetryOnFatalError, {
  valid: [
    ...CALLBACK_NAMES.map(callbackParameterJs),
    {
      filename: 'file.js',
      code: `${JS_IMPORTS}
/** @param {Stage} stage */
export function watch(stage) {
  stage.once(StageEvents.ERROR, () => void stage.join());
}`,
    },
  ],
  invalid: [],
});

ts.run('require-error-listener: exact identity (TypeScript)', requireErrorListener, {
  valid: [
    // a Stage handed to a same-file function that listens for ERROR
    `${TS_IMPORTS}
function watch(target: Stage) {
  target.on(StageEvents.ERROR, error => console.error(error.code));
}
const stage = new Stage(token, strategy);
watch(stage);
await stage.join();`,
    // exported later by name: other modules may listen
    `${TS_IMPORTS}
const stage = new Stage(token, strategy);
void stage.join();
export { stage };`,
    // handed to a function that reads \`arguments\`: not followed
    // (its \`this:\` parameter takes no argument: \`target\` is the first)
    `${TS_IMPORTS}
function watch(this: void, target: Stage) {
  console.info(target, arguments);
}
const stage = new Stage(token, strategy);
watch(stage);
void stage.join();`,
  ],
  invalid: [
    // `once` registers nothing on the SDK's emitter: no ERROR listener
    {
      code: `${TS_IMPORTS}
const stage = new Stage(token, strategy);
// @ts-expect-error -- the SDK's emitter has no once()
stage.once(StageEvents.ERROR, () => void stage.join());
await stage.join();`,
      errors: [{ messageId: 'missingErrorListener', line: 4, column: 15, endLine: 4, endColumn: 41 }],
    },
    // a Stage handed to a same-file function that listens for other events only
    {
      code: `${TS_IMPORTS}
function wire(target: Stage) {
  target.on(StageEvents.STAGE_PARTICIPANT_JOINED, participant => console.info(participant.id));
}
const stage = new Stage(token, strategy);
wire(stage);
await stage.join();`,
      errors: [{ messageId: 'missingErrorListener', line: 7, column: 15, endLine: 7, endColumn: 41 }],
    },
  ],
});

js.run('require-error-listener: exact identity (typed JavaScript)', requireErrorListener, {
  valid: [
    {
      filename: 'file.js',
      code: `${JS_IMPORTS}
/** @param {Stage} target */
function watch(target) {
  target.on(StageEvents.ERROR, error => console.error(error.code));
}
/** @param {string} token @param {import('amazon-ivs-web-broadcast').StageStrategy} strategy */
export async function start(token, strategy) {
  const stage = new Stage(token, strategy);
  watch(stage);
  await stage.join();
}`,
    },
  ],
  invalid: [
    {
      filename: 'file.js',
      code: `${JS_IMPORTS}
/** @param {string} token @param {import('amazon-ivs-web-broadcast').StageStrategy} strategy */
export async function start(token, strategy) {
  const stage = new Stage(token, strategy);
  stage.once(StageEvents.ERROR, () => void stage.join());
  await stage.join();
}`,
      errors: [{ messageId: 'missingErrorListener', line: 4, column: 17, endLine: 4, endColumn: 43 }],
    },
  ],
});

// The Stage created before a `try` is the one that failed, not a fresh one:
// its join is still the join the catch belongs to, and a join in the catch retries it.
ts.run('no-retry-on-fatal-error: the Stage created before the try', noRetryOnFatalError, {
  valid: [
    // a loop that builds a new Stage each round and retries only retryable codes
    `${TS_IMPORTS}
export async function enter() {
  for (;;) {
    const fresh = new Stage(token, strategy);
    try {
      await fresh.join();
      return fresh;
    } catch (e) {
      if ((e as StageError).code !== StageErrorCode.STAGE_AT_CAPACITY) throw e;
    }
  }
}`,
  ],
  invalid: [
    {
      code: `${TS_IMPORTS}
export async function enter() {
  const current = new Stage(token, strategy);
  try {
    await current.join();
  } catch (error) {
    setTimeout(() => void current.join(), 2000);
  }
}`,
      errors: [{ messageId: 'unguardedRetry', line: 9, column: 27 }],
    },
    {
      code: `${TS_IMPORTS}
let current: Stage | undefined;
export async function enter() {
  current = new Stage(token, strategy);
  try {
    await current.join();
  } catch (e) {
    if ((e as StageError).code === StageErrorCode.TOKEN_EXPIRED) await current.join();
  }
}`,
      errors: [{ messageId: 'retryWithSameToken', line: 10, column: 72 }],
    },
    // a new Stage each round with the same token: still a retry of every code, but not of the same Stage
    {
      code: `${TS_IMPORTS}
export async function enter() {
  for (;;) {
    const fresh = new Stage(token, strategy);
    try {
      await fresh.join();
      return fresh;
    } catch (error) {
      console.warn(error);
    }
  }
}`,
      errors: [{ messageId: 'unguardedRetry', line: 10, column: 7 }],
    },
  ],
});

// Review findings: ordinary code in the same places as a rejoin.
ts.run('no-retry-on-fatal-error: ordinary code in listeners', noRetryOnFatalError, {
  valid: [
    // a join of another Stage once this one is connected: no rejoin after a failure
    `${TS_IMPORTS}
import { StageConnectionState } from 'amazon-ivs-web-broadcast';
declare const backstage: Stage;
export function watch(mainStage: Stage) {
  mainStage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.CONNECTED) void backstage.join();
  });
}`,
    // a callback handed to the app's own function (a toast's retry button) runs when
    // that function decides: neither the listener nor the helper is what runs it
    `${TS_IMPORTS}
declare function showToast(text: string, onRetry: () => void): void;
function offerRetry(stage: Stage) {
  showToast('Connection lost', () => void stage.join());
}
export function watch(stage: Stage) {
  stage.on(StageEvents.ERROR, () => offerRetry(stage));
  stage.on(StageEvents.ERROR, () => showToast('Failed', () => void stage.join()));
}`,
    // a button wired in an ERROR listener or a connection-state listener runs on a click
    `${TS_IMPORTS}
declare const button: HTMLButtonElement;
export function watch(stage: Stage) {
  stage.on(StageEvents.ERROR, () => {
    button.onclick = () => void stage.join();
  });
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, () => {
    button.onclick = () => void stage.join();
  });
}`,
  ],
  invalid: [
    // the same listener that rejoins on a failure state is reported
    {
      code: `${TS_IMPORTS}
import { StageConnectionState } from 'amazon-ivs-web-broadcast';
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.ERRORED) void stage.join();
  });
}`,
      errors: [{ messageId: 'retryOnConnectionState', line: 7, column: 54 }],
    },
  ],
});

// Review findings: same-file functions the summaries must still see.
ts.run('no-retry-on-fatal-error: overloads and cycles of helpers', noRetryOnFatalError, {
  valid: [],
  invalid: [
    // an overloaded helper: the implementation is what runs
    {
      code: `${TS_IMPORTS}
declare const stage: Stage;
function rejoin(): void;
function rejoin(delay: number): void;
function rejoin(delay?: number): void {
  setTimeout(() => void stage.join(), delay ?? 0);
}
stage.on(StageEvents.ERROR, () => rejoin());`,
      errors: [{ messageId: 'unguardedRetry', line: 10, column: 35 }],
    },
    // a cycle of three helpers, asked first from the one that joins
    {
      code: `${TS_IMPORTS}
declare const stage: Stage;
function rejoin(): void {
  void stage.join();
  scheduleRetry();
}
function scheduleRetry(): void {
  setTimeout(() => retryLater(), 100);
}
function retryLater(): void {
  rejoin();
}
stage.on(StageEvents.ERROR, () => rejoin());
stage.on(StageEvents.ERROR, () => scheduleRetry());`,
      errors: [
        { messageId: 'unguardedRetry', line: 15, column: 35 },
        { messageId: 'unguardedRetry', line: 16, column: 35 },
      ],
    },
  ],
});

js.run('require-error-listener: a JSDoc-declared method', requireErrorListener, {
  valid: [],
  invalid: [
    {
      filename: 'file.js',
      code: `${JS_IMPORTS}
/** @typedef {{ retry(): void }} Extra */
/** @param {string} token @param {import('amazon-ivs-web-broadcast').StageStrategy} strategy */
export async function start(token, strategy) {
  /** @type {Stage & Extra} */
  const stage = /** @type {Stage & Extra} */ (new Stage(token, strategy));
  stage.retry();
  await stage.join();
}`,
      errors: [{ messageId: 'missingErrorListener', line: 6, column: 47 }],
    },
  ],
});

// A guard the analysis cannot read means silence: `switch (true)` over code tests.
ts.run('no-retry-on-fatal-error: switch (true)', noRetryOnFatalError, {
  valid: [
    `${TS_IMPORTS}
declare const stage: Stage;
stage.on(StageEvents.ERROR, error => {
  switch (true) {
    case error.code === StageErrorCode.TIMEOUT:
      void stage.join();
      break;
    default:
      break;
  }
});`,
  ],
  invalid: [],
});
