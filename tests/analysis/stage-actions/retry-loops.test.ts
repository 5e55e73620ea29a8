// Retry loops (src/analysis/stage-actions/retry-loops.ts): every `try` is
// reported as `joins` or `no join` (joinsInTry of its block), every `catch` as
// `catch: <action>` (actionOfCatch) and every `continue` as
// `continue: <action>` (actionOfContinue).
import type { TSESTree } from '@typescript-eslint/utils';

import { actionOfCatch, actionOfContinue, joinsInTry } from '../../../src/analysis/stage-actions/retry-loops.js';
import { answers, describeAction, probeRule, ruleTester } from './probe-rule.js';

const retryRule = probeRule('test-retry-loops', (reader, report) => ({
  TryStatement(node: TSESTree.TryStatement) {
    report(node, joinsInTry(reader, node.block) ? 'joins' : 'no join');
  },
  CatchClause(node: TSESTree.CatchClause) {
    report(node, `catch: ${describeAction(actionOfCatch(reader, node))}`);
  },
  ContinueStatement(node: TSESTree.ContinueStatement) {
    report(node, `continue: ${describeAction(actionOfContinue(reader, node))}`);
  },
}));

ruleTester.run('stage-actions: retry loops', retryRule, {
  valid: [],
  invalid: [
    // a catch that completes normally goes round the loop again: while, do-while, for with a counter
    answers(
      'while (true) {\n  try {\n    await stage.join();\n    break;\n  } catch (e) {\n    console.warn(e);\n  }\n}',
      '2: joins',
      '5: catch: sameStage retry loop',
    ),
    answers(
      "do {\n  try {\n    await stage.join();\n    break;\n  } catch {\n    console.warn('again');\n  }\n} while (true);",
      '2: joins',
      '5: catch: sameStage retry loop',
    ),
    answers(
      'for (let attempt = 0; attempt < 3; attempt++) {\n  try {\n    await stage.join();\n    break;\n  } catch (e) {\n    console.warn(attempt, e);\n  }\n}',
      '2: joins',
      '5: catch: sameStage retry loop',
    ),
    // the try may sit deeper in the loop body
    answers(
      'while (true) {\n  if (error) {\n    try {\n      await stage.join();\n    } catch {}\n  }\n}',
      '3: joins',
      '5: catch: sameStage retry loop',
    ),
    // a join through a same-file function; a Stage re-created in the try starts over
    answers(
      'async function connect() {\n  await stage.join();\n}\nwhile (true) {\n  try {\n    await connect();\n    break;\n  } catch {}\n}',
      '5: joins',
      '8: catch: sameStage retry loop',
    ),
    answers(
      'while (true) {\n  try {\n    const fresh = new Stage(token, strategy);\n    await fresh.join();\n    break;\n  } catch {}\n}',
      '2: joins',
      '6: catch: freshToken retry loop',
    ),
    answers(
      'declare function nextStage(): Stage;\nasync function connect(current: Stage) {\n  while (true) {\n    try {\n      current = nextStage();\n      await current.join();\n      break;\n    } catch {}\n  }\n}',
      '4: joins',
      '8: catch: freshToken retry loop',
    ),
    answers(
      'declare function nextStage(): Stage;\nasync function connect(current: Stage) {\n  while (true) {\n    try {\n      current = nextStage();\n      await Promise.all([current.join(), stage.join()]);\n      break;\n    } catch {}\n  }\n}',
      '4: joins',
      '8: catch: sameStage retry loop',
    ),

    // a catch that always leaves, or anything after the try that does
    answers(
      'async function connect() {\n  while (true) {\n    try {\n      await stage.join();\n    } catch (e) {\n      if (error) return;\n      else throw e;\n    }\n  }\n}',
      '3: joins',
      '5: catch: none',
    ),
    answers(
      'while (true) {\n  try {\n    await stage.join();\n  } catch {}\n  break;\n}',
      '2: joins',
      '4: catch: none',
    ),
    // a finally that always returns overrides the catch; one that may complete does not
    answers(
      'async function connect() {\n  while (true) {\n    try {\n      await stage.join();\n    } catch (e) {\n      console.warn(e);\n    } finally {\n      return;\n    }\n  }\n}',
      '3: joins',
      '5: catch: none',
    ),
    answers(
      "while (true) {\n  try {\n    await stage.join();\n    break;\n  } catch (e) {\n    console.warn(e);\n  } finally {\n    if (error) console.log('done');\n  }\n}",
      '2: joins',
      '5: catch: sameStage retry loop',
    ),

    // a for loop that walks Stages by a variable it declares, whatever its name, is no retry
    answers(
      'declare const stages: Stage[];\nfor (let $i = 0; $i < stages.length; $i++) {\n  try {\n    await stages[$i].join();\n  } catch (e) {\n    console.warn(e);\n  }\n}',
      '3: joins',
      '5: catch: none',
    ),
    // …a key or another binding named like the counter is no read of it
    answers(
      'for (let i = 0; i < 3; i++) {\n  try {\n    console.log({ i: 0 });\n    for (const i of [1, 2]) console.log(i);\n    await stage.join();\n    break;\n  } catch {}\n}',
      '2: joins',
      '7: catch: sameStage retry loop',
    ),
    // for-of and for-in go on to the next item; a function or a switch in between is no loop body
    answers(
      'declare const stages: Stage[];\nfor (const each of stages) {\n  try {\n    await each.join();\n  } catch (e) {\n    console.warn(e);\n  }\n}',
      '3: joins',
      '5: catch: none',
    ),
    answers(
      "while (true) {\n  const attempt = async () => {\n    try {\n      await stage.join();\n    } catch {}\n  };\n  switch (typeof attempt) {\n    case 'function':\n      try {\n        await stage.join();\n      } catch {}\n  }\n}",
      '3: joins',
      '5: catch: none',
      '9: joins',
      '11: catch: none',
    ),
    // a try that does not join: a retry without join, a function only created there
    answers(
      'while (true) {\n  try {\n    stage.refreshStrategy();\n    const later = () => stage.join();\n    console.log(later);\n  } catch {}\n}',
      '2: no join',
      '6: catch: none',
    ),

    // continue: back to the loop whose try joins, by label too; not of another loop
    answers(
      'while (true) {\n  try {\n    await stage.join();\n    break;\n  } catch (e) {\n    if ((e as StageError).code === StageErrorCode.TIMEOUT) continue;\n    throw e;\n  }\n}',
      '2: joins',
      '5: catch: none',
      '6: continue: sameStage continue',
    ),
    answers(
      'retry: while (true) {\n  try {\n    await stage.join();\n    break;\n  } catch (e) {\n    for (const code of [StageErrorCode.TIMEOUT]) {\n      if (code === error.code) continue retry;\n      continue;\n    }\n    throw e;\n  }\n}',
      '2: joins',
      '5: catch: none',
      '7: continue: sameStage continue',
      '8: continue: none',
    ),
    answers(
      'while (true) {\n  if (error) continue;\n  await stage.join();\n}',
      '2: continue: none',
    ),
  ],
});
