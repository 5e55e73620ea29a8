// A watch party as apps write it with SDK 1.41: one RealTimeConnection carries
// the main room and every breakout room. The token handling, the leave handling
// and the connection's own failures all have the mistakes `npm run demo` shows.
import {
  RealTimeConnection,
  RealTimeConnectionErrorCode,
  RealTimeConnectionState,
  Stage,
  StageConnectionState,
  StageEvents,
  StageLeftReason,
  type RealTimeConnectionError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';

import { watchStageErrors } from './error-handler.js';
import { showBanner } from './ui.js';

const RETRY_DELAY_MS = 2000;

/** The text to show when the shared connection fails. */
function connectionMessage(error: RealTimeConnectionError): string {
  // exhaustive-error-switch (missingFatalCases): no case for CONNECTION_TOKEN_INVALID and CONNECTION_NOT_RECOGNIZED.
  switch (error.code) {
    case RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED:
      return 'Your session expired. Please sign in again.';
    default:
      return 'Connection lost. Reconnecting…';
  }
}

/** The text to show when a room is left. */
function leftMessage(reason: StageLeftReason): string {
  // exhaustive-error-switch (missingFinalCases): no case for TOKEN_REUSED, PARTICIPANT_DISCONNECTED, FAILED_EXCHANGE and REAL_TIME_CONNECTION_TOKEN_REVOCATION.
  switch (reason) {
    case StageLeftReason.USER_INITIATED:
      return 'You left the room.';
    case StageLeftReason.STAGE_DELETED:
      return 'This room has ended.';
    default:
      return 'Rejoining the room…';
  }
}

/** Whether signing in again would help. */
export function needsSignIn(error: RealTimeConnectionError): boolean {
  // no-numeric-error-code (numericCode): 1054 stands for RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED.
  return error.code === 1054;
}

export class WatchParty {
  private readonly connection: RealTimeConnection;
  private connected = false;

  constructor(connectionToken: string, private readonly strategy: StageStrategy) {
    // require-error-listener (missingConnectionErrorListener, with `connections: true`): its listener never reads the error.
    this.connection = new RealTimeConnection(connectionToken);
    this.connection.on('stateChanged', state => {
      this.connected = state === RealTimeConnectionState.CONNECTED;
    });
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** Opens the shared connection ahead of the first room, to show video sooner. */
  open(): void {
    try {
      this.connection.connect();
    } catch (e) {
      const error = e as RealTimeConnectionError;
      if (error.code === RealTimeConnectionErrorCode.CONNECTION_TOKEN_EXPIRED) {
        // no-retry-on-fatal-error (retryConnectionWithSameToken): connect() sends the expired connection token again.
        setTimeout(() => this.connection.connect(), RETRY_DELAY_MS);
        return;
      }
      showBanner(connectionMessage(error));
    }
  }

  /** Joins a room (the main stage or a breakout) over the shared connection. */
  async enter(roomToken: string): Promise<Stage> {
    const stage = new Stage(roomToken, this.strategy, { connection: this.connection });
    watchStageErrors(stage);
    stage.on(StageEvents.STAGE_LEFT, reason => {
      showBanner(leftMessage(reason));
      // no-retry-on-fatal-error (rejoinOnLeave): rejoins after every reason, the user's own leave() included.
      setTimeout(() => void stage.join(), RETRY_DELAY_MS);
    });
    stage.on(StageEvents.STAGE_CONNECTION_STATE_CHANGED, state => {
      if (state === StageConnectionState.DISCONNECTED) {
        // no-retry-on-fatal-error (retryOnConnectionState): the state does not say whether the stage was deleted.
        void stage.join();
      }
    });
    await stage.join();
    return stage;
  }
}
