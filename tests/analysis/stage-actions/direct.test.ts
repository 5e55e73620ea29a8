// Actions written on a Stage itself (src/analysis/stage-actions/direct.ts): the
// call or `new` given to `mark(…)` is reported as
//   `<method>: <action>` for a call whose name and receiver may make it one
//                        (actionMethodOf, then directActionOf), or
//   `<method>: on a new Stage[, joins]` when it runs on a Stage created right
//                        before it (stageCallOf, joinsStage),
//   `not an action method` otherwise;
//   `may construct: <action>` for a `new` that may build a Stage
//                        (mayConstructStage, then actionOfNew),
//   `constructs no Stage` otherwise.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import {
  actionMethodOf,
  actionOfNew,
  directActionOf,
  joinsStage,
  mayConstructStage,
  stageCallOf,
} from '../../../src/analysis/stage-actions/direct.js';
import type { ActionReader } from '../../../src/analysis/stage-actions/reader.js';
import { answers, describeAction, probeRule, ruleTester } from './probe-rule.js';

const directRule = probeRule('test-direct-actions', (reader, report) => ({
  'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
    const [argument] = node.arguments;
    if (argument) {
      report(node, describeDirect(reader, markedValue(argument)));
    }
  },
}));

/** The call or `new` inside `mark(…)`, past `await` and `?.`. */
function markedValue(argument: TSESTree.Node): TSESTree.Node {
  let node = argument;
  while (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ChainExpression) {
    node = node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node.expression;
  }
  return node;
}

function describeDirect(reader: ActionReader, node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return mayConstructStage(reader, node) ? `may construct: ${describeAction(actionOfNew(reader, node))}` : 'constructs no Stage';
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) {
    return 'not a call';
  }
  const method = actionMethodOf(reader, node);
  if (method === undefined) {
    return 'not an action method';
  }
  const direct = directActionOf(reader, node);
  if (!direct && stageCallOf(reader, node)?.onNewStage) {
    return `${method}: on a new Stage${joinsStage(reader, node) ? ', joins' : ''}`;
  }
  return `${method}: ${describeAction(direct)}`;
}

/** Stage types named by a class of the file: a base class of the file may be one. */
const FILE_STAGE = { 'ivs-stage': { stageTypes: [{ from: 'file', name: 'Room' }] } };

