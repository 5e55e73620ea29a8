// Where a Stage is kept (src/analysis/stage-tracking/holders.ts): each
// `new Stage(…)` is reported as `holder <its holder>` (holderOfCreation), each
// `hold(x)` as `holds <the holder x names>` or `holds nothing` (holderAt);
// HolderSet and outermostValue on parsed snippets.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { HolderSet, holderAt, holderOfCreation, outermostValue } from '../../../src/analysis/stage-tracking/holders.js';
import { defined, identifiersNamed, nodesOf, parseSnippet } from '../../util/parse.js';
import { casesAfter, describeHolder, HEADER, isCreation, type Probe, ruleTester, trackingRule } from './probe-rule.js';

const creationHolders: Probe = (tracker, report) => ({
  NewExpression(node: TSESTree.NewExpression) {
    if (isCreation(tracker, node)) {
      report(node, `holder ${describeHolder(tracker.sourceCode, holderOfCreation(tracker.sourceCode, node))}`);
    }
  },
  'CallExpression[callee.name="hold"]'(node: TSESTree.CallExpression) {
    const [argument] = node.arguments;
    const holder = argument ? holderAt(tracker.sourceCode, argument) : undefined;
    report(node, holder ? `holds ${describeHolder(tracker.sourceCode, holder)}` : 'holds nothing');
  },
});

const holders = casesAfter(`${HEADER}declare function hold(value: unknown): void;
declare const ready: boolean;
`);

ruleTester.run('stage-tracking: holders', trackingRule('test-holders', creationHolders), {
  valid: [],
  invalid: [
    // a variable: declared with it, assigned later, through a cast, a branch of ?: or ??
    holders(
      'const stage = new Stage(token, strategy);\nlet later: Stage;\nlater = new Stage(token, strategy);\nconst cast = new Stage(token, strategy) as Stage;',
      '1: holder variable stage',
      '3: holder variable later',
      '4: holder variable cast',
    ),
    holders(
      'declare const existing: Stage | undefined;\nconst picked = ready ? new Stage(token, strategy) : null;\nconst kept = existing ?? new Stage(token, strategy);\nconst awaited = await (ready ? new Stage(token, strategy) : existing);',
      '2: holder variable picked',
      '3: holder variable kept',
      '4: holder variable awaited',
    ),
    // a field of `this`: by its initializer or assigned in a method; a static or computed one is none
    holders(
      "class Room {\n  stage = new Stage(token, strategy);\n  #own = new Stage(token, strategy);\n  static shared = new Stage(token, strategy);\n  ['computed'] = new Stage(token, strategy);\n  later?: Stage;\n  start() {\n    this.later = new Stage(token, strategy);\n  }\n}",
      '2: holder field Room.stage',
      '3: holder field Room.#own',
      '4: holder expression new Stage(token, strategy)',
      '5: holder expression new Stage(token, strategy)',
      '8: holder field Room.later',
    ),
    holders(
      'const Anonymous = class {\n  stage = new Stage(token, strategy);\n};\nfunction plain(this: { stage?: Stage }) {\n  this.stage = new Stage(token, strategy);\n}',
      '2: holder field (class).stage',
      '5: holder expression new Stage(token, strategy)',
    ),
    // a field of a variable: a React ref, a store; not a computed key or a deeper path
    holders(
      "declare function useRef<T>(initial: T): { current: T };\ndeclare const store: { stage?: Stage; nested: { stage?: Stage } };\ndeclare const stages: Stage[];\nconst ref = useRef<Stage | null>(null);\nref.current = new Stage(token, strategy);\nstore['stage'] = new Stage(token, strategy);\nstore.nested.stage = new Stage(token, strategy);\nstages[0] = new Stage(token, strategy);",
      '5: holder property ref.current',
      '6: holder expression new Stage(token, strategy)',
      '7: holder expression new Stage(token, strategy)',
      '8: holder expression new Stage(token, strategy)',
    ),
    // the bare expression: used at once, passed, destructured
    holders(
      'void new Stage(token, strategy).join();\nlog(new Stage(token, strategy));\nconst [first] = [new Stage(token, strategy)];\nvoid (new Stage(token, strategy) as Stage).join();',
      '1: holder expression new Stage(token, strategy)',
      '2: holder expression new Stage(token, strategy)',
      '3: holder expression new Stage(token, strategy)',
      '4: holder expression new Stage(token, strategy) as Stage',
    ),
    // what an expression names
    holders(
      "declare const stage: Stage;\ndeclare const ref: { current: Stage | null };\nclass Room {\n  stage?: Stage;\n  keep() {\n    hold(this.stage);\n    hold(this['stage']);\n  }\n}\nhold(stage);\nhold(stage as Stage);\nhold(ref.current);\nhold(ref['current']);\nhold(ref.current?.join);\nhold(window);\nhold(undefined);",
      '6: holds field Room.stage',
      '7: holds nothing',
      '10: holds variable stage',
      '11: holds variable stage',
      '12: holds property ref.current',
      '13: holds nothing',
      '14: holds nothing',
      '15: holds nothing',
      '16: holds nothing',
    ),
  ],
});

describe('HolderSet', () => {
  const sourceCode = parseSnippet('let ref = { current: null };\nclass Room {}');
  const variable = defined(sourceCode.getDeclaredVariables(defined(nodesOf(sourceCode, AST_NODE_TYPES.VariableDeclarator)[0]))[0]);
  const classNode = defined(nodesOf(sourceCode, AST_NODE_TYPES.ClassDeclaration)[0]);

  it('adds each holder once, by identity', () => {
    const set = new HolderSet();
    expect(set.add({ kind: 'variable', variable })).toBe(true);
    expect(set.add({ kind: 'variable', variable })).toBe(false);
    expect(set.add({ kind: 'field', classNode, name: 'stage' })).toBe(true);
    expect(set.add({ kind: 'field', classNode, name: 'stage' })).toBe(false);
  });

  it('tells a variable from its fields, and fields by name', () => {
    const set = new HolderSet();
    expect(set.add({ kind: 'variable', variable })).toBe(true);
    expect(set.add({ kind: 'property', variable, name: '' })).toBe(true);
    expect(set.add({ kind: 'property', variable, name: 'current' })).toBe(true);
    expect(set.add({ kind: 'property', variable, name: 'current' })).toBe(false);
    expect(set.add({ kind: 'field', classNode, name: 'current' })).toBe(true);
    expect(set.add({ kind: 'field', classNode, name: '' })).toBe(true);
  });
});

describe('outermostValue', () => {
  const sourceCode = parseSnippet(
    [
      'const a = ready ? (x as T) : y;',
      'const b = ready ?? x!;',
      'f(await x);',
      'const c = x && y;',
      'const d = (x ? y : z);',
      'x?.y;',
      'const e = { k: x };',
      'const g = ready && x;',
    ].join('\n'),
  );
  const outermost = identifiersNamed(sourceCode, 'x').map(node => {
    const value = outermostValue(node);
    return `${String(value.loc.start.line)}: ${sourceCode.getText(value)}`;
  });

  it('climbs casts, await, the branches of ?: and the right of ?? and &&, never a test or the left of &&', () => {
    expect(outermost).toEqual([
      '1: ready ? (x as T) : y',
      '2: ready ?? x!',
      '3: await x',
      '4: x',
      '5: x',
      '6: x',
      '7: x',
      '8: ready && x',
    ]);
  });
});
