// Same-file functions a Stage passes through (src/analysis/stage-tracking/factories.ts):
// each `new Stage(…)` is reported as `<holder>: <fate> [+ aliases]` (a stage
// returned by a factory goes where the callers put it: returnedFate), each
// reference to `stage` as what it does (a stage read from a call: calledValueFate),
// each `result` as the function it is the result of (functionReturning), and
// each `function returns…` as the values it returns (returnedValues).
import type { TSESTree } from '@typescript-eslint/utils';

import { functionReturning, returnedValues } from '../../../src/analysis/stage-tracking/factories.js';
import { answers, creationFates, functionName, type Probe, ruleTester, stageUses, trackingRule } from './probe-rule.js';

const syntax: Probe = (tracker, report) => ({
  'Identifier[name="result"]'(node: TSESTree.Identifier) {
    const fn = functionReturning(node);
    report(node, fn ? `result of ${functionName(fn)}` : 'no result');
  },
  'FunctionDeclaration[id.name=/^returns/]'(node: TSESTree.FunctionDeclaration) {
    report(node, `returns ${returnedValues(node, tracker).map(value => tracker.sourceCode.getText(value)).join(', ')}`);
  },
});

ruleTester.run('stage-tracking: factories', trackingRule('test-factories', creationFates, stageUses), {
  valid: [],
  invalid: [
    // returned from a private factory: joined, listened to or stored by its callers
    answers(
      'function make() {\n  return new Stage(token, strategy);\n}\nvoid make().join();\nmake().on(StageEvents.ERROR, listener);',
      '2: expression new Stage(token, strategy): joined,listened',
    ),
    answers(
      'const make = () => new Stage(token, strategy);\nconst stage = make();\nvoid stage.join();',
      '1: expression new Stage(token, strategy): nothing + variable stage',
      '2: nothing',
      '3: joined',
    ),
    // a factory other code can call, or one passed around, hands the stage out
    answers(
      'export function make() {\n  return new Stage(token, strategy);\n}\nvoid make().join();',
      '2: expression new Stage(token, strategy): escapes',
    ),
    answers(
      'function make() {\n  return new Stage(token, strategy);\n}\nconst factory = make;\nvoid factory().join();',
      '2: expression new Stage(token, strategy): escapes',
    ),
    // an async factory hands out a promise: only `await make()` is the stage
    answers(
      'async function open() {\n  return new Stage(token, strategy);\n}\nconst stage = await open();\nvoid (await open()).join();',
      '2: expression new Stage(token, strategy): joined + variable stage',
      '4: nothing',
    ),
    answers(
      'async function open() {\n  return new Stage(token, strategy);\n}\nvoid open().then((s) => s.join());',
      '2: expression new Stage(token, strategy): escapes',
    ),
    // a factory useCallback hands back: called by the hook's name, listed in dependency arrays
    answers(
      "import { useCallback, useEffect } from 'react';\nconst open = useCallback(() => new Stage(token, strategy), []);\nuseEffect(() => {\n  void open().join();\n}, [open]);",
      '2: expression new Stage(token, strategy): joined',
    ),
    answers(
      "import { useCallback } from 'react';\nconst open = useCallback(() => new Stage(token, strategy), []);\nlog(open);",
      '2: expression new Stage(token, strategy): escapes',
    ),
    // a factory that calls itself adds nothing new
    answers(
      'declare const retrying: boolean;\nfunction make(): Stage {\n  return retrying ? make() : new Stage(token, strategy);\n}\nvoid make().join();',
      '3: expression retrying ? make() : new Stage(token, strategy): joined',
    ),
    // a held stage returned by a getter: whoever reads the call holds it too
    answers(
      'const created = new Stage(token, strategy);\nfunction get() {\n  return created;\n}\nconst stage = get();\nvoid stage.join();',
      '1: variable created: nothing + variable stage',
      '5: nothing + variable created',
      '6: joined',
    ),
    answers(
      'declare function fetchStage(): Stage;\nconst stage = fetchStage();\nvoid stage.join();',
      '2: escapes',
      '3: joined',
    ),
    // handed to a function useCallback hands back: its parameter holds the stage
    answers(
      'declare function useCallback<T>(fn: T, deps: unknown[]): T;\nconst wire = useCallback((s: Stage) => {\n  void s.join();\n}, []);\nconst stage = new Stage(token, strategy);\nwire(stage);',
      '5: nothing',
      '5: variable stage: nothing + variable s',
      '6: nothing + variable s',
    ),
  ],
});

ruleTester.run('stage-tracking: factories (syntax)', trackingRule('test-factory-syntax', syntax), {
  valid: [],
  invalid: [
    // the result of a function: its return, anywhere in its body, or its expression body; not a part of it
    answers(
      'declare const result: Stage;\nfunction a() {\n  if (token) {\n    return result;\n  }\n}\nconst b = () => result;\nfunction c() {\n  const d = () => {\n    return result;\n  };\n  return [result];\n}',
      '1: no result',
      '4: result of a',
      '7: result of b',
      '10: result of d',
      '12: no result',
    ),
    // the values a function returns, not those of functions nested in it
    answers(
      'function returnsSome(ready: boolean) {\n  if (ready) return 1;\n  const nested = () => {\n    return 2;\n  };\n  function inner() {\n    return 3;\n  }\n  log(nested, inner);\n  return ready ? 4 : 5;\n}\nfunction returnsNothing() {\n  return;\n}',
      '1: returns 1, ready ? 4 : 5',
      '12: returns ',
    ),
  ],
});
