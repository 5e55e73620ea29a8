// require-error-listener where real apps keep their Stage: React refs, stores,
// hook callbacks, same-file factories, and the places where it still escapes.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageIds, type Options } from '../../src/rules/require-error-listener.js';
import { createRuleTester, FAILURES_AFTER_JOIN } from '../rule-tester.js';

const ruleTester = createRuleTester();

const setup = `
import { Stage, StageEvents, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const token: string;
declare const strategy: StageStrategy;
declare function report(error: unknown): void;
declare function useRef<T>(value: T): { current: T };
declare function useCallback<T>(callback: T, deps: unknown[]): T;
declare function useEffect(effect: () => void | (() => void), deps: unknown[]): void;
`;

/** One report per name, in order, linted as react.tsx. */
function invalid(code: string, ...names: string[]): InvalidTestCase<MessageIds, Options> {
  return {
    code,
    filename: 'react.tsx',
    errors: names.map(name => ({ messageId: 'missingErrorListener' as const, data: { name, failures: FAILURES_AFTER_JOIN } })),
  };
}

const tsx = (code: string) => ({ code, filename: 'react.tsx' });

ruleTester.run('require-error-listener: refs, stores, hooks and factories', rule, {
  valid: [
    // a listener registered through a ref, or through a local read out of it
    tsx(`${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  return useCallback(async () => {
    const stage = new Stage(token, strategy);
    stageRef.current = stage;
    stageRef.current.on(StageEvents.ERROR, report);
    await stage.join();
  }, []);
}
`),
    tsx(`${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  const join = useCallback(async () => {
    stageRef.current = new Stage(token, strategy);
    await stageRef.current.join();
  }, []);
  useEffect(() => {
    const stage = stageRef.current;
    stage?.on(StageEvents.ERROR, report);
  }, []);
  return join;
}
`),
    // a store object of the file, listened through its field
    `${setup}
const store = { stage: null as Stage | null, participants: [] as string[] };
export async function enter() {
  store.stage = new Stage(token, strategy);
  await store.stage.join();
}
export function watch() {
  store.stage?.on(StageEvents.ERROR, report);
}
`,
    // a zustand-style store: \`set\` hands the stage to every subscriber
    `${setup}
interface StageState { stage: Stage | null; enter(): Promise<void> }
declare function create<T>(init: (set: (partial: Partial<T>) => void) => T): () => T;
export const useStageStore = create<StageState>(set => ({
  stage: null,
  enter: async () => {
    const stage = new Stage(token, strategy);
    set({ stage });
    await stage.join();
  },
}));
`,
    // the ref object itself leaves the hook, or comes from a call that may share it
    `${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  stageRef.current = new Stage(token, strategy);
  void stageRef.current.join();
  return stageRef;
}
`,
    `${setup}
declare function getStore(): { stage: Stage | null };
const store = getStore();
store.stage = new Stage(token, strategy);
await store.stage.join();
`,
    `${setup}
const store = {
  stage: null as Stage | null,
  watch() {
    this.stage?.on(StageEvents.ERROR, report);
  },
};
store.stage = new Stage(token, strategy);
await store.stage.join();
`,
    // cached in a collection or put on window: other code can reach it
    `${setup}
const cache = new Map<string, Stage>();
const stage = new Stage(token, strategy);
const alias = stage;
cache.set(token, alias);
await stage.join();
`,
    `${setup}
declare global {
  interface Window { stage?: Stage }
}
const stage = new Stage(token, strategy);
window.stage = stage;
await stage.join();
`,
    // a listener registered by a function declared later in the file
    `${setup}
const stage = new Stage(token, strategy);
stage.on(StageEvents.ERROR, onStageError);
await stage.join();
function onStageError(error: unknown) {
  report(error);
}
`,
    `${setup}
const stage = new Stage(token, strategy);
attachListeners(stage);
await stage.join();
function attachListeners(target: Stage) {
  target.on(StageEvents.ERROR, report);
}
`,
    // factories whose callers listen, or that other code can call
    `${setup}
function createStage(token: string) {
  return new Stage(token, strategy);
}
const stage = createStage(token);
stage.on(StageEvents.ERROR, report);
await stage.join();
`,
    `${setup}
async function connect() {
  const stage = new Stage(token, strategy);
  await stage.join();
  return stage;
}
const stage = await connect();
stage.on(StageEvents.ERROR, report);
`,
    `${setup}
async function connect() {
  const stage = new Stage(token, strategy);
  await stage.join();
  return stage;
}
connect().then(stage => stage.on(StageEvents.ERROR, report));
`,
    `${setup}
function createStage() {
  return new Stage(token, strategy);
}
export const factories = [createStage];
await createStage().join();
`,
    `${setup}
export function createStage() {
  const stage = new Stage(token, strategy);
  void stage.join();
  return stage;
}
`,
  ],
  invalid: [
    // a copy of the stage is the same stage
    invalid(
      `${setup}
const stage = new Stage(token, strategy);
const alias = stage;
await alias.join();
`,
      '`stage`',
    ),
    // refs: assigned then joined through the ref, or the ref joined in another callback
    invalid(
      `${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  const stage = new Stage(token, strategy);
  stageRef.current = stage;
  void stageRef.current.join();
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  const create = useCallback(() => {
    stageRef.current = new Stage(token, strategy);
    stageRef.current.on(StageEvents.STAGE_LEFT, () => {});
  }, []);
  const join = useCallback(async () => {
    await stageRef.current?.join();
  }, []);
  useEffect(() => () => stageRef.current?.leave(), []);
  return { create, join };
}
`,
      '`stageRef.current`',
    ),
    // a store object of the file
    invalid(
      `${setup}
const store: { stage: Stage | null; joined: boolean } = { stage: null, joined: false };
export async function enter() {
  store.stage ??= new Stage(token, strategy);
  await store.stage.join();
  store.joined = true;
}
`,
      '`store.stage`',
    ),
    // a factory whose callers, all in this file, never listen
    invalid(
      `${setup}
function createStage(token: string) {
  const stage = new Stage(token, strategy);
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, () => {});
  return stage;
}
export async function start() {
  const stage = createStage(token);
  await stage.join();
}
`,
      '`stage`',
    ),
    invalid(
      `${setup}
const makeStage = (token: string) => new Stage(token, strategy);
await makeStage('a').join();
`,
      '`new Stage(…)`',
    ),
    invalid(
      `${setup}
async function connect() {
  const stage = new Stage(token, strategy);
  return stage;
}
let current: Stage | null = null;
export async function start() {
  current = await connect();
  await current.join();
}
`,
      '`stage`',
    ),
  ],
});
