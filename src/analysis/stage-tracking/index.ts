// Follows a Stage created in a file to every place the file touches it: the
// holders that keep it (holders.ts), what each use does to it (value-uses.ts),
// the functions it passes through (factories.ts), and what the file's own
// classes do with `this` (classes.ts). A use that copies the stage into another
// holder makes that holder an alias: all aliases share one fate. The same parts
// follow another subject (subjects.ts; a RealTimeConnection) through `createTracker`.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { IvsTypes } from '../../sdk/types.js';
import { createStageClasses } from './classes.js';
import { mergeFates, NO_FATE, type StageFate } from './fates.js';
import { directFate } from './holder-fates.js';
import { type Holder, holderKey, holderOfCreation, HolderSet } from './holders.js';
import { STAGE_SUBJECT } from './subjects.js';
import type { Aliases, Subject, Tracker } from './tracker.js';
import { useOf } from './value-uses.js';

export type { StageFate } from './fates.js';
export type { Holder } from './holders.js';
export type { Subject, Tracker } from './tracker.js';
export { ESCAPES, JOINED, LISTENED, mergeFates, NO_FATE } from './fates.js';
export { outermostValue } from './holders.js';

export interface StageTracker {
  /** The binding a `new Stage(…)` is stored in. */
  holderOf(creation: TSESTree.NewExpression): Holder;
  /** Everything the file does with the stages a holder holds. */
  holderFate(holder: Holder): StageFate;
  /** What the constructors of the created class do to `this` (escapes when unreadable). */
  constructionFate(creation: TSESTree.NewExpression): StageFate;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function createStageTracker(context: Context, types: IvsTypes): StageTracker {
  return createTracker(context, types, STAGE_SUBJECT);
}

/** A tracker of another subject's creations (`new RealTimeConnection(…)`), read by the same parts. */
export function createTracker(context: Context, types: IvsTypes, subject: Subject): StageTracker {
  const tracker: Tracker = {
    sourceCode: context.sourceCode,
    types,
    subject,
    // The classes read `this` through the same value uses (called later, once
    // `tracker` exists).
    classes: createStageClasses(context, types, node => useOf(tracker, node), type => subject.creates(types, type)),
    fates: new Map(),
    following: new Set(),
    membersByName: undefined,
  };
  return {
    holderOf: creation => holderOfCreation(context.sourceCode, creation),
    holderFate: holder => holderFate(tracker, holder),
    constructionFate: creation => tracker.classes.constructionFate(creation),
  };
}

/**
 * The fate of the group of aliases the holder belongs to, explored breadth-first:
 * every alias holds the same stages, so they share one merged fate, and a cycle
 * of aliases is simply a group already seen.
 */
function holderFate(tracker: Tracker, holder: Holder): StageFate {
  const [startKey, startName] = holderKey(holder);
  const cached = tracker.fates.get(startKey)?.get(startName);
  if (cached) {
    return cached;
  }
  const group: Holder[] = [holder];
  const seen = new HolderSet();
  seen.add(holder);
  let fate = NO_FATE;
  for (let index = 0; index < group.length; index++) {
    const member = group[index];
    if (!member) {
      break;
    }
    const aliases: Aliases = [];
    fate = mergeFates(fate, directFate(tracker, member, aliases));
    for (const alias of aliases) {
      if (seen.add(alias)) {
        group.push(alias);
      }
    }
  }
  for (const member of group) {
    const [key, name] = holderKey(member);
    let byName = tracker.fates.get(key);
    if (!byName) {
      byName = new Map();
      tracker.fates.set(key, byName);
    }
    byName.set(name, fate);
  }
  return fate;
}
