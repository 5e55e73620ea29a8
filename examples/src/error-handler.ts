// A stage error handler as apps write it: the fatal codes fall into `default`.
import {
  Stage,
  StageErrorCode,
  StageEvents,
  type StageError,
} from 'amazon-ivs-web-broadcast';

import { showBanner } from './ui.js';

export function watchStageErrors(stage: Stage): void {
  stage.on(StageEvents.ERROR, (error: StageError) => {
    switch (error.code) {
      case StageErrorCode.TOKEN_EXPIRED:
        showBanner('Your session expired. Please sign in again.');
        break;
      case StageErrorCode.STAGE_AT_CAPACITY:
        showBanner('The stage is full. Try again in a minute.');
        break;
      default:
        showBanner('Reconnecting…');
    }
  });
}
