// SDK 1.41's RealTimeConnection in the stage-action parts: `connect()` and
// `new RealTimeConnection(…)` as actions (direct.ts), same-file functions that
// connect (summaries.ts), and where code runs because a connection failed
// (connectionErrorContextOf, error-contexts.ts). The call or `new` given to
// `mark(…)` is reported as its action (`none` when it is none); a bare `mark()`
// as its connection error context.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { actionOfNew, directActionOf, stageCallOf } from '../../../src/analysis/stage-actions/direct.js';
import { connectionErrorContextOf } from '../../../src/analysis/stage-actions/error-contexts.js';
import type { ActionReader } from '../../../src/analysis/stage-actions/reader.js';
import { helperActionOf } from '../../../src/analysis/stage-actions/summaries.js';
import { answersAfter, describeAction, probeRule, ruleTester } from './probe-rule.js';

const answers = answersAfter(`import { RealTimeConnection, Stage, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const connection: RealTimeConnection;
declare const stage: Stage;
declare const token: string;
declare const strategy: StageStrategy;
declare function mark(value?: unknown): void;
`);

const connectionRule = probeRule('test-connections', (reader, report) => ({
  'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
    const [argument] = node.arguments;
    report(node, argument ? describeMarked(reader, argument) : (connectionErrorContextOf(reader, node) ?? 'no connection error context'));
  },
}));

function describeMarked(reader: ActionReader, argument: TSESTree.Node): string {
  if (argument.type === AST_NODE_TYPES.NewExpression) {
    return describeAction(actionOfNew(reader, argument));
  }
  if (argument.type !== AST_NODE_TYPES.CallExpression) {
    return 'not a call';
  }
  const direct = directActionOf(reader, argument);
  if (!direct && stageCallOf(reader, argument)?.onNewStage) {
    return 'on a new connection';
  }
  return describeAction(direct ?? helperActionOf(reader, argument));
}

ruleTester.run('stage-actions: RealTimeConnection', connectionRule, {
  valid: [],
  invalid: [
    // connect() retries the connection it runs on; a new one is a fresh start; disconnect() is neither
    answers(
      'mark(connection.connect());\nmark(new RealTimeConnection(token));\nmark(connection.disconnect());',
      '1: sameConnection connect()',
      '2: freshConnection new RealTimeConnection()',
      '3: none',
    ),
    // a receiver declared with a type no RealTimeConnection narrows into is none, by its
    // declared type; `unknown` narrowed by instanceof is read at the call
    answers(
      [
        'declare class Socket { private readonly url: string; connect(): void }',
        'function reopen(socket: Socket, anything: unknown) {',
        '  mark(socket.connect());',
        '  if (anything instanceof RealTimeConnection) mark(anything.connect());',
        '}',
      ].join('\n'),
      '3: none',
      '4: sameConnection connect()',
    ),
    // connect() on a connection just created, or assigned, in the same branch
    answers(
      'const fresh = new RealTimeConnection(token);\nmark(fresh.connect());\nlet shared = connection;\nshared = connection;\nmark(shared.connect());',
      '2: on a new connection',
      '5: freshConnection connect()',
    ),
    // a subclass; not another class's connect(), nor one of the file named RealTimeConnection
    answers(
      "class Shared extends RealTimeConnection {}\nmark(new Shared(token).connect());\ndeclare const socket: { connect(): void };\nmark(socket.connect());\nclass Link {\n  connect(): void {}\n}\nmark(new Link().connect());\nmark(new Link());",
      '2: on a new connection',
      '4: none',
      '8: none',
      '9: none',
    ),
    // a same-file function that connects, or builds a new connection; a Stage's actions first
    answers(
      'function reopen() {\n  connection.connect();\n}\nconst renew = () => new RealTimeConnection(token);\nfunction restart() {\n  connection.connect();\n  void stage.join();\n}\nmark(reopen());\nmark(renew());\nmark(restart());',
      '9: sameConnection reopen()',
      '10: freshConnection renew()',
      '11: sameStage restart()',
    ),

    // the catch of a try that connects, constructs a connection, or calls a function that connects
    answers(
      'try {\n  connection.connect();\n  mark();\n} catch {\n  mark();\n} finally {\n  mark();\n}',
      '3: no connection error context',
      '5: catch',
      '7: no connection error context',
    ),
    answers(
      'function reopen() {\n  connection.connect();\n}\ntry {\n  new RealTimeConnection(token);\n} catch {\n  mark();\n}\ntry {\n  reopen();\n} catch {\n  mark();\n}\ntry {\n  void stage.join();\n} catch {\n  mark();\n}',
      '7: catch',
      '12: catch',
      '17: no connection error context',
    ),
    // a stateChanged listener on a connection, inline or by name; not another emitter's
    answers(
      "function onState() {\n  mark();\n}\nconnection.on('stateChanged', () => mark());\nconnection.on('stateChanged', onState);\ndeclare const socket: { on(event: string, listener: () => void): void };\nsocket.on('stateChanged', () => mark());",
      '2: stateChanged',
      '4: stateChanged',
      '7: no connection error context',
    ),
    // the nearest wins: a catch inside the listener
    answers(
      "connection.on('stateChanged', () => {\n  try {\n    connection.connect();\n  } catch {\n    mark();\n  }\n});",
      '5: catch',
    ),
  ],
});
