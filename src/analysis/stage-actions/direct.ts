// Actions written on a Stage itself: `join()`, `refreshStrategy()`,
// `replaceStrategy()` (retries) and `exchangeToken()`, `new Stage(…)` (fresh
// tokens), and whether the Stage a retry runs on was just created; the same for
// SDK 1.41's RealTimeConnection: `connect()` and `new RealTimeConnection(…)`.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import { isFunction, memberKey, propertyName, unwrap } from '../../util/ast.js';
import { statementListOf } from '../../util/control-flow.js';
import { constructsNoSubclass, sameBinding, thisIsBaseClass } from '../../util/scope.js';
import { narrowsIntoNoInstanceOf } from '../../sdk/class-types.js';
import { getSdkDeclarations } from '../../sdk/sdk-declarations.js';
import type { ActionReader, DirectAction, StageAction, StageCall } from './reader.js';

const RETRY_METHODS = new Set(['join', 'refreshStrategy', 'replaceStrategy']);
const FRESH_TOKEN_METHODS = new Set(['exchangeToken']);
// RealTimeConnection (SDK 1.41) declares no join: `connect()` opens it again
// with the connection token it was built from.
const CONNECTION_METHOD = 'connect';

/** The method a call runs, when its name and receiver could make it a direct action. */
export function actionMethodOf(reader: ActionReader, node: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const method = propertyName(callee);
  if (
    method === undefined ||
    (!RETRY_METHODS.has(method) && !FRESH_TOKEN_METHODS.has(method) && method !== CONNECTION_METHOD) ||
    cannotBeStage(callee.object) ||
    joinsText(method, node) ||
    (reader.onlyPackageStages && callee.object.type === AST_NODE_TYPES.ThisExpression && thisIsBaseClass(callee.object))
  ) {
    return undefined;
  }
  return method;
}

/**
 * join/refreshStrategy/replaceStrategy/exchangeToken called on a Stage, or
 * connect() on a RealTimeConnection; not one on an object created right before
 * it (the `new` is the action). Read once per call by stageCallOf.
 */
export function directActionOf(reader: ActionReader, node: TSESTree.CallExpression): DirectAction | undefined {
  const call = stageCallOf(reader, node);
  return call && !call.onNewStage ? call : undefined;
}

/**
 * Whether a call joins a Stage, whatever Stage: also one created right before,
 * whose `new Stage(…)` is the action but whose `join()` is still a join (a
 * `catch` after it is the catch of a join).
 */
export function joinsStage(reader: ActionReader, node: TSESTree.CallExpression): boolean {
  return stageCallOf(reader, node)?.method === 'join';
}

/**
 * A call of a Stage method, read once per call: the listeners, helper summaries
 * and try-block scans all ask about the same calls, and the checker does not
 * cache an identifier's narrowed type.
 */
export function stageCallOf(reader: ActionReader, node: TSESTree.CallExpression): StageCall | undefined {
  let answer = reader.memo.direct.get(node);
  if (!answer) {
    answer = { value: readStageCall(reader, node) };
    reader.memo.direct.set(node, answer);
  }
  return answer.value;
}

function readStageCall(reader: ActionReader, node: TSESTree.CallExpression): StageCall | undefined {
  const method = actionMethodOf(reader, node);
  const callee = unwrap(node.callee);
  if (method === undefined || callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const { types } = reader;
  const connection = method === CONNECTION_METHOD;
  if (declaredAsNoSdkClass(reader, callee.object, connection)) {
    return undefined;
  }
  const objectType = types.services.getTypeAtLocation(callee.object);
  // On an SDK without RealTimeConnection (before 1.41) no type is one.
  if (connection ? !types.isRealTimeConnectionType(objectType) : !types.isStageType(objectType)) {
    return undefined;
  }
  const label = `${method}()`;
  if (FRESH_TOKEN_METHODS.has(method)) {
    return { kind: 'freshToken', label, method, joins: false, onNewStage: false };
  }
  const fresh = freshStageOf(reader, callee.object);
  const [same, renewed] = connection ? (['sameConnection', 'freshConnection'] as const) : (['sameStage', 'freshToken'] as const);
  return {
    kind: fresh === 'assigned' ? renewed : same,
    label,
    method,
    joins: method === 'join',
    // The `new Stage(…)` right before it is the action, not this call.
    onNewStage: fresh === 'new',
  };
}

/**
 * Whether a receiver named by a variable or parameter can hold no Stage (or
 * RealTimeConnection) by its declared type, asked before its flow type, which
 * the checker works out again at every read (`registry.join()` in a loop).
 * Only when the SDK's Stage is the one Stage type: a configured class may fit
 * where the SDK's does not.
 */
function declaredAsNoSdkClass(reader: ActionReader, object: TSESTree.Node, connection: boolean): boolean {
  const target = unwrap(object);
  if (!reader.onlySdkStage || target.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const { checker, services } = reader.types;
  const sdk = getSdkDeclarations(services.program);
  const sdkClass = connection ? sdk.connectionType : sdk.stageType;
  const symbol = sdkClass && checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(target));
  return (
    sdkClass !== undefined &&
    symbol !== undefined &&
    (symbol.flags & ts.SymbolFlags.Variable) !== 0 &&
    narrowsIntoNoInstanceOf(checker, checker.getTypeOfSymbol(symbol), sdkClass)
  );
}

/**
 * Whether the Stage (or connection) a retry runs on was just (re)created in the same branch:
 * `new` when by `new Stage(…)`, `assigned` when by anything else. The binding
 * written before the call must be the one the call reads, by scope. The search
 * stops at the function and at the catch clause the call is in: the Stage
 * created before the `try` is the one that failed, not a fresh one.
 */
function freshStageOf(reader: ActionReader, object: TSESTree.Node): 'assigned' | 'new' | undefined {
  const target = unwrap(object);
  if (target.type === AST_NODE_TYPES.NewExpression) {
    return 'new';
  }
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  for (
    let child: TSESTree.Node = target;
    child.parent && !isFunction(child) && child.type !== AST_NODE_TYPES.CatchClause;
    child = child.parent
  ) {
    const list = statementListOf(child.parent);
    if (!list) {
      continue;
    }
    // The last write before the call is the one it sees.
    for (const statement of list.slice(0, list.indexOf(child)).reverse()) {
      const value = valueWrittenTo(reader, statement, target);
      if (value) {
        return value.type === AST_NODE_TYPES.NewExpression ? 'new' : 'assigned';
      }
    }
  }
  return undefined;
}

/**
 * What a statement writes into the binding `target` names: `const x = v` or
 * `x = v`; or the `x.exchangeToken(newToken)` that gives its Stage a new token.
 */
function valueWrittenTo(
  reader: ActionReader,
  statement: TSESTree.Node,
  target: TSESTree.Identifier | TSESTree.MemberExpression,
): TSESTree.Node | undefined {
  const exchange = tokenExchangeOn(reader, statement, target);
  if (exchange) {
    return exchange;
  }
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
    const declarator = statement.declarations.find(
      candidate =>
        candidate.id.type === AST_NODE_TYPES.Identifier && namesTarget(reader, candidate.id, target),
    );
    return declarator?.init ? unwrap(declarator.init) : undefined;
  }
  if (
    statement.type === AST_NODE_TYPES.ExpressionStatement &&
    statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
    statement.expression.operator === '=' &&
    namesTarget(reader, statement.expression.left, target)
  ) {
    return unwrap(statement.expression.right);
  }
  return undefined;
}

