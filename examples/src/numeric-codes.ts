// What a viewer sees when joining a stage fails: the codes were copied as
// numbers from the SDK's error table, so `npm run demo` shows them fixed.
import {
  StageErrorCode,
  type StageError,
} from 'amazon-ivs-web-broadcast';

const MESSAGES: Partial<Record<StageErrorCode, string>> = {
  [StageErrorCode.TOKEN_EXPIRED]: 'Your session expired. Please sign in again.',
  6: 'This stage is full. Please try again in a minute.',
  9: 'This stage has ended.',
};

/** The text to show for a failed join. */
export function joinFailureMessage(error: StageError): string {
  return MESSAGES[error.code] ?? 'Could not join the stage.';
}

/** Whether the join may succeed later without a new token. */
export function isWorthWaiting(error: StageError): boolean {
  return error.code === 6 || error.code === 3;
}
