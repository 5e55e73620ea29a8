// Where code runs because a stage failed (src/analysis/stage-actions/error-contexts.ts):
// each `mark()` is reported as `error context` or `no error context` (isInErrorContext).
import type { TSESTree } from '@typescript-eslint/utils';

import { isInErrorContext } from '../../../src/analysis/stage-actions/error-contexts.js';
import { answers, probeRule, ruleTester } from './probe-rule.js';

const errorContextRule = probeRule('test-error-contexts', (reader, report) => ({
  'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
    report(node, isInErrorContext(reader, node) ? 'error context' : 'no error context');
  },
}));

ruleTester.run('stage-actions: error contexts', errorContextRule, {
  valid: [],
  invalid: [
    // a StageEvents.ERROR listener, inline, and what it runs inline or later
    answers(
      'stage.on(StageEvents.ERROR, (e) => {\n  mark(e);\n  setTimeout(() => mark(), 1000);\n});\nmark();',
      '2: error context',
      '3: error context',
      '5: no error context',
    ),
    // …by name: a function declaration, a const arrow
    answers(
      'function onError() {\n  mark();\n}\nconst onFailure = () => {\n  mark();\n};\nstage.on(StageEvents.ERROR, onError);\nstage.on(StageEvents.ERROR, onFailure);',
      '2: error context',
      '5: error context',
    ),
    // …a method bound to the instance, registered on `this` by a subclass
    answers(
      'class Client {\n  constructor(stage: Stage) {\n    stage.on(StageEvents.ERROR, this.onError.bind(this));\n  }\n  onError() {\n    mark();\n  }\n  onOther() {\n    mark();\n  }\n}\nclass Room extends Stage {\n  constructor() {\n    super(token, strategy);\n    this.on(StageEvents.ERROR, () => mark());\n  }\n}',
      '6: error context',
      '9: no error context',
      '15: error context',
    ),
    // the SDK's own 'error' string (as JavaScript writes it), on a Stage only
    answers(
      "declare const socket: { on(event: string, listener: () => void): void };\nstage.on('error', () => mark());\nsocket.on('error', () => mark());",
      '2: error context',
      '3: no error context',
    ),
    // a function the listener calls is not in the listener
    answers(
      'function report() {\n  mark();\n}\nstage.on(StageEvents.ERROR, () => report());',
      '2: no error context',
    ),
    // a listener of another event, of an event that may or may not be ERROR, or registered with `once`
    answers(
      'declare const name: string;\nstage.on(StageEvents.STAGE_LEFT, () => mark());\nstage.on(name as StageEvents, () => mark());\n(stage as unknown as { once(event: string, listener: () => void): void }).once(StageEvents.ERROR, () => mark());',
      '2: no error context',
      '3: no error context',
      '4: no error context',
    ),

    // the catch of a try that joins; not the try, not a finally, not the body of a
    // function stored there (its call, `later()`, is what runs in the catch)
    answers(
      'try {\n  await stage.join();\n  mark();\n} catch {\n  mark();\n  const later = () => mark();\n  later();\n  button.onclick = () => mark();\n  setTimeout(() => mark(), 10);\n} finally {\n  mark();\n}',
      '3: no error context',
      '5: error context',
      '6: no error context',
      '8: no error context',
      '9: error context',
      '11: no error context',
    ),
    // …of a Stage created in it
    answers(
      'try {\n  const fresh = new Stage(token, strategy);\n  await fresh.join();\n} catch {\n  mark();\n}',
      '5: error context',
    ),
    // …a join through a same-file function
    answers(
      'async function connect() {\n  await stage.join();\n}\ntry {\n  await connect();\n} catch {\n  mark();\n}',
      '7: error context',
    ),
    // …not a try that does not join
    answers(
      'try {\n  stage.refreshStrategy();\n} catch {\n  mark();\n}',
      '4: no error context',
    ),

    // the rejection handler of a join promise: .catch(fn), .then(ok, fn), through a chain
    answers(
      'stage.join().catch(() => mark());\nstage.join().then(() => mark(), () => mark());\nvoid stage.join().then(() => {}).finally(() => {}).catch(() => mark());',
      '1: error context',
      '2: no error context',
      '2: error context',
      '3: error context',
    ),
    // …of a same-file function that joins; not of another promise
    answers(
      "async function connect() {\n  await stage.join();\n}\nconnect().catch(() => mark());\nfetch('/token').catch(() => mark());",
      '4: error context',
      '5: no error context',
    ),
  ],
});