/** `x.exchangeToken(…)` or `await x.exchangeToken(…)` as a statement, on the binding `target` names. */
function tokenExchangeOn(
  reader: ActionReader,
  statement: TSESTree.Node,
  target: TSESTree.Identifier | TSESTree.MemberExpression,
): TSESTree.CallExpression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) {
    return undefined;
  }
  let call = unwrap(statement.expression);
  if (call.type === AST_NODE_TYPES.AwaitExpression || (call.type === AST_NODE_TYPES.UnaryExpression && call.operator === 'void')) {
    call = unwrap(call.argument);
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression &&
    FRESH_TOKEN_METHODS.has(propertyName(callee) ?? '') &&
    namesTarget(reader, callee.object, target)
    ? call
    : undefined;
}

/** Whether `node` names the binding `target` names: a cheap filter, then scope. */
function namesTarget(
  reader: ActionReader,
  node: TSESTree.Node,
  target: TSESTree.Identifier | TSESTree.MemberExpression,
): boolean {
  return mayBeSameBinding(node, target) && sameBinding(reader.sourceCode, node, target);
}

/**
 * A cheap filter before the scope question: two names, or two member reads of
 * one key, can be one binding; anything else cannot. Scope decides (sameBinding).
 */
function mayBeSameBinding(written: TSESTree.Node, read: TSESTree.Identifier | TSESTree.MemberExpression): boolean {
  if (written.type === AST_NODE_TYPES.Identifier) {
    return read.type === AST_NODE_TYPES.Identifier && written.name === read.name;
  }
  return (
    written.type === AST_NODE_TYPES.MemberExpression &&
    read.type === AST_NODE_TYPES.MemberExpression &&
    memberKey(written) !== undefined &&
    memberKey(written) === memberKey(read)
  );
}

/**
 * Whether `new X(…)` could build a Stage or a RealTimeConnection, from its
 * syntax and scope alone (both come from the SDK package: neither is a lib
 * global nor a class of the file that extends nothing).
 */
export function mayConstructStage(reader: ActionReader, node: TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  return (
    (callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression) &&
    !(reader.onlyPackageStages && constructsNoSubclass(reader.sourceCode, callee))
  );
}

/**
 * `new Stage(…)` (or a subclass): a fresh start with the token it is given;
 * `new RealTimeConnection(…)`: the same with a connection token.
 */
export function actionOfNew(reader: ActionReader, node: TSESTree.NewExpression): StageAction | undefined {
  if (!mayConstructStage(reader, node)) {
    return undefined;
  }
  const { types } = reader;
  const type = types.services.getTypeAtLocation(node);
  const kind = types.isStageType(type) ? 'freshToken' : types.isRealTimeConnectionType(type) ? 'freshConnection' : undefined;
  return kind ? { kind, label: `new ${reader.sourceCode.getText(unwrap(node.callee))}()`, joins: false } : undefined;
}

/**
 * `parts.join(', ')`, `lines.join(\`\n\`)`: a separator makes it an array's or a
 * string list's join. A Stage's join takes no argument (1.13–1.41); a subclass's
 * override may take media streams, never a separator.
 */
function joinsText(method: string, node: TSESTree.CallExpression): boolean {
  const [first] = node.arguments;
  return (
    method === 'join' &&
    first !== undefined &&
    ((first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') ||
      first.type === AST_NODE_TYPES.TemplateLiteral)
  );
}

/**
 * Objects whose value is never a Stage, whatever their type says: `['a', b].join()`
 * and `'x'.concat()` need no type checker. (`super.join()` runs the parent's own
 * join inside a subclass, not a retry of it.)
 */
function cannotBeStage(object: TSESTree.Node): boolean {
  switch (object.type) {
    case AST_NODE_TYPES.Super:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    default:
      return false;
  }
}
