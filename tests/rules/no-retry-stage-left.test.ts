// Issue "The SDK's whole failure surface": no-retry-on-fatal-error on rejoins
// in a StageEvents.STAGE_LEFT listener. A rejoin after a final StageLeftReason
// (terminal: the user's own leave, a deleted stage, a removed participant;
// token: a reused or revoked token), and a listener that rejoins after every
// leave, in TypeScript and in typed JavaScript; each report beside the same
// place calling an ordinary function.
import path from 'node:path';

import rule from '../../src/rules/no-retry-on-fatal-error.js';
import { KNOWN_LEFT_REASONS } from '../../src/sdk/codes.js';
import { createRuleTester, FIXTURES_DIR } from '../rule-tester.js';

const ts = createRuleTester();
const js = createRuleTester(path.join(FIXTURES_DIR, 'js'));

const IMPORTS = `import { Stage, StageEvents, StageLeftReason, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
declare function fetchToken(): Promise<string>;
`;
/** The line a snippet `${IMPORTS}\n…` starts on, past the blank line after IMPORTS. */
const FIRST = IMPORTS.split('\n').length + 1;

/** Each reason with what the SDK says to do about it. */
function advice(...names: string[]) {
  return names.map(name => `${name}: ${KNOWN_LEFT_REASONS[name]?.action ?? ''}`).join('; ');
}

