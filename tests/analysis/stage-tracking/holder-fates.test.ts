// What the file does through each kind of holder (src/analysis/stage-tracking/holder-fates.ts):
// each `new Stage(…)` is reported as `<holder>: <fate> [+ aliases]` (directFate
// of the holder holderOfCreation gives).
import { answers, casesAfter, creationFates, HEADER, ruleTester, trackingRule } from './probe-rule.js';

const withRefs = casesAfter(`${HEADER}declare function useRef<T>(initial?: T): { current: T };
declare function getStore(): { stage: Stage | null };
`);

ruleTester.run('stage-tracking: holder fates', trackingRule('test-holder-fates', creationFates), {
  valid: [],
  invalid: [
    // a variable: every reference, aliases included
    answers(
      'const stage = new Stage(token, strategy);\nstage.on(StageEvents.ERROR, listener);\nvoid stage.join();\nconst other = stage;',
      '1: variable stage: joined,listened + variable other',
    ),
    // …unless other modules can reach it: exported, now or later (what this file does still counts)
    answers('export const stage = new Stage(token, strategy);\nvoid stage.join();', '1: variable stage: joined,escapes'),
    answers('const stage = new Stage(token, strategy);\nvoid stage.join();\nexport { stage };', '1: variable stage: joined,escapes'),
    answers('let stage = new Stage(token, strategy);\nvoid stage.join();\nexport default stage;', '1: variable stage: joined,escapes'),

    // a field: its initializer, its reads and writes through `this`, a subclass and instances
    answers(
      'declare const unrelated: { stage: Stage };\nclass Room {\n  stage: Stage | null = null;\n  start() {\n    this.stage = new Stage(token, strategy);\n    this.stage.on(StageEvents.ERROR, listener);\n  }\n}\nclass Big extends Room {\n  go() {\n    void this.stage?.join();\n  }\n}\nconst room = new Room();\nlog(room.stage?.leave());\nlog(unrelated.stage);',
      '5: field Room.stage: joined,listened',
    ),
    answers(
      'declare const existing: Stage;\nclass Room {\n  stage = new Stage(token, strategy);\n  swap() {\n    this.stage = existing;\n  }\n}',
      '3: field Room.stage: nothing + variable existing',
    ),
    // …other modules can reach the public fields of an exported class, not its private ones
    answers(
      'export class Room {\n  stage = new Stage(token, strategy);\n  #own = new Stage(token, strategy);\n  private kept = new Stage(token, strategy);\n  start() {\n    void this.stage.join();\n    void this.#own.join();\n    void this.kept.join();\n  }\n}',
      '2: field Room.stage: escapes',
      '3: field Room.#own: joined',
      '4: field Room.kept: joined',
    ),
    answers(
      'class Room {\n  stage = new Stage(token, strategy);\n}\nconst Hall = class {\n  stage = new Stage(token, strategy);\n};\nexport { Room, Hall };',
      '2: field Room.stage: escapes',
      '5: field (class).stage: escapes',
    ),
    // …a constructor's parameter property is as private as it says
    answers(
      'export class Room {\n  constructor(private stage: Stage, public shown: Stage) {}\n  restart() {\n    this.stage = new Stage(token, strategy);\n    this.shown = new Stage(token, strategy);\n    void this.stage.join();\n  }\n}',
      '4: field Room.stage: joined',
      '5: field Room.shown: escapes',
    ),

    // a field of a file-local object: a useRef(null), an object literal
    withRefs(
      'const ref = useRef<Stage | null>(null);\nref.current = new Stage(token, strategy);\nvoid ref.current.join();',
      '2: property ref.current: joined',
    ),
    // …listed in a hook's dependencies, the ref is only compared
    withRefs(
      "import { useEffect } from 'react';\nconst ref = useRef<Stage | null>(null);\nuseEffect(() => {\n  ref.current = new Stage(token, strategy);\n  void ref.current.join();\n}, [ref]);",
      '4: property ref.current: joined',
    ),
    withRefs(
      "declare const existing: Stage;\nconst store = { stage: existing, label: 'x', log: () => {} };\nstore.stage = new Stage(token, strategy);\nstore.stage.on(StageEvents.ERROR, listener);",
      '3: property store.stage: listened + variable existing',
    ),
    // …not when the object may be shared: handed out, read by key, a `let`, a call's result, not initialised
    withRefs(
      "const ref = useRef<Stage | null>(null);\nref.current = new Stage(token, strategy);\nlog(ref);\ndeclare const key: 'current';\nconst byKey = useRef<Stage | null>(null);\nbyKey.current = new Stage(token, strategy);\nlog(byKey[key]);",
      '2: property ref.current: escapes',
      '6: property byKey.current: escapes',
    ),
    withRefs(
      'let ref = useRef<Stage | null>(null);\nref.current = new Stage(token, strategy);\nconst store = getStore();\nstore.stage = new Stage(token, strategy);\nconst empty = useRef<Stage>();\nempty.current = new Stage(token, strategy);\ndeclare const registry: { stage?: Stage };\nregistry.stage = new Stage(token, strategy);',
      '2: property ref.current: escapes',
      '4: property store.stage: escapes',
      '6: property empty.current: escapes',
      '8: property registry.stage: escapes',
    ),
    // …nor an object literal whose methods see it as `this`, or with a spread
    withRefs(
      'const store = {\n  stage: null as Stage | null,\n  connect() {\n    void this.stage?.join();\n  },\n};\nstore.stage = new Stage(token, strategy);\nconst legacy = { stage: null as Stage | null, run: function () {} };\nlegacy.stage = new Stage(token, strategy);\nconst spread = { ...{}, stage: null as Stage | null };\nspread.stage = new Stage(token, strategy);',
      '7: property store.stage: escapes',
      '9: property legacy.stage: escapes',
      '11: property spread.stage: escapes',
    ),

    // the bare expression: the one use it has
    answers(
      'void new Stage(token, strategy).join();\nlog(new Stage(token, strategy));',
      '1: expression new Stage(token, strategy): joined',
      '2: expression new Stage(token, strategy): escapes',
    ),
  ],
});