ruleTester.run('stage-actions: direct', directRule, {
  valid: [],
  invalid: [
    // each method: three retries of the same Stage, one fresh token
    answers(
      'mark(stage.join());\nmark(stage.refreshStrategy());\nmark(stage.replaceStrategy(strategy));\nmark(stage.exchangeToken(token));\nmark(stage.leave());',
      '1: join: sameStage join()',
      '2: refreshStrategy: sameStage refreshStrategy()',
      '3: replaceStrategy: sameStage replaceStrategy()',
      '4: exchangeToken: freshToken exchangeToken()',
      '5: not an action method',
    ),
    // however the call is written
    answers(
      "mark(stage['join']());\nmark(await (stage as Stage).join());\ndeclare const maybe: Stage | undefined;\nmark(maybe?.join());\nmark(maybe!.refreshStrategy());",
      '1: join: sameStage join()',
      '2: join: sameStage join()',
      '4: join: sameStage join()',
      '5: refreshStrategy: sameStage refreshStrategy()',
    ),
    // a join of something that is not a Stage: by syntax alone, or by type
    answers(
      "mark(['a', 'b'].join());\nmark(`a`.concat());\ndeclare const names: string[];\nmark(names.join());\ndeclare const socket: { join(): void; exchangeToken(token: string): void };\nmark(socket.join());\nmark(socket.exchangeToken(token));",
      '1: not an action method',
      '2: not an action method',
      '4: join: none',
      '6: join: none',
      '7: exchangeToken: none',
    ),
    // a receiver declared with a type no Stage narrows into is none, by its declared type;
    // a declared type a Stage does narrow into (unknown, object, an interface Stage fits,
    // a union, a subclass with members of its own, a type parameter) is read at the call
    answers(
      [
        'declare class Registry { private readonly ids: string[]; join(): void }',
        'interface Joinable { join(): Promise<void> }',
        'class Sub extends Stage { extra(): void {} }',
        'function retry<T extends Stage>(registry: Registry, names: string[], anything: unknown, value: object, joinable: Joinable, either: Stage | Registry, sub: Sub, held: T) {',
        '  mark(registry.join());',
        '  mark(names.join());',
        '  if (anything instanceof Stage) mark(anything.join());',
        '  if (value instanceof Stage) mark(value.join());',
        '  if (joinable instanceof Stage) mark(joinable.join());',
        '  if (either instanceof Stage) mark(either.join());',
        '  mark(either.join());',
        '  mark(sub.join());',
        '  mark(held.join());',
        '}',
      ].join('\n'),
      '5: join: none',
      '6: join: none',
      '7: join: sameStage join()',
      '8: join: sameStage join()',
      '9: join: sameStage join()',
      '10: join: sameStage join()',
      '11: join: none',
      '12: join: sameStage join()',
      '13: join: sameStage join()',
    ),
    // `instanceof Stage` on a value declared as something no Stage fits yields an
    // intersection, which is not followed; a type whose members are all optional may hold one
    answers(
      [
        'declare class Registry { private readonly ids: string[]; join(): void }',
        'interface Options { join?(): Promise<void>; label?: string }',
        'function retry(registry: Registry, options: Options) {',
        '  if (registry instanceof Stage) mark(registry.join());',
        '  if (options instanceof Stage) mark(options.join());',
        '}',
      ].join('\n'),
      '4: join: none',
      '5: join: sameStage join()',
    ),
    // super.join() in a subclass runs the parent's own join; this.join() retries the instance
    answers(
      'class Logged extends Stage {\n  override async join() {\n    mark(await super.join());\n  }\n  retry() {\n    mark(this.join());\n  }\n}',
      '3: not an action method',
      '6: join: sameStage join()',
    ),
    // `this` in a class of the file that extends nothing is no Stage, unless a setting says so
    answers(
      'class Room {\n  join() {}\n  retry() {\n    mark(this.join());\n  }\n}',
      '4: not an action method',
    ),
    {
      ...answers('class Room {\n  join() {}\n  retry() {\n    mark(this.join());\n  }\n}', '4: join: sameStage join()'),
      settings: FILE_STAGE,
    },

    // a Stage re-created right before the call: by `new`, the `new` is the action (its join still joins)
    answers(
      'function retry(current: Stage) {\n  current = new Stage(token, strategy);\n  mark(current.join());\n}',
      '3: join: on a new Stage, joins',
    ),
    answers(
      'const fresh = new Stage(token, strategy);\nmark(fresh.join());\nmark(fresh.refreshStrategy());\nmark(new Stage(token, strategy).join());',
      '2: join: on a new Stage, joins',
      '3: refreshStrategy: on a new Stage',
      '4: join: on a new Stage, joins',
    ),
    // …not in the catch of a try after it: the Stage created before the try is the one that failed
    answers(
      'async function start(current: Stage) {\n  current = new Stage(token, strategy);\n  try {\n    mark(await current.join());\n  } catch {\n    mark(current.join());\n  }\n}',
      '4: join: on a new Stage, joins',
      '6: join: sameStage join()',
    ),
    // the last write before the call is the one it sees
    answers(
      'declare function nextStage(): Stage;\nfunction first(current: Stage) {\n  let s = current;\n  s = new Stage(token, strategy);\n  mark(s.join());\n}\nfunction last(current: Stage) {\n  current = new Stage(token, strategy);\n  current = nextStage();\n  mark(current.join());\n}',
      '5: join: on a new Stage, joins',
      '10: join: freshToken join()',
    ),
    // …by another value: a fresh start with whatever token that Stage has
    answers(
      'declare function nextStage(): Stage;\nfunction retry(current: Stage) {\n  current = nextStage();\n  mark(current.join());\n  if (error) {\n    mark(current.refreshStrategy());\n  }\n}',
      '4: join: freshToken join()',
      '6: refreshStrategy: freshToken refreshStrategy()',
    ),
    answers(
      'declare function nextStage(): Stage;\nconst next = nextStage();\nmark(next.replaceStrategy(strategy));',
      '3: replaceStrategy: freshToken replaceStrategy()',
    ),
    // …on a field of `this`
    answers(
      'declare function nextStage(): Stage;\nclass Client {\n  stage = stage;\n  restart() {\n    this.stage = new Stage(token, strategy);\n    mark(this.stage.join());\n  }\n  resume() {\n    this.stage = nextStage();\n    mark(this.stage.join());\n  }\n  retry(other: Client) {\n    other.stage = new Stage(token, strategy);\n    mark(this.stage.join());\n  }\n}',
      '6: join: on a new Stage, joins',
      '10: join: freshToken join()',
      '14: join: sameStage join()',
    ),
    // not re-created: in another branch, after the call, in an enclosing function, another binding
    answers(
      'function retry(current: Stage) {\n  if (error.code === StageErrorCode.TIMEOUT) {\n    current = new Stage(token, strategy);\n  }\n  mark(current.join());\n}',
      '5: join: sameStage join()',
    ),
    answers(
      'function retry(current: Stage) {\n  mark(current.join());\n  current = new Stage(token, strategy);\n}',
      '2: join: sameStage join()',
    ),
    answers(
      'function start(current: Stage) {\n  current = new Stage(token, strategy);\n  return () => {\n    mark(current.join());\n  };\n}',
      '4: join: sameStage join()',
    ),
    answers(
      'function retry(current: Stage, other: Stage) {\n  other = new Stage(token, strategy);\n  mark(current.join());\n}',
      '3: join: sameStage join()',
    ),
    // the same name, another binding: the loop's `current` is not the one created before
    answers(
      'declare const stages: Stage[];\nconst current = new Stage(token, strategy);\nfor (const current of stages) {\n  mark(current.join());\n}',
      '4: join: sameStage join()',
    ),

    // new: a Stage, a subclass, through a namespace or a constructor type
    answers(
      "import * as ivs from 'amazon-ivs-web-broadcast';\nclass Sub extends Stage {}\ndeclare const Ctor: new () => Stage;\nmark(new Stage(token, strategy));\nmark(new ivs.Stage(token, strategy));\nmark(new Sub(token, strategy));\nmark(new Ctor());",
      '4: may construct: freshToken new Stage()',
      '5: may construct: freshToken new ivs.Stage()',
      '6: may construct: freshToken new Sub()',
      '7: may construct: freshToken new Ctor()',
    ),
    // lib globals and classes of the file that extend nothing build no Stage, by scope alone;
    // a class that extends something may, until the types say otherwise
    answers(
      "class Local {}\nclass Derived extends Local {}\nmark(new Map());\nmark(new Error('x'));\nmark(new Local());\nmark(new Derived());",
      '3: constructs no Stage',
      '4: constructs no Stage',
      '5: constructs no Stage',
      '6: may construct: none',
    ),
    // a local class named like a lib global is no lib global
    answers(
      'class Map extends Stage {}\nmark(new Map(token, strategy));',
      '2: may construct: freshToken new Map()',
    ),
    // with a Stage type named by file, any class may be one: only the types decide
    {
      ...answers(
        'class Room {}\nmark(new Room());\nmark(new Map());',
        '2: may construct: freshToken new Room()',
        '3: may construct: none',
      ),
      settings: FILE_STAGE,
    },
  ],
});
