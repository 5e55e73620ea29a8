// no-retry-on-fatal-error in the shapes React apps have: refs, hook callbacks,
// effects and toggles that apply strategy changes, connection-state and
// STAGE_LEFT listeners, a join override as an arrow property, look-alikes.
import rule from '../../src/rules/no-retry-on-fatal-error.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const setup = `
import {
  Stage,
  StageConnectionState,
  StageErrorCode,
  StageEvents,
  StageLeftReason,
  type StageError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';
declare const strategy: StageStrategy;
declare function useRef<T>(value: T): { current: T };
declare function useCallback<T>(callback: T, deps: unknown[]): T;
declare function useEffect(effect: () => void | (() => void), deps: unknown[]): void;
`;

const tsx = (code: string) => ({ code, filename: 'react.tsx' });

ruleTester.run('no-retry-on-fatal-error: React apps', rule, {
  valid: [
    // a useCallback reconnect whose catch leaves unless the code is retryable
    tsx(`${setup}
export function useStage(token: string) {
  const stageRef = useRef<Stage | null>(null);
  const reconnect = useCallback(async () => {
    const stage = stageRef.current ?? new Stage(token, strategy);
    stageRef.current = stage;
    try {
      await stage.join();
    } catch (caught) {
      const error = caught as StageError;
      if (error.code !== StageErrorCode.TIMEOUT && error.code !== StageErrorCode.STAGE_AT_CAPACITY) {
        return;
      }
      setTimeout(() => void reconnect(), 2000);
    }
  }, [token]);
  return reconnect;
}
`),
    // effects and toggles apply strategy changes: not retries
    tsx(`${setup}
export function useStage(camera: boolean, muted: boolean) {
  const stageRef = useRef<Stage | null>(null);
  useEffect(() => {
    stageRef.current?.refreshStrategy();
  }, [camera]);
  const toggleMute = useCallback(() => {
    stageRef.current?.refreshStrategy();
  }, [muted]);
  const swap = useCallback((next: StageStrategy) => {
    stageRef.current?.replaceStrategy(next);
  }, []);
  return { toggleMute, swap };
}
`),
    // a strategy refresh on ERRORED is no rejoin, and a STAGE_LEFT listener may
    // rejoin after the reasons that allow it
    tsx(`${setup}
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.ERRORED || state === StageConnectionState.DISCONNECTED) {
      stage.refreshStrategy();
    }
  });
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason === StageLeftReason.UNKNOWN || reason === StageLeftReason.REAL_TIME_CONNECTION_FORCED_LEAVE) {
      void stage.join();
    }
  });
}
`),
    // the same listener handing the reason to a prop
    tsx(`${setup}
export function watch(stage: Stage, onLeft: (reason: StageLeftReason) => void) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason !== StageLeftReason.USER_INITIATED) {
      onLeft(reason);
    }
  });
}
`),
    // a connection-state rejoin behind the app's own verdict (set by its ERROR listener): not read, silent
    tsx(`${setup}
export function useReconnect(stage: Stage) {
  const fatal = useRef(false);
  stage.on(StageEvents.ERROR, error => {
    fatal.current = error.code === StageErrorCode.STAGE_DELETED;
  });
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.DISCONNECTED && !fatal.current) void stage.join();
  });
}
`),
    // a connection-state listener that calls a prop: not a rejoin
    tsx(`${setup}
export function useWatch(stage: Stage, onDisconnected: () => void) {
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    if (state === StageConnectionState.DISCONNECTED) onDisconnected();
  });
}
`),
    // a retry guarded to the retryable codes, through a ref
    tsx(`${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  return useCallback(async () => {
    const stage = stageRef.current;
    if (!stage) return;
    try {
      await stage.join();
    } catch (error) {
      if ((error as StageError).code === StageErrorCode.TIMEOUT) {
        setTimeout(() => void stage.join(), 1000);
      }
    }
  }, []);
}
`),
    // a class named Stage that is not the SDK's
    `
