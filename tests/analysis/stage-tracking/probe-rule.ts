// The probes of the stage-tracking tests: test-only rules, built by
// `trackingRule` from the probes a test file needs, that ask a part at the
// places each probe selects in a snippet importing the real SDK and report the
// answer as the message. Each rule gets a Tracker built as
// src/analysis/stage-tracking/index.ts builds it.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { createStageClasses } from '../../../src/analysis/stage-tracking/classes.js';
import type { StageFate } from '../../../src/analysis/stage-tracking/fates.js';
import { directFate } from '../../../src/analysis/stage-tracking/holder-fates.js';
import { type Holder, holderOfCreation } from '../../../src/analysis/stage-tracking/holders.js';
import { STAGE_SUBJECT } from '../../../src/analysis/stage-tracking/subjects.js';
import type { Aliases, Tracker } from '../../../src/analysis/stage-tracking/tracker.js';
import { useOf } from '../../../src/analysis/stage-tracking/value-uses.js';
import { getIvsTypes } from '../../../src/sdk/types.js';
import { createRuleTester } from '../../rule-tester.js';
import { answerRule, answersAfter, type Report } from '../answers.js';


/** What one probe listens to, given the file's tracker. */
export type Probe = (tracker: Tracker, report: Report) => Record<string, (node: never) => void>;

/** A rule running the probes on one fresh Tracker of the file. */
export function trackingRule(name: string, ...probes: Probe[]) {
  return answerRule(name, 'Reports what a stage-tracking part answers', (context, report) => {
    const types = getIvsTypes(context);
    const tracker: Tracker = {
      sourceCode: context.sourceCode,
      types,
      subject: STAGE_SUBJECT,
      classes: createStageClasses(context, types, node => useOf(tracker, node)),
      fates: new Map(),
      following: new Set(),
      membersByName: undefined,
    };
    const listeners = new Map<string, ((node: never) => void)[]>();
    for (const probe of probes) {
      for (const [selector, listener] of Object.entries(probe(tracker, report))) {
        listeners.set(selector, [...(listeners.get(selector) ?? []), listener]);
      }
    }
    const rule: TSESLint.RuleListener = {};
    for (const [selector, each] of listeners) {
      rule[selector] = (node: never) => {
        for (const listener of each) {
          listener(node);
        }
      };
    }
    return rule;
  });
}

/** `joined,listened`, `escapes`, or `nothing`. */
export function describeFate(fate: StageFate): string {
  const flags = [fate.joined && 'joined', fate.listened && 'listened', fate.escapes && 'escapes'].filter(Boolean);
  return flags.length > 0 ? flags.join(',') : 'nothing';
}

/** The fate, then the holders found to be aliases: `nothing + variable other`. */
export function describeUse(sourceCode: Readonly<TSESLint.SourceCode>, fate: StageFate, aliases: Aliases): string {
  return aliases.length > 0
    ? `${describeFate(fate)} + ${aliases.map(alias => describeHolder(sourceCode, alias)).join(', ')}`
    : describeFate(fate);
}

/** `variable stage`, `field Room.stage`, `property ref.current`, `expression <its text>`. */
export function describeHolder(sourceCode: Readonly<TSESLint.SourceCode>, holder: Holder): string {
  switch (holder.kind) {
    case 'variable':
      return `variable ${holder.variable.name}`;
    case 'field':
      return `field ${holder.classNode.id?.name ?? '(class)'}.${holder.name}`;
    case 'property':
      return `property ${holder.variable.name}.${holder.name}`;
    case 'expression':
      return `expression ${sourceCode.getText(holder.node)}`;
  }
}

/** Whether `new X(…)` builds a Stage, by type. */
export function isCreation(tracker: Tracker, node: TSESTree.NewExpression): boolean {
  return tracker.types.isStageType(tracker.types.services.getTypeAtLocation(node));
}

/** Each `new Stage(…)`: `<holder>: <what the file does through that holder>` (holderOfCreation, directFate). */
export const creationFates: Probe = (tracker, report) => ({
  NewExpression(node: TSESTree.NewExpression) {
    if (isCreation(tracker, node)) {
      const holder = holderOfCreation(tracker.sourceCode, node);
      const aliases: Aliases = [];
      const fate = directFate(tracker, holder, aliases);
      report(node, `${describeHolder(tracker.sourceCode, holder)}: ${describeUse(tracker.sourceCode, fate, aliases)}`);
    }
  },
});

/** Each reference to a variable named `stage`: what that one use does (useOf). */
export const stageUses: Probe = (tracker, report) => ({
  'Program:exit'() {
    const scopes = tracker.sourceCode.scopeManager?.scopes ?? [];
    for (const variable of scopes.flatMap(scope => scope.variables)) {
      if (variable.name !== 'stage' || variable.defs.length === 0) {
        continue;
      }
      for (const reference of variable.references) {
        const aliases: Aliases = [];
        const fate = useOf(tracker, reference.identifier, aliases);
        report(reference.identifier, describeUse(tracker.sourceCode, fate, aliases));
      }
    }
  },
});

export const HEADER = `import { Stage, StageEvents, StageErrorCode, type StageStrategy } from 'amazon-ivs-web-broadcast';
declare const token: string;
declare const strategy: StageStrategy;
declare function listener(...args: any[]): void;
declare function log(...values: unknown[]): void;
`;

/** The cases after a header (see tests/analysis/answers.ts). */
export const casesAfter = answersAfter;

export const answers = casesAfter(HEADER);

/** The name a function is known by in a message: its own, or its `const`'s. */
export function functionName(fn: TSESTree.Node): string {
  if ('id' in fn && fn.id?.type === AST_NODE_TYPES.Identifier) {
    return fn.id.name;
  }
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier
    ? parent.id.name
    : 'anonymous';
}

export const ruleTester = createRuleTester();
