// Demo: a reconnect helper of the kind real apps ship, with the retry bugs
// no-retry-on-fatal-error reports.
import {
  Stage,
  StageErrorCode,
  StageEvents,
  type StageError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';

declare function fetchToken(): Promise<string>;

const RECONNECT_DELAY_MS = 2000;

export class StageSession {
  private stage: Stage;
  private attempts = 0;

  constructor(token: string, private readonly strategy: StageStrategy) {
    this.stage = new Stage(token, strategy);
    // Bug: every error rejoins, a deleted stage or a removed participant included.
    this.stage.on(StageEvents.ERROR, (error: StageError) => {
      console.warn('stage error', error.code, error.message);
      if (this.attempts < 5) {
        this.attempts++;
        setTimeout(() => void this.reconnect(), RECONNECT_DELAY_MS);
      }
    });
  }

  async start(): Promise<void> {
    await this.stage.join();
  }

  private async reconnect(): Promise<void> {
    await this.stage.join();
  }

  // Bug: an expired token is retried on the same Stage, with the same token.
  handleJoinError(error: StageError): void {
    switch (error.code) {
      case StageErrorCode.TIMEOUT:
      case StageErrorCode.TOKEN_EXPIRED:
        void this.reconnect();
        break;
      default:
        console.error('cannot join', error);
    }
  }

  // Correct: a token error gets a new token and a new Stage.
  async renew(error: StageError): Promise<void> {
    if (error.code === StageErrorCode.TOKEN_EXPIRED) {
      this.stage.leave();
      this.stage = new Stage(await fetchToken(), this.strategy);
      await this.stage.join();
    }
  }
}