class Stage {
  async join(): Promise<void> {}
}
const stack = new Stage();
try {
  await stack.join();
} catch {
  await stack.join();
}
`,
  ],
  invalid: [
    // the connection-state listener rejoins on ERRORED/DISCONNECTED, directly and
    // through a same-file function with a backoff counter
    {
      ...tsx(`${setup}
export function useStage(token: string) {
  const stageRef = useRef<Stage | null>(null);
  const attempts = useRef(0);
  const reconnect = useCallback(() => {
    if (attempts.current > 5) return;
    attempts.current += 1;
    setTimeout(() => void stageRef.current?.join(), 1000 * 2 ** attempts.current);
  }, []);
  const stage = new Stage(token, strategy);
  stageRef.current = stage;
  stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
    switch (state) {
      case StageConnectionState.ERRORED:
        void stage.join();
        break;
      case StageConnectionState.DISCONNECTED:
        reconnect();
        break;
      default:
        attempts.current = 0;
    }
  });
}
`),
      errors: [
        {
          messageId: 'retryOnConnectionState' as const,
          data: { action: '`join()`', fatal: 'a failed connection, a deleted stage or a removed participant' },
          line: 29,
          column: 14,
        },
        {
          messageId: 'retryOnConnectionState' as const,
          data: { action: '`reconnect()`', fatal: 'a failed connection, a deleted stage or a removed participant' },
          line: 32,
          column: 9,
        },
      ],
    },
    // a hook that rejoins from the catch of join, through the ref
    {
      ...tsx(`${setup}
export function useStage() {
  const stageRef = useRef<Stage | null>(null);
  return useCallback(async () => {
    try {
      await stageRef.current?.join();
    } catch {
      setTimeout(() => void stageRef.current?.join(), 2000);
    }
  }, []);
}
`),
      errors: [{ messageId: 'unguardedRetry', data: { action: '`join()`' }, line: 22 }],
    },
    // a reconnect wrapped in useCallback, called again from the catch of its join
    {
      ...tsx(`${setup}
export function useStage(token: string) {
  const stageRef = useRef<Stage | null>(null);
  const attempts = useRef(0);
  const reconnect = useCallback(async () => {
    const stage = stageRef.current ?? new Stage(token, strategy);
    stageRef.current = stage;
    try {
      await stage.join();
      attempts.current = 0;
    } catch {
      attempts.current += 1;
      if (attempts.current < 5) {
        setTimeout(() => void reconnect(), 1000 * 2 ** attempts.current);
      }
    }
  }, [token]);
  return reconnect;
}
`),
      errors: [{ messageId: 'unguardedRetry', data: { action: '`reconnect()`' }, line: 28 }],
    },
    // Issue "The SDK's whole failure surface": this STAGE_LEFT listener used to be
    // valid ("STAGE_LEFT is no error context"); every reason but the user's own
    // leave reaches its rejoin, and the final ones must not rejoin with this token
    {
      ...tsx(`${setup}
export function watch(stage: Stage) {
  stage.on(StageEvents.STAGE_LEFT, reason => {
    if (reason !== StageLeftReason.USER_INITIATED) {
      void stage.join();
    }
  });
}
`),
      errors: [
        { messageId: 'retryOnFatal', line: 19, column: 12 },
        { messageId: 'rejoinWithSameToken', line: 19, column: 12 },
      ],
    },
    // a join override as an arrow property with extra parameters is still a join
    {
      code: `${setup}
class RoomStage extends Stage {
  override join = async (attempt = 0): Promise<void> => {
    console.log('join attempt', attempt);
    await super.join();
  };
}
declare const room: RoomStage;
room.on(StageEvents.ERROR, error => {
  if (error.code === StageErrorCode.STAGE_DELETED) {
    void room.join(1);
  }
});
`,
      errors: [{ messageId: 'retryOnFatal' }],
    },
  ],
});
