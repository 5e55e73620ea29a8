import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageIds, type Options } from '../../src/rules/require-error-listener.js';
import { createRuleTester, FAILURES_AFTER_JOIN } from '../rule-tester.js';

const ruleTester = createRuleTester();

const setup = `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const token: string;
declare const strategy: StageStrategy;
declare function report(error: unknown): void;
`;

/** One report per name, in order. */
function invalid(code: string, ...names: string[]): InvalidTestCase<MessageIds, Options> {
  return {
    code,
    errors: names.map(name => ({ messageId: 'missingErrorListener' as const, data: { name, failures: FAILURES_AFTER_JOIN } })),
  };
}

ruleTester.run('require-error-listener', rule, {
  valid: [
    // a listener through a local const, however the ERROR member is written
    `${setup}
const stage = new Stage(token, strategy);
stage.on(StageEvents.ERROR, report);
await stage.join();
`,
    `
import { Stage, StageEvents as Events, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
const stage = new Stage('token', strategy);
stage.on(Events.ERROR, error => console.error(error.code));
void stage.join();
`,
    `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const strategy: ivs.StageStrategy;
const stage = new ivs.Stage('token', strategy);
stage.on(ivs.StageEvents.ERROR, () => {});
stage.join().catch(() => {});
`,
    `${setup}
const { ERROR: STAGE_ERROR } = StageEvents;
const stage = new Stage(token, strategy);
stage.on(STAGE_ERROR, report);
await stage.join();
`,
    `${setup}
const stage = new Stage(token, strategy);
stage.on('error', report);
await stage.join();
`,
    `${setup}
const onError = StageEvents.ERROR;
const stage = new Stage(token, strategy);
stage.on(onError, report);
await stage.join();
`,
    // the listener comes later, in another function, or through a wrapper expression
    `${setup}
const stage = new Stage(token, strategy);
await stage.join();
stage.on(StageEvents.ERROR, report);
`,
    `${setup}
let stage: Stage | undefined;
export async function start() {
  stage = new Stage(token, strategy);
  await stage.join();
}
export function watch() {
  stage?.on(StageEvents.ERROR, report);
}
`,
    `${setup}
const stage = new Stage(token, strategy);
(stage as Stage).on(StageEvents.ERROR, report);
await stage.join();
`,
    // created but never joined in this file
    `${setup}
const stage = new Stage(token, strategy);
stage.leave();
`,
    // the stage escapes: returned, passed on, stored, exported, aliased
    `${setup}
export function createStage() {
  const stage = new Stage(token, strategy);
  void stage.join();
  return stage;
}
`,
    `${setup}
export const makeStage = () => new Stage(token, strategy);
`,
    `${setup}
declare function attachHandlers(stage: Stage): void;
const stage = new Stage(token, strategy);
attachHandlers(stage);
await stage.join();
`,
    `${setup}
export const stage = new Stage(token, strategy);
await stage.join();
`,
    `${setup}
const stage = new Stage(token, strategy);
await stage.join();
export { stage };
`,
    `${setup}
const stage = new Stage(token, strategy);
await stage.join();
export default stage;
`,
    `${setup}
const stages: Stage[] = [];
const stage = new Stage(token, strategy);
stages.push(stage);
await stage.join();
`,
    `${setup}
const byId = new Map<string, Stage>();
const stage = new Stage(token, strategy);
byId.set('main', stage);
await stage.join();
`,
    `${setup}
declare const state: { stage?: Stage };
const stage = new Stage(token, strategy);
state.stage = stage;
await stage.join();
`,
    `${setup}
declare const state: { stage?: Stage };
state.stage = new Stage(token, strategy);
await state.stage.join();
`,
    `${setup}
const stage = new Stage(token, strategy);
const context = { stage };
await stage.join();
`,
    `${setup}
const stage = new Stage(token, strategy);
const on = stage.on.bind(stage);
await stage.join();
`,
    // the holder also receives a stage from elsewhere
    `${setup}
declare function existingStage(): Stage;
let stage = new Stage(token, strategy);
stage = existingStage();
await stage.join();
`,
    // an event the rule cannot read might be ERROR
    `${setup}
declare const eventName: string;
const stage = new Stage(token, strategy);
stage.on(eventName, report);
await stage.join();
`,
    `${setup}
declare const eventName: StageEvents;
const stage = new Stage(token, strategy);
stage.on(eventName, report);
await stage.join();
`,
    // class fields: this.stage, a property initializer, a #private field
    `${setup}
class Room {
  stage: Stage | null = null;
  async enter() {
    this.stage = new Stage(token, strategy);
    this.stage.on(StageEvents.ERROR, report);
    await this.stage.join();
  }
  leave() {
    this.stage?.leave();
    this.stage = null;
  }
}
new Room();
`,
    `${setup}
class Room {
  private readonly stage = new Stage(token, strategy);
  constructor() {
    this.stage.on(StageEvents.ERROR, report);
  }
  enter() {
    return this.stage.join();
  }
}
new Room();
`,
    `${setup}
class Room {
  #stage = new Stage(token, strategy);
  async enter() {
    this.listen();
    await this.#stage.join();
  }
  listen() {
    this.#stage.on(StageEvents.ERROR, report);
  }
}
new Room();
`,
    // a public field of an exported class is reachable from other modules
    `${setup}
export class Room {
  stage = new Stage(token, strategy);
  enter() {
    return this.stage.join();
  }
}
`,
    // the field is handed out
    `${setup}
class Room {
  private stage = new Stage(token, strategy);
  get current() {
    return this.stage;
  }
  enter() {
    return this.stage.join();
  }
}
new Room();
`,
    // a field read through an instance of the class
    `${setup}
class Room {
  stage = new Stage(token, strategy);
}
const room = new Room();
room.stage.on(StageEvents.ERROR, report);
await room.stage.join();
`,
    // a subclass that listens on itself in its constructor, or in a base class's
    `${setup}
class ObservedStage extends Stage {
  constructor(token: string, strategy: StageStrategy) {
    super(token, strategy);
    this.on(StageEvents.ERROR, report);
  }
}
const stage = new ObservedStage(token, strategy);
await stage.join();
`,
    `${setup}
class ObservedStage extends Stage {
  constructor(token: string, strategy: StageStrategy) {
    super(token, strategy);
    this.watchErrors();
  }
  private watchErrors() {
    this.on(StageEvents.ERROR, report);
  }
}
class RoomStage extends ObservedStage {}
await new RoomStage(token, strategy).join();
`,
    // a subclass method that listens, called on the instance; a join override that listens
    `${setup}
class RoomStage extends Stage {
  watch() {
    this.on(StageEvents.ERROR, report);
  }
}
const stage = new RoomStage(token, strategy);
stage.watch();
await stage.join();
`,
    `${setup}
class RoomStage extends Stage {
  override async join() {
    this.on(StageEvents.ERROR, report);
    return super.join();
  }
}
await new RoomStage(token, strategy).join();
`,
    // a subclass that hands itself to other code
    `${setup}
declare function register(stage: Stage): void;
class RoomStage extends Stage {
  constructor(token: string, strategy: StageStrategy) {
    super(token, strategy);
    register(this);
  }
}
await new RoomStage(token, strategy).join();
`,
    // odd code the rule does not follow: a destructured stage, `this` in a plain function
    `${setup}
const { join } = new Stage(token, strategy);
`,
    `${setup}
class Room {
  stage = new Stage(token, strategy);
  enter() {
    return function (this: { stage: Stage }) {
      return this.stage.join();
    };
  }
}
new Room();
`,
    // not the SDK's Stage
    `
class Stage {
  constructor(readonly name: string) {}
  join() {}
}
const stage = new Stage('infra');
stage.join();
`,
    `${setup}
const stage = new Map<string, number>();
stage.clear();
`,
  ],
  invalid: [
    // a local const joined with no listener at all, however the join is written
    invalid(
      `${setup}
const stage = new Stage(token, strategy);
await stage.join();
`,
      '`stage`',
    ),
    invalid(
      `${setup}
export async function start() {
  const stage = new Stage(token, strategy);
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => console.log(state));
  try {
    await stage.join();
  } catch (error) {
    report(error);
  }
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
const stage = new Stage(token, strategy);
stage.join().catch(report);
if (stage) {
  stage.refreshStrategy();
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
declare const maybe: Stage | undefined;
const stage = new Stage(token, strategy);
if (stage !== maybe) {
  void stage?.join();
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
const stage = new Stage(token, strategy) as Stage;
await stage!.join();
`,
      '`stage`',
    ),
    invalid(
      `
import * as ivs from 'amazon-ivs-web-broadcast';
declare const strategy: ivs.StageStrategy;
const stage = new ivs.Stage('token', strategy);
await stage.join();
`,
      '`stage`',
    ),
    // listeners for other events only (the STAGE_LEFT string, a union of non-ERROR events)
    invalid(
      `${setup}
const stage = new Stage(token, strategy);
stage.on(StageEvents.STAGE_LEFT, reason => console.log(reason));
stage.on('stageConnectionStateChanged', () => {});
await stage.join();
`,
      '`stage`',
    ),
    invalid(
      `${setup}
declare const event: StageEvents.STAGE_LEFT | StageEvents.STAGE_PARTICIPANT_JOINED;
const stage = new Stage(token, strategy);
stage.on(event, () => {});
await stage.join();
`,
      '`stage`',
    ),
    // let bindings, local and module-level, and each creation stored in them
    invalid(
      `${setup}
let stage: Stage | null = null;
export async function start() {
  stage = new Stage(token, strategy);
  await stage.join();
}
export function stop() {
  stage?.leave();
  stage = null;
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
declare const useBackup: boolean;
const stage = useBackup ? new Stage('backup', strategy) : new Stage(token, strategy);
await stage.join();
`,
      '`stage`',
      '`stage`',
    ),
    // joined straight away
    invalid(
      `${setup}
await new Stage(token, strategy).join();
`,
      '`new Stage(…)`',
    ),
    // class fields of a non-exported class, or private ones of an exported class
    invalid(
      `${setup}
class Room {
  stage?: Stage;
  async enter() {
    this.stage = new Stage(token, strategy);
    this.stage.on(StageEvents.STAGE_LEFT, () => {});
    await this.stage.join();
  }
}
new Room();
`,
      '`this.stage`',
    ),
    invalid(
      `${setup}
export class Room {
  private readonly stage = new Stage(token, strategy);
  enter() {
    return this.stage.join();
  }
}
`,
      '`this.stage`',
    ),
    invalid(
      `${setup}
export class Room {
  #stage: Stage | undefined;
  enter = async () => {
    this.#stage ??= new Stage(token, strategy);
    await this.#stage.join();
  };
}
`,
      '`this.#stage`',
    ),
    // class expressions, static blocks, computed and recursive calls
    invalid(
      `${setup}
const RoomStage = class extends Stage {};
await new RoomStage(token, strategy).join();
`,
      '`new RoomStage(…)`',
    ),
    invalid(
      `${setup}
const Room = class {
  stage = new Stage(token, strategy);
  enter() {
    return this.stage['join']();
  }
};
new Room();
`,
      '`this.stage`',
    ),
    invalid(
      `${setup}
class RoomStage extends Stage {
  attempts = 0;
  enter(): Promise<void> {
    return this.attempts++ < 3 ? this.enter() : this.join();
  }
}
const stage = new RoomStage(token, strategy);
await stage.enter();
`,
      '`stage`',
    ),
    // a React component that joins in an effect and leaves in its cleanup
    {
      code: `${setup}
declare function useEffect(effect: () => void | (() => void), deps: unknown[]): void;
export function Room({ token }: { token: string }) {
  useEffect(() => {
    const stage = new Stage(token, strategy);
    void stage.join();
    return () => stage.leave();
  }, [token]);
  return <div />;
}
`,
      filename: 'react.tsx',
      errors: [{ messageId: 'missingErrorListener', data: { name: '`stage`', failures: FAILURES_AFTER_JOIN } }],
    },
    // a subclass that listens to nothing, or only to other events
    invalid(
      `${setup}
class RoomStage extends Stage {}
const stage = new RoomStage(token, strategy);
await stage.join();
`,
      '`stage`',
    ),
    invalid(
      `${setup}
class RoomStage extends Stage {
  constructor(token: string, strategy: StageStrategy) {
    super(token, strategy);
    this.on(StageEvents.STAGE_LEFT, () => {});
  }
  override async join() {
    return super.join();
  }
}
await new RoomStage(token, strategy).join();
`,
      '`new RoomStage(…)`',
    ),
    // a subclass method that joins, called on the instance
    invalid(
      `${setup}
class RoomStage extends Stage {
  enter() {
    return this.join();
  }
}
const stage = new RoomStage(token, strategy);
await stage.enter();
`,
      '`stage`',
    ),
  ],
});
