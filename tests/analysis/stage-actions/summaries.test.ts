// What a same-file function does whenever it runs (src/analysis/stage-actions/summaries.ts):
// the call given to `mark(…)` is reported as
//   `no helper`      when its callee cannot name a same-file function whose body
//                    has a call or `new` that could act (mayBeHelper, syntax only),
//   `not a helper`   when it may, but does not (helperOf),
//   `<action>[, joins]` otherwise: helperActionOf, and whether callJoins.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ActionReader } from '../../../src/analysis/stage-actions/reader.js';
import { callJoins, helperActionOf, helperOf, mayBeHelper } from '../../../src/analysis/stage-actions/summaries.js';
import { answers, describeAction, probeRule, ruleTester } from './probe-rule.js';

const summaryRule = probeRule('test-summaries', (reader, report) => ({
  'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
    const [argument] = node.arguments;
    if (argument?.type === AST_NODE_TYPES.CallExpression) {
      report(node, describeHelperCall(reader, argument));
    }
  },
}));

function describeHelperCall(reader: ActionReader, call: TSESTree.CallExpression): string {
  if (!mayBeHelper(reader, call.callee)) {
    return 'no helper';
  }
  if (!helperOf(reader, call.callee)) {
    return 'not a helper';
  }
  return `${describeAction(helperActionOf(reader, call))}${callJoins(reader, call) ? ', joins' : ''}`;
}

ruleTester.run('stage-actions: summaries', summaryRule, {
  valid: [],
  invalid: [
    // a helper that joins: a declaration, a const arrow, an exported one
    answers(
      'function reconnect() {\n  void stage.join();\n}\nmark(reconnect());',
      '4: sameStage reconnect(), joins',
    ),
    answers(
      'const rejoin = async () => {\n  await stage.join();\n};\nmark(rejoin());\nexport function connect() {\n  return stage.join();\n}\nmark(connect());',
      '4: sameStage rejoin(), joins',
      '8: sameStage connect(), joins',
    ),
    // what else a helper may do: retry without joining, start over, both, nothing
    answers(
      'function refresh() {\n  stage.refreshStrategy();\n}\nfunction renew() {\n  void stage.exchangeToken(token);\n}\nfunction restart() {\n  return new Stage(token, strategy);\n}\nfunction both() {\n  renew();\n  refresh();\n}\nfunction show() {\n  console.log(stage);\n}\nmark(refresh());\nmark(renew());\nmark(restart());\nmark(both());\nmark(show());',
      '17: sameStage refresh()',
      '18: freshToken renew()',
      '19: freshToken restart()',
      '20: sameStage both()',
      '21: no helper',
    ),
    // a helper that creates a Stage and joins it: its `new` is the action, and it joins
    answers(
      'async function restart() {\n  const next = new Stage(token, strategy);\n  await next.join();\n}\nmark(restart());',
      '5: freshToken restart(), joins',
    ),
    // through another helper, and through methods of the class, named after the call
    answers(
      'function outer() {\n  inner();\n}\nfunction inner() {\n  void stage.join();\n}\nmark(outer());',
      '7: sameStage outer(), joins',
    ),
    answers(
      'class Client {\n  connect() {\n    return stage.join();\n  }\n  reconnect = () => this.connect();\n  retry() {\n    mark(this.connect());\n    mark(this.reconnect());\n  }\n}',
      '7: sameStage this.connect(), joins',
      '8: sameStage this.reconnect(), joins',
    ),
    // useCallback hands its function back; another wrapper is no helper
    answers(
      'declare function useCallback<T>(fn: T, deps: unknown[]): T;\ndeclare function debounce(fn: () => void): () => void;\nconst rejoin = useCallback(() => {\n  void stage.join();\n}, []);\nconst later = debounce(() => {\n  void stage.join();\n});\nmark(rejoin());\nmark(later());',
      '9: sameStage rejoin(), joins',
      '10: not a helper',
    ),
    // …and so do React's useCallback and useMemo, known by their import where React's types are missing
    answers(
      "import { useCallback, useMemo } from 'react';\nconst rejoin = useCallback(() => {\n  void stage.join();\n}, []);\nconst refresh = useMemo(() => () => stage.refreshStrategy(), []);\nmark(rejoin());\nmark(refresh());",
      '6: sameStage rejoin(), joins',
      '7: sameStage refresh()',
    ),
    // callbacks that run because the helper ran: a timer, a promise, an IIFE
    answers(
      'function later() {\n  setTimeout(() => {\n    void stage.join();\n  }, 1000);\n}\nfunction after(ready: Promise<void>) {\n  void ready.then(() => stage.refreshStrategy());\n}\nfunction now() {\n  (() => {\n    void stage.join();\n  })();\n}\nmark(later());\nmark(after(Promise.resolve()));\nmark(now());',
      '14: sameStage later(), joins',
      '15: sameStage after()',
      '16: sameStage now(), joins',
    ),
    // …not callbacks registered or stored for later events, nor functions only declared
    answers(
      "declare const button: HTMLButtonElement;\nfunction wire() {\n  stage.on(StageEvents.STAGE_LEFT, () => {\n    void stage.join();\n  });\n  window.addEventListener('online', () => {\n    void stage.join();\n  });\n  button.onclick = () => {\n    void stage.join();\n  };\n  function unused() {\n    void stage.join();\n  }\n}\nmark(wire());",
      '16: none',
    ),
    // only what runs whenever the helper runs: a guarded join is no summary of it
    answers(
      'function maybe() {\n  if (error.code === StageErrorCode.TIMEOUT) void stage.join();\n}\nmark(maybe());',
      '4: none',
    ),
    // recursion: a function that calls itself, and a cycle read from either end
    answers(
      'function retry(): void {\n  void stage.join();\n  retry();\n}\nmark(retry());',
      '5: sameStage retry(), joins',
    ),
    answers(
      'function first(): void {\n  second();\n}\nfunction second(): void {\n  first();\n  void stage.join();\n}\nmark(second());\nmark(first());',
      '8: sameStage second(), joins',
      '9: sameStage first(), joins',
    ),
    answers(
      'function first(): void {\n  second();\n}\nfunction second(): void {\n  first();\n  void stage.join();\n}\nmark(first());\nmark(second());',
      '8: sameStage first(), joins',
      '9: sameStage second(), joins',
    ),
    // the syntactic filter keeps no "no" it read through an unfinished cycle
    answers(
      'function outer(): void {\n  inner();\n  void stage.join();\n}\nfunction inner(): void {\n  outer();\n}\nmark(outer());\nmark(inner());',
      '8: sameStage outer(), joins',
      '9: sameStage inner(), joins',
    ),
    answers(
      'function ping(): void {\n  pong();\n}\nfunction pong(): void {\n  ping();\n}\nmark(ping());',
      '7: no helper',
    ),
    // what is no same-file function: a parameter, a declared function, a `let`, another object's method
    answers(
      'declare function external(): void;\ndeclare const client: { connect(): void };\nlet rebindable = () => stage.join();\nfunction run(task: () => void) {\n  mark(task());\n}\nmark(external());\nmark(rebindable());\nmark(client.connect());',
      '5: no helper',
      '7: no helper',
      '8: no helper',
      '9: no helper',
    ),
  ],
});
