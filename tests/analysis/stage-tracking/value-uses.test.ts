// What one use of a stage does with it (src/analysis/stage-tracking/value-uses.ts):
// each reference to a variable named `stage` is reported as its fate (useOf),
// then the holders it turned out to share the stage with: `nothing + variable copy`.
// A write to `stage` is read by writtenValueFate through the same entry.
import { casesAfter, HEADER, ruleTester, stageUses, trackingRule } from './probe-rule.js';

const uses = casesAfter(`${HEADER}declare const stage: Stage;
declare const name: string;
`);

ruleTester.run('stage-tracking: value uses', trackingRule('test-value-uses', stageUses), {
  valid: [],
  invalid: [
    // joins, however written
    uses(
      "stage.join();\nvoid stage.join();\nawait stage['join']();\nvoid (stage as Stage).join();",
      '1: joined',
      '2: joined',
      '3: joined',
      '4: joined',
    ),
    // listeners: for ERROR, for another event, for an event that may be ERROR; other methods
    uses(
      'stage.on(StageEvents.ERROR, listener);\nstage.on(StageEvents.STAGE_LEFT, listener);\nstage.on(name as StageEvents, listener);\nstage.leave();\nstage.off(StageEvents.ERROR, listener);',
      '1: listened',
      '2: nothing',
      '3: escapes',
      '4: nothing',
      '5: nothing',
    ),
    // registrations we cannot read, and a detached `on` that may register anywhere
    uses(
      "declare const args: [StageEvents.ERROR, () => void];\nstage.on(...args);\nconst on = stage.on;\nconst key = 'join' as keyof Stage;\nvoid stage[key];\nconst leave = stage.leave;",
      '2: escapes',
      '3: escapes',
      '5: escapes',
      '6: nothing',
    ),
    // tests and comparisons show the stage to no one; `&&` evaluates to the other side
    uses(
      'if (stage) {}\nwhile (!stage) break;\nconst same = stage === null;\nvoid (stage && stage.join());\nconst either = stage || null;\nawait stage;',
      '1: nothing',
      '2: nothing',
      '3: nothing',
      '4: nothing',
      '4: joined',
      '5: escapes',
      '6: nothing',
    ),
    // a React hook's dependency array only lists the stage for React to compare
    uses(
      "import { useEffect, useMemo } from 'react';\nuseEffect(() => {}, [stage]);\nconst value = useMemo(() => 1, [stage]);\nuseEffect(() => {}, [stage, log([stage])]);",
      '2: nothing',
      '3: nothing',
      '4: nothing',
      '4: escapes',
    ),
    // aliases: by declaration, by assignment, into a field of a variable or of `this`
    uses(
      'const copy = stage;\nlet later: Stage;\nlater = stage;\nconst picked = name ? stage : null;\nconst ref = { current: null as Stage | null };\nref.current = stage;\nvoid (ref.current = stage).join();\nclass Room {\n  held?: Stage;\n  keep() {\n    this.held = stage;\n  }\n}',
      '1: nothing + variable copy',
      '3: nothing + variable later',
      '4: nothing + variable picked',
      '6: nothing + property ref.current',
      '7: joined + property ref.current',
      '11: nothing + field Room.held',
    ),
    // what reaches code the file does not show: an unknown function, a collection, an export, a pattern
    uses(
      'declare const stages: Stage[];\nlog(stage);\nstages.push(stage);\nconst list = [stage];\nconst box = { stage };\nconst { join } = stage;\nexport default stage;',
      '2: escapes',
      '3: escapes',
      '4: escapes',
      '5: escapes',
      '6: escapes',
      '7: escapes',
    ),
    // handed to a same-file function: its parameter joins the group of aliases
    uses(
      'function setUp(s: Stage) {\n  void s.join();\n}\nfunction tagged(this: void, first: Stage | null = null) {\n  log(first);\n}\nclass Wiring {\n  wire(s: Stage) {\n    log(s);\n  }\n  start() {\n    this.wire(stage);\n  }\n}\nsetUp(stage);\ntagged(stage);',
      '12: nothing + variable s',
      '15: nothing + variable s',
      '16: nothing + variable first',
    ),
    // …unless the parameter cannot be followed: rest, destructured, `arguments`, after a spread
    uses(
      'function rest(...all: Stage[]) {\n  log(all);\n}\nfunction pattern({ join }: Stage) {\n  log(join);\n}\nfunction reads(s: Stage) {\n  log(arguments, s);\n}\nfunction second(n: number, s: Stage) {\n  log(n, s);\n}\nrest(stage);\npattern(stage);\nreads(stage);\nsecond(...([1] as [number]), stage);',
      '13: escapes',
      '14: escapes',
      '15: escapes',
      '16: escapes',
    ),
    // handed to its own method, it is shown to no one new
    uses(
      'stage.on(StageEvents.STAGE_LEFT, stage as never);',
      '1: nothing',
      '1: nothing',
    ),
    // writes: nothing, a created stage, another holder (through ?: and await), a call we cannot read, a foreign value
    uses(
      'declare function fetchStage(): Stage;\nasync function swap(other: Stage, ready: boolean) {\n  let stage: Stage | null;\n  stage = null;\n  stage = new Stage(token, strategy);\n  stage = other;\n  stage = ready ? other : undefined!;\n  stage = await other;\n  stage = fetchStage();\n  stage = new Map() as unknown as Stage;\n}',
      '4: nothing',
      '5: nothing',
      '6: nothing + variable other',
      '7: nothing + variable other',
      '8: nothing + variable other',
      '9: escapes',
      '10: escapes',
    ),
    // a declaration with a created stage brings nothing else in
    uses(
      'function start() {\n  const stage = new Stage(token, strategy);\n  const other = stage;\n  void other.join();\n}',
      '2: nothing',
      '3: nothing + variable other',
    ),
  ],
});