/** `A`, `A and B`, `A, B and C`. */
function listed(names: readonly string[]) {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The data of a retryOnFatal report for reasons. */
const onFatal = (action: string, ...names: string[]) => ({ action, members: listed(names), advice: advice(...names) });

/** The data of a rejoinWithSameToken report. */
const withSameToken = (action: string, ...names: string[]) => ({ action, members: listed(names), advice: advice(...names) });

/** The data of a rejoinOnLeave report on the installed SDK (1.41). */
const onEveryLeave = (action: string) => ({
  action,
  final: 'USER_INITIATED, TOKEN_REUSED, PARTICIPANT_DISCONNECTED, STAGE_DELETED, FAILED_EXCHANGE and REAL_TIME_CONNECTION_TOKEN_REVOCATION',
  mayRejoin: 'UNKNOWN and REAL_TIME_CONNECTION_FORCED_LEAVE',
});

/** A listener that runs `call` after every leave. */
const always = (call: string) => `${IMPORTS}
export function watch(stage: Stage, onLeft: () => void, log: { info(message: string): void }) {
  stage.on(StageEvents.STAGE_LEFT, () => {
    ${call};
  });
}`;

/** A listener that runs `call` for every reason but UNKNOWN. */
const unlessUnknown = (call: string) => `${IMPORTS}
export function watch(stage: Stage, onLeft: (reason: StageLeftReason) => void) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason !== StageLeftReason.UNKNOWN) {
      ${call};
    }
  });
}`;

/** A listener by name whose TOKEN_REUSED case runs `call`. */
const onReused = (call: string) => `${IMPORTS}
declare const stage: Stage;
declare function notify(message: string): void;
function onLeft(reason: StageLeftReason) {
  switch (reason) {
    case StageLeftReason.TOKEN_REUSED:
      ${call};
      break;
    default:
      break;
  }
}
stage.on(StageEvents.STAGE_LEFT, onLeft);`;

ts.run('no-retry-on-fatal-error: STAGE_LEFT', rule, {
  valid: [
    // joining another Stage after a leave (a lobby to the main stage, a brand-new
    // Stage): which stage it is cannot be told, so no rejoin is assumed
    `${IMPORTS}
declare const mainStage: Stage;
export function watch(lobby: Stage) {
  lobby.on(StageEvents.STAGE_LEFT, () => void mainStage.join());
  lobby.on(StageEvents.STAGE_LEFT, async reason => {
    if (reason === StageLeftReason.STAGE_DELETED) {
      const next = new Stage(await fetchToken(), strategy);
      await next.join();
    }
  });
}`,
    // the same places calling a callback parameter, a logger, a notifier
    always('onLeft()'),
    always("log.info('left')"),
    unlessUnknown('onLeft(reason)'),
    onReused("notify('This stage is open in another tab')"),
    // rejoins after the reasons that may rejoin only
    `${IMPORTS}
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason === StageLeftReason.UNKNOWN || reason === StageLeftReason.REAL_TIME_CONNECTION_FORCED_LEAVE) {
      setTimeout(() => void stage.join(), 1000);
    }
  });
}`,
    // a token reason answered with a new token and a new Stage: a fresh start
    `${IMPORTS}
let stage = new Stage(await fetchToken(), strategy);
stage.on(StageEvents.STAGE_LEFT, async reason => {
  if (reason === StageLeftReason.TOKEN_REUSED || reason === StageLeftReason.FAILED_EXCHANGE) {
    stage = new Stage(await fetchToken(), strategy);
    await stage.join();
  }
});`,
    // guards the rule cannot read, and the app's own conditions
    `${IMPORTS}
declare function shouldRejoin(reason: StageLeftReason): boolean;
let leaving = false;
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (shouldRejoin(reason)) void stage.join();
  });
  stage.on(StageEvents.STAGE_LEFT, () => {
    if (!leaving) void stage.join();
  });
}
export function leave(stage: Stage) {
  leaving = true;
  stage.leave();
}`,
    // not a rejoin: a strategy refresh, a new Stage made for a later join, a "Rejoin" button
    `${IMPORTS}
declare const button: HTMLButtonElement;
export function watch(stage: Stage, token: string, keep: (next: Stage) => void) {
  stage.on(StageEvents.STAGE_LEFT, () => {
    stage.refreshStrategy();
    keep(new Stage(token, strategy));
    button.onclick = () => void stage.join();
    button.addEventListener('click', () => void stage.join());
  });
}`,
    // a reason outside a STAGE_LEFT listener, listeners of other events and other emitters
    `${IMPORTS}
declare const reason: StageLeftReason;
declare const room: { on(event: string, listener: () => void): void; join(): void };
export function watch(stage: Stage) {
  if (reason === StageLeftReason.STAGE_DELETED) void stage.join();
  stage.on(StageEvents.STAGE_PARTICIPANT_JOINED, () => void stage.join());
  room.on('stageLeft', () => room.join());
  room.on(StageEvents.STAGE_LEFT, () => room.join());
}`,
    // look-alikes: the app's own enum named StageLeftReason, a class with a join()
    `
enum StageLeftReason {
  USER_INITIATED = 'user-initiated',
  STAGE_DELETED = 'stage-deleted',
}
class Stage {
  join(): void {}
  on(event: string, listener: (reason: StageLeftReason) => void): void {
    listener(StageLeftReason.STAGE_DELETED);
  }
}
const stage = new Stage();
stage.on('stageLeft', reason => {
  if (reason === StageLeftReason.STAGE_DELETED) stage.join();
});
stage.on('stageLeft', () => stage.join());`,
  ],
  invalid: [
    // rejoins after every leave: directly, later, through a same-file function, with the SDK's own string
    {
      code: always('void stage.join()'),
      errors: [{ messageId: 'rejoinOnLeave', data: onEveryLeave('`join()`'), line: FIRST + 2, column: 10 }],
    },
    {
      code: `${IMPORTS}
let attempts = 0;
function reconnect(stage: Stage) {
  attempts += 1;
  setTimeout(() => void stage.join(), 1000 * 2 ** attempts);
}
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_LEFT, () => reconnect(stage));
}`,
      errors: [{ messageId: 'rejoinOnLeave', data: onEveryLeave('`reconnect()`'), line: FIRST + 6, column: 42 }],
    },
    // every reason but UNKNOWN: terminal ones and token ones
    {
      code: unlessUnknown('void stage.join()'),
      errors: [
        {
          messageId: 'retryOnFatal',
          data: onFatal('`join()`', 'USER_INITIATED', 'PARTICIPANT_DISCONNECTED', 'STAGE_DELETED'),
          line: FIRST + 3,
          column: 12,
        },
        {
          messageId: 'rejoinWithSameToken',
          data: withSameToken('`join()`', 'TOKEN_REUSED', 'FAILED_EXCHANGE', 'REAL_TIME_CONNECTION_TOKEN_REVOCATION'),
          line: FIRST + 3,
          column: 12,
        },
      ],
    },
    // a reused token rejoined with itself, in a listener registered by name
    {
      code: onReused('void stage.join()'),
      errors: [
        { messageId: 'rejoinWithSameToken', data: withSameToken('`join()`', 'TOKEN_REUSED'), line: FIRST + 5, column: 12 },
      ],
    },
  ],
});

const JS_IMPORT = `import { Stage, StageEvents, StageLeftReason } from 'amazon-ivs-web-broadcast';`;

/** A JavaScript STAGE_LEFT listener, typed by JSDoc, whose branch for every reason but USER_INITIATED runs `call`. */
const unlessUserJs = (call: string) => ({
  filename: 'file.js',
  code: `${JS_IMPORT}
/**
 * @param {Stage} stage
 * @param {(reason: string) => void} show
 */
export function watch(stage, show) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason !== StageLeftReason.USER_INITIATED) {
      ${call};
    }
  });
  stage.on('stageLeft', () => show('left'));
}`,
});

js.run('no-retry-on-fatal-error: STAGE_LEFT in JavaScript', rule, {
  valid: [unlessUserJs('show(reason)')],
  invalid: [
    {
      ...unlessUserJs('stage.join()'),
      errors: [
        { messageId: 'retryOnFatal', data: onFatal('`join()`', 'PARTICIPANT_DISCONNECTED', 'STAGE_DELETED'), line: 9, column: 7 },
        {
          messageId: 'rejoinWithSameToken',
          data: withSameToken('`join()`', 'TOKEN_REUSED', 'FAILED_EXCHANGE', 'REAL_TIME_CONNECTION_TOKEN_REVOCATION'),
          line: 9,
          column: 7,
        },
      ],
    },
    {
      filename: 'file.js',
      code: `${JS_IMPORT}
/** @param {Stage} stage */
export function watch(stage) {
  stage.on('stageLeft', () => stage.join());
}`,
      errors: [{ messageId: 'rejoinOnLeave', data: onEveryLeave('`join()`'), line: 4, column: 31 }],
    },
  ],
});
