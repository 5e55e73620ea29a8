// What the file's classes do with `this` (src/analysis/stage-tracking/classes.ts):
// each `new …` of a Stage is reported as `built <fate>` (constructionFate);
// each method called on `room` as `<method>: <fate>` (methodFate), or
// `<method>: not in this file`; each `x.held` as `reaches Room.held` when it
// reads the field `held` of the class Room (reachesField), else `another field`.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { propertyName } from '../../../src/util/ast.js';
import { answers, describeFate, isCreation, type Probe, ruleTester, trackingRule } from './probe-rule.js';

const classProbe: Probe = (tracker, report) => ({
  NewExpression(node: TSESTree.NewExpression) {
    if (isCreation(tracker, node)) {
      report(node, `built ${describeFate(tracker.classes.constructionFate(node))}`);
    }
  },
  'CallExpression > MemberExpression.callee[object.name="room"]'(node: TSESTree.MemberExpression) {
    const fate = tracker.classes.methodFate(node);
    report(node, `${propertyName(node) ?? '?'}: ${fate ? describeFate(fate) : 'not in this file'}`);
  },
});

/** Each `x.held`: whether it reads the field of the file's class `Room` (reachesField). */
const fieldProbe: Probe = (tracker, report) => ({
  'MemberExpression[property.name="held"]'(node: TSESTree.MemberExpression) {
    const room = tracker.sourceCode.ast.body.find(
      statement => statement.type === AST_NODE_TYPES.ClassDeclaration && statement.id.name === 'Room',
    );
    if (room?.type === AST_NODE_TYPES.ClassDeclaration) {
      report(node, tracker.classes.reachesField(node, room) ? 'reaches Room.held' : 'another field');
    }
  },
});

const classRule = trackingRule('test-classes', classProbe, fieldProbe);

/** A subclass whose constructor registers an ERROR listener on itself. */
const LISTENING = `class Listening extends Stage {
  constructor(token: string, strategy: StageStrategy) {
    super(token, strategy);
    this.on(StageEvents.ERROR, listener);
  }
}
`;

ruleTester.run('stage-tracking: classes', classRule, {
  valid: [],
  invalid: [
    // a subclass constructor that registers ERROR on `this`; a Stage and a subclass without one
    answers(
      `${LISTENING}class Quiet extends Stage {}\nnew Listening(token, strategy);\nnew Quiet(token, strategy);\nnew Stage(token, strategy);`,
      '8: built listened',
      '9: built nothing',
      '10: built nothing',
    ),
    // every constructor up the chain of the file's classes runs
    answers(
      `${LISTENING}class Inherits extends Listening {}\nclass Joins extends Listening {\n  constructor() {\n    super(token, strategy);\n    void this.join();\n  }\n}\nnew Inherits(token, strategy);\nnew Joins();`,
      '14: built listened',
      '15: built joined,listened',
    ),
    // the implementation of an overloaded constructor, and the methods it calls on `this`
    answers(
      'class Wired extends Stage {\n  constructor(token: string);\n  constructor(token: string, strategy?: StageStrategy) {\n    super(token, strategy ?? ({} as StageStrategy));\n    this.wire();\n  }\n  wire() {\n    this.on(StageEvents.ERROR, listener);\n  }\n}\nnew Wired(token);',
      '11: built listened',
    ),
    // `this` handed away escapes; a copy of it too (a class's `this` has no aliases)
    answers(
      'class Shown extends Stage {\n  constructor() {\n    super(token, strategy);\n    log(this);\n  }\n}\nclass Copied extends Stage {\n  constructor() {\n    super(token, strategy);\n    const self = this;\n    void self.join();\n  }\n}\nnew Shown();\nnew Copied();',
      '14: built escapes',
      '15: built escapes',
    ),
    // arrow functions see the instance as `this`; function expressions and nested classes do not
    answers(
      'class Later extends Stage {\n  constructor() {\n    super(token, strategy);\n    setTimeout(() => this.on(StageEvents.ERROR, listener));\n    setTimeout(function (this: unknown) {\n      log(this);\n    });\n    log(class {\n      self = this;\n    });\n  }\n}\nnew Later();',
      '13: built listened',
    ),

    // methods declared in the file, as called on an instance
    answers(
      'class Room extends Stage {\n  connect() {\n    this.on(StageEvents.ERROR, listener);\n    return this.join();\n  }\n  leaveLater = () => {\n    log(this);\n  };\n  override async join() {\n    return super.join();\n  }\n}\nconst room = new Room(token, strategy);\nvoid room.connect();\nroom.leaveLater();\nvoid room.join();\nvoid room.leave();',
      '13: built nothing',
      '14: connect: joined,listened',
      '15: leaveLater: escapes',
      '16: join: joined',
      '17: leave: not in this file',
    ),
    // methods that call each other add nothing new
    answers(
      'class Room extends Stage {\n  first(): void {\n    this.second();\n  }\n  second(): void {\n    this.first();\n    this.on(StageEvents.ERROR, listener);\n  }\n}\nconst room = new Room(token, strategy);\nroom.first();\nroom.second();',
      '10: built nothing',
      '11: first: listened',
      '12: second: listened',
    ),
    // the method a computed name reads, by the type checker
    answers(
      "class Room extends Stage {\n  connect() {\n    return this.join();\n  }\n}\nconst room = new Room(token, strategy);\nvoid room['connect']();",
      '6: built nothing',
      '7: connect: joined',
    ),
    // the field of a class: through `this` in it or a subclass, an instance of either, a union with one
    answers(
      'class Room {\n  held?: Stage;\n  read() {\n    log(this.held);\n  }\n}\nclass Sub extends Room {\n  read() {\n    log(this.held);\n  }\n}\nclass Other {\n  held?: Stage;\n  read() {\n    log(this.held);\n  }\n}\ndeclare const sub: Sub;\ndeclare const either: Room | Other;\ndeclare const other: Other;\ndeclare const plain: { held?: Stage };\nlog(sub.held, either.held, other.held, plain.held);',
      '4: reaches Room.held',
      '9: reaches Room.held',
      '15: another field',
      '22: reaches Room.held',
      '22: reaches Room.held',
      '22: another field',
      '22: another field',
    ),
  ],
});

