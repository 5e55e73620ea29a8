// Rejoins in a StageEvents.STAGE_LEFT listener: a Stage left, and the listener
// joins one again. Which Stage it joins (the one that left, or one just
// created with a new token), whether it rejoins after every StageLeftReason
// (no condition at all on the way), and the reasons the installed SDK names.
import type { TSESTree } from '@typescript-eslint/utils';

import { getSdkDeclarations } from '../../sdk/sdk-declarations.js';
import type { ErrorCodeEnum, IvsTypes } from '../../sdk/types.js';
import type { FunctionNode } from '../../util/ast.js';
import { guardsEntering } from './connection-state.js';
import { stageCallOf } from './direct.js';
import { listenerRunningAt } from './listeners.js';
import type { ActionReader, StageAction } from './reader.js';
import { helperActionOf } from './summaries.js';

/** The STAGE_LEFT listener (of a Stage) a node runs in, through timers and promise callbacks. */
export function leaveListenerOf(reader: ActionReader, node: TSESTree.Node): FunctionNode | undefined {
  return listenerRunningAt(reader, node, 'stageLeft');
}

/**
 * A join of a Stage: `sameStage` on the Stage the code already had (the one
 * that left, with its token), `freshToken` on one just created or assigned
 * (`new Stage(newToken, …).join()`); or a same-file function that joins.
 * Nothing else rejoins: `refreshStrategy()` and `exchangeToken()` do not join a
 * Stage that left, and a `new Stage(…)` alone may be made for a later join.
 */
export function rejoinOf(reader: ActionReader, node: TSESTree.CallExpression): StageAction | undefined {
  const call = stageCallOf(reader, node);
  if (call) {
    return call.method === 'join'
      ? { kind: call.onNewStage ? 'freshToken' : call.kind, label: call.label, joins: true }
      : undefined;
  }
  const helper = helperActionOf(reader, node);
  return helper?.joins && (helper.kind === 'sameStage' || helper.kind === 'freshToken') ? helper : undefined;
}

/**
 * Whether a call in a STAGE_LEFT listener runs after every leave: no condition
 * at all between the listener and it. A condition on the reason is read by the
 * reach analysis; any other one (a flag set by the app's own leave, an attempt
 * counter) may be the app's decision, and keeps the rule silent.
 */
export function runsOnEveryLeave(reader: ActionReader, node: TSESTree.CallExpression): boolean {
  const listener = leaveListenerOf(reader, node);
  if (!listener) {
    return false;
  }
  // The listener is an ancestor of the node: the walk ends there.
  for (let child: TSESTree.Node = node; child !== listener && child.parent; child = child.parent) {
    if (guardsEntering(child.parent, child).length > 0) {
      return false;
    }
  }
  return true;
}

/**
 * The installed SDK's StageLeftReason (8 members in 1.41, 5 in 1.24 and 1.32),
 * exported by the module that declares its StageEvents; undefined without one.
 */
export function installedLeftReasons(types: IvsTypes): ErrorCodeEnum | undefined {
  const { checker } = types;
  const declaration = getSdkDeclarations(types.services.program).stageEvents?.declarations?.[0];
  const module = declaration ? checker.getSymbolAtLocation(declaration.getSourceFile()) : undefined;
  const reasons = module ? checker.tryGetMemberInModuleExports('StageLeftReason', module) : undefined;
  const codes = reasons ? types.errorCodeEnumOfObject(checker.getTypeOfSymbol(reasons)) : undefined;
  return codes?.domain.settingsKey === 'leftReasons' ? codes : undefined;
}
