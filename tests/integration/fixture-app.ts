// The consumer app the integration tests lint: one file per rule, named after
// the rule, with the mistake that rule exists for, plus clean code that none
// of the rules may report.

import consumerTsconfig from '../../scripts/consumer-tsconfig.json' with { type: 'json' };

/**
 * The tsconfig every generated consumer project uses (here, the benchmark's corpus,
 * the node_modules corpus): a browser app's, since the SDK's declarations use DOM
 * types (MediaStream, RTCPeerConnection…).
 */
export const CONSUMER_TSCONFIG = consumerTsconfig;

/** The consumer's file that must hold findings of `rule`. */
export function fixtureFileOf(rule: string): string {
  return `src/${rule}.ts`;
}

/** Shared by the fixture files; it has no finding of its own. */
const strategy = `import { SubscribeType, type StageStrategy } from 'amazon-ivs-web-broadcast';

export const strategy: StageStrategy = {
  stageStreamsToPublish: () => [],
  shouldPublishParticipant: () => false,
  shouldSubscribeToParticipant: () => SubscribeType.AUDIO_VIDEO,
};
`;

export const FIXTURE_SOURCES: Record<string, string> = {
  'src/strategy.ts': strategy,

  // Forgets STAGE_DELETED and PARTICIPANT_DISCONNECTED; `default` must not excuse them.
  [fixtureFileOf('exhaustive-error-switch')]: `import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';

export function describeStageError(error: StageError): string {
  switch (error.code) {
    case StageErrorCode.TOKEN_MALFORMED:
    case StageErrorCode.TOKEN_EXPIRED:
    case StageErrorCode.TOKEN_NOT_ALLOWED:
    case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
      return 'ask the server for a new token';
    case StageErrorCode.FAILED:
    case StageErrorCode.CANCELED:
    case StageErrorCode.CODEC_MISMATCH:
      return 'show the error';
    default:
      return 'try again later';
  }
}
`,

  // A bare 6; the enum is in scope, so the fix can name STAGE_AT_CAPACITY.
  [fixtureFileOf('no-numeric-error-code')]: `import { StageErrorCode, type StageError } from 'amazon-ivs-web-broadcast';

export function isStageGone(error: StageError): boolean {
  return error.code === StageErrorCode.STAGE_DELETED;
}

export function isStageFull(error: StageError): boolean {
  return error.code === 6;
}
`,

  // Rejoins a deleted stage: the SDK throws on that join.
  [fixtureFileOf('no-retry-on-fatal-error')]: `import { StageErrorCode, StageEvents, type Stage } from 'amazon-ivs-web-broadcast';

export function rejoinOnError(stage: Stage): void {
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.STAGE_DELETED) {
      void stage.join();
    }
  });
}
`,

  // Creates and joins a stage that nobody listens to for errors.
  [fixtureFileOf('require-error-listener')]: `import { Stage } from 'amazon-ivs-web-broadcast';

import { strategy } from './strategy.js';

export async function joinStage(token: string): Promise<void> {
  const stage = new Stage(token, strategy);
  await stage.join();
}
`,
};

/** Code that does everything right: linting only this must exit 0 with no output. */
export const CLEAN_SOURCES: Record<string, string> = {
  'src/clean/stage.ts': `import { Stage, StageErrorCode, StageEvents, type StageError } from 'amazon-ivs-web-broadcast';

import { strategy } from '../strategy.js';

export function describeStageError(error: StageError): string {
  switch (error.code) {
    case StageErrorCode.TOKEN_MALFORMED:
    case StageErrorCode.TOKEN_EXPIRED:
    case StageErrorCode.TOKEN_NOT_ALLOWED:
    case StageErrorCode.TOKEN_EXCHANGE_REQUEST_INVALID:
      return 'ask the server for a new token';
    case StageErrorCode.FAILED:
    case StageErrorCode.CANCELED:
    case StageErrorCode.CODEC_MISMATCH:
    case StageErrorCode.STAGE_DELETED:
    case StageErrorCode.PARTICIPANT_DISCONNECTED:
      return 'show the error';
    default:
      return 'try again later';
  }
}

export async function joinStage(token: string): Promise<Stage> {
  const stage = new Stage(token, strategy);
  stage.on(StageEvents.ERROR, error => {
    console.error(describeStageError(error));
  });
  await stage.join();
  return stage;
}
`,
};

/**
 * What `eslint --fix` must leave in the fixture of each fixable rule. A rule
 * that is fixable in the built plugin and missing here fails the --fix test.
 */
export const EXPECTED_FIXES: Partial<Record<string, string>> = {
  'no-numeric-error-code': 'return error.code === StageErrorCode.STAGE_AT_CAPACITY;',
};
