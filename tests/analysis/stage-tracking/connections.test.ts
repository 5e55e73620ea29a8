// The stage-tracking parts following a RealTimeConnection
// (src/analysis/connection-tracking.ts, src/analysis/connection-listeners.ts):
// each `new RealTimeConnection(…)` is reported as `<holder>: <fate>`, where
// `joined` means connected (by `connect()`, or by joining a Stage built with it)
// and `listened` means a `stateChanged` listener that may read the error.
import type { TSESTree } from '@typescript-eslint/utils';

import { createConnectionTracker } from '../../../src/analysis/connection-tracking.js';
import { createStageTracker, mergeFates } from '../../../src/analysis/stage-tracking/index.js';
import { getIvsTypes } from '../../../src/sdk/types.js';
import { answerRule } from '../answers.js';
import { casesAfter, describeFate, describeHolder, ruleTester } from './probe-rule.js';

const connectionFates = answerRule(
  'test-connection-fates',
  'Reports what the file does with each RealTimeConnection',
  (context, report) => {
    const types = getIvsTypes(context);
    const stages = createStageTracker(context, types);
    const connections = createConnectionTracker(context, types, () => stages);
    return {
      NewExpression(node: TSESTree.NewExpression) {
        if (types.isRealTimeConnectionType(types.services.getTypeAtLocation(node))) {
          const holder = connections.holderOf(node);
          const fate = mergeFates(connections.holderFate(holder), connections.constructionFate(node));
          report(node, `${describeHolder(context.sourceCode, holder)}: ${describeFate(fate)}`);
        }
      },
    };
  },
);

const answers = casesAfter(`import { RealTimeConnection, Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
import type { RealTimeConnectionError, RealTimeConnectionState } from 'amazon-ivs-web-broadcast';
declare const token: string;
declare const strategy: StageStrategy;
declare function log(...values: unknown[]): void;
declare function takesState(state: RealTimeConnectionState): void;
declare function takesBoth(state: RealTimeConnectionState, error?: RealTimeConnectionError): void;
declare function takesAny(...values: unknown[]): void;
`);

ruleTester.run('stage-tracking: connections', connectionFates, {
  valid: [],
  invalid: [
    // connect() starts it; disconnect() and reads do nothing
    answers(
      "const connection = new RealTimeConnection(token);\nconnection.connect();\nconst other = new RealTimeConnection('t');\nother.disconnect();\nif (other) log('there');",
      '1: variable connection: joined',
      '3: variable other: nothing',
    ),
    // listeners: reading the error, ignoring it, or unreadable
    answers(
      "const reads = new RealTimeConnection(token);\nreads.on('stateChanged', (state, error) => log(error));\nconst unused = new RealTimeConnection(token);\nunused.on('stateChanged', (state, error) => log(state));\nconst fewer = new RealTimeConnection(token);\nfewer.on('stateChanged', state => log(state));\nconst bare = new RealTimeConnection(token);\nbare.on('stateChanged', () => {});",
      '1: variable reads: listened',
      '3: variable unused: nothing',
      '5: variable fewer: nothing',
      '7: variable bare: nothing',
    ),
    // listeners from elsewhere, read by type: fewer parameters prove it; more, or a rest, may read
    answers(
      "const a = new RealTimeConnection(token);\na.on('stateChanged', takesState);\nconst b = new RealTimeConnection(token);\nb.on('stateChanged', takesBoth);\nconst c = new RealTimeConnection(token);\nc.on('stateChanged', takesAny);",
      '1: variable a: nothing',
      '3: variable b: listened',
      '5: variable c: listened',
    ),
    // same-file functions and destructuring
    answers(
      "function onState(state: RealTimeConnectionState, error?: RealTimeConnectionError) {\n  log(error);\n}\nconst onlyState = (state: RealTimeConnectionState) => log(state);\nconst a = new RealTimeConnection(token);\na.on('stateChanged', onState);\nconst b = new RealTimeConnection(token);\nb.on('stateChanged', onlyState);\nconst c = new RealTimeConnection(token);\nc.on('stateChanged', (state, { message } = new Error()) => log(message));",
      '5: variable a: listened',
      '7: variable b: nothing',
      '9: variable c: listened',
    ),
    // a Stage built with it: joined or not, through the Stage's aliases; elsewhere it escapes
    answers(
      'const joined = new RealTimeConnection(token);\nconst stage = new Stage(token, strategy, { connection: joined });\nconst copy = stage;\nvoid copy.join();\nconst idle = new RealTimeConnection(token);\nconst waiting = new Stage(token, strategy, { connection: idle });\nconst passed = new RealTimeConnection(token);\nlog({ connection: passed });',
      '1: variable joined: joined',
      '5: variable idle: nothing',
      '7: variable passed: escapes',
    ),
    // an event the checker cannot read may be stateChanged
    answers(
      "declare const event: string;\nconst connection = new RealTimeConnection(token);\nconnection.on(event as any, (state: unknown) => log(state));",
      '2: variable connection: escapes',
    ),
  ],
});
