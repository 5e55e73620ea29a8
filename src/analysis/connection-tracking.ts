// Follows a RealTimeConnection (SDK 1.41) created in a file with the
// stage-tracking parts: `connect()` starts it; so does joining a Stage built with
// it (`new Stage(token, strategy, { connection })`), since the SDK connects on
// the first join; and a `stateChanged` listener that reads its error is the
// listener it needs (connection-listeners.ts).
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { IvsTypes } from '../sdk/types.js';
import { memberName } from '../util/ast.js';
import { connectionListenerFate } from './connection-listeners.js';
import {
  createTracker,
  JOINED,
  mergeFates,
  NO_FATE,
  outermostValue,
  type StageFate,
  type StageTracker,
  type Subject,
  type Tracker,
} from './stage-tracking/index.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A tracker of the file's `new RealTimeConnection(…)`; `stages` answers for the Stages built with them. */
export function createConnectionTracker(context: Context, types: IvsTypes, stages: () => StageTracker): StageTracker {
  const subject: Subject = {
    creates: (ivsTypes, type) => ivsTypes.isRealTimeConnectionType(type),
    starter: 'connect',
    listenerFate: connectionListenerFate,
    ownUseOf: (tracker, node) => stageConfigurationUse(tracker, node, stages),
  };
  return createTracker(context, types, subject);
}

/**
 * Whether a created connection must be reported: connected by this file, kept
 * in it (a connection that leaves may be listened to where it goes), and no
 * listener of it reads its error.
 */
export function isConnectedUnheard(tracker: StageTracker, creation: TSESTree.NewExpression): boolean {
  const fate = mergeFates(tracker.holderFate(tracker.holderOf(creation)), tracker.constructionFate(creation));
  return fate.joined && !fate.listened && !fate.escapes;
}

/**
 * `new Stage(token, strategy, { connection })`: the connection as the Stage's
 * configuration `connection`, known by type (the object's contextual type
 * declares that key as a RealTimeConnection). The Stage keeps it to itself
 * (the SDK's Stage exposes no connection), so it is shown to no one new; it is
 * started when the file joins that Stage, through any alias of it.
 */
function stageConfigurationUse(
  tracker: Tracker,
  node: TSESTree.Node,
  stages: () => StageTracker,
): StageFate | undefined {
  const property = node.parent;
  if (
    property?.type !== AST_NODE_TYPES.Property ||
    property.value !== node ||
    property.computed ||
    property.parent.type !== AST_NODE_TYPES.ObjectExpression
  ) {
    return undefined;
  }
  const configuration = outermostValue(property.parent);
  const creation = configuration.parent;
  const { types } = tracker;
  const { checker, services } = types;
  if (
    creation?.type !== AST_NODE_TYPES.NewExpression ||
    !creation.arguments.some(argument => argument === configuration) ||
    !types.isStageType(services.getTypeAtLocation(creation))
  ) {
    return undefined;
  }
  const key = memberName(property.key);
  const expected = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(property.parent));
  const declared = key === undefined || !expected ? undefined : checker.getNonNullableType(expected).getProperty(key);
  if (!declared || !types.isRealTimeConnectionType(checker.getTypeOfSymbol(declared))) {
    return undefined;
  }
  const stage = stages();
  const joined = stage.holderFate(stage.holderOf(creation)).joined || stage.constructionFate(creation).joined;
  return joined ? JOINED : NO_FATE;
}
