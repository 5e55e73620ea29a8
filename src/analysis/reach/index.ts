// Which StageErrorCode members can reach a node: the guards on the error code
// read on the way up (switch, if/else, ?:, &&, ||, !, early exits, membership),
// across nested functions, analysed once per file.
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { cachedFor, memoize } from '../../util/cache.js';
import type { IvsStageSettings } from '../../sdk/settings.js';
import {
  alwaysEnds,
  constInitOf,
  containsOwnBreak,
  forEachDescendant,
  isFunction,
  isGlobalReference,
  statementListOf,
  unwrap,
} from '../../util/ast.js';
import {
  type ErrorCodeEnum,
  type ErrorCodeMember,
  type ErrorCodeSet,
  getIvsTypes,
  type IvsTypes,
} from '../../sdk/types.js';

/**
 * - `unguarded`: no guard on the error code above the node;
 * - `unknown`: a guard involves the error or its code but cannot be read;
 * - `members`: exactly these members can reach the node (possibly none).
 */
export type Reach =
  | { readonly kind: 'unguarded' }
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'members';
      readonly enum: ErrorCodeEnum;
      readonly members: readonly ErrorCodeMember[];
    };

export interface ReachAnalysis {
  /** The members that can reach `node`, from every guard above it. */
  reachOf(node: TSESTree.Node): Reach;
  /** The same, counting only the guards below `within` (e.g. a function). */
  reachWithin(node: TSESTree.Node, within: TSESTree.Node): Reach;
  /** The members that reach the end of `block`; undefined when its end is unreachable. */
  reachAtEndOf(block: TSESTree.BlockStatement): Reach | undefined;
  /** True when an expression mentions the error or its code (not only `err.category` etc.). */
  involvesErrorCode(node: TSESTree.Node): boolean;
}

const UNGUARDED: Reach = { kind: 'unguarded' };
const UNKNOWN: Reach = { kind: 'unknown' };

interface Branches {
  readonly whenTrue: Reach;
  readonly whenFalse: Reach;
}

const NO_BRANCHES: Branches = { whenTrue: UNGUARDED, whenFalse: UNGUARDED };
const UNKNOWN_BRANCHES: Branches = { whenTrue: UNKNOWN, whenFalse: UNKNOWN };

interface SwitchReach {
  /** Per clause, in source order, with fall-through. */
  readonly clauses: readonly Reach[];
  /** What completes the switch normally and goes on after it. */
  readonly after: Reach;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// One analysis per file and settings: every rule asking about the same file
// shares the memoised conditions, switches and ancestor chains.
const analyses = new WeakMap<TSESTree.Program, WeakMap<IvsStageSettings, ReachAnalysis>>();

/** The reach analysis of the file being linted. */
export function getReachAnalysis(context: Context): ReachAnalysis {
  const types = getIvsTypes(context);
  return cachedFor(analyses, context.sourceCode.ast, types.settings, () =>
    createReachAnalysis(context.sourceCode, types),
  );
}

function membersOf(codes: ErrorCodeEnum, members: readonly ErrorCodeMember[]): Reach {
  return { kind: 'members', enum: codes, members };
}

export function intersectReach(a: Reach, b: Reach): Reach {
  if (a.kind === 'unguarded') {
    return b;
  }
  if (b.kind === 'unguarded') {
    return a;
  }
  if (a.kind === 'unknown' || b.kind === 'unknown' || a.enum !== b.enum) {
    return UNKNOWN;
  }
  return membersOf(a.enum, a.members.filter(member => b.members.includes(member)));
}

export function unionReach(a: Reach, b: Reach): Reach {
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    return UNKNOWN;
  }
  if (a.kind === 'unguarded' || b.kind === 'unguarded') {
    // One path has no guard on the code: every member takes it.
    const codes = a.kind === 'members' ? a.enum : b.kind === 'members' ? b.enum : undefined;
    return codes ? membersOf(codes, codes.members) : UNGUARDED;
  }
  if (a.enum !== b.enum) {
    return UNKNOWN;
  }
  return membersOf(
    a.enum,
    a.enum.members.filter(member => a.members.includes(member) || b.members.includes(member)),
  );
}

function createReachAnalysis(
  sourceCode: Readonly<TSESLint.SourceCode>,
  types: IvsTypes,
): ReachAnalysis {
  const { checker, services } = types;
  const reaches = new WeakMap<TSESTree.Node, Reach>();
  const branches = new WeakMap<TSESTree.Node, Branches>();

  function reachOf(node: TSESTree.Node): Reach {
    // Iterative up to the first memoised ancestor: deep files must not overflow the stack.
    const chain: TSESTree.Node[] = [];
    let current: TSESTree.Node | undefined = node;
    let known: Reach = UNGUARDED;
    for (; current; current = current.parent) {
      const memo = reaches.get(current);
      if (memo) {
        known = memo;
        break;
      }
      chain.push(current);
    }
    for (let index = chain.length - 1; index >= 0; index--) {
      const child = chain[index];
      if (!child) {
        continue;
      }
      known = child.parent ? intersectReach(known, stepInto(child.parent, child)) : UNGUARDED;
      reaches.set(child, known);
    }
    return known;
  }

  function reachWithin(node: TSESTree.Node, within: TSESTree.Node): Reach {
    let result = UNGUARDED;
    for (let current = node; current !== within && current.parent; current = current.parent) {
      result = intersectReach(result, stepInto(current.parent, current));
    }
    return result;
  }

  function reachAtEndOf(block: TSESTree.BlockStatement): Reach | undefined {
    let result = reachOf(block);
    for (const statement of block.body) {
      if (alwaysEnds(statement, true)) {
        return undefined;
      }
      result = intersectReach(result, exitGuard(statement));
    }
    return result;
  }

  /** What entering `child` from `parent` adds to the guards. */
  function stepInto(parent: TSESTree.Node, child: TSESTree.Node): Reach {
    let step = UNGUARDED;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child === parent.consequent) {
          step = branchesOf(parent.test).whenTrue;
        } else if (child === parent.alternate) {
          step = branchesOf(parent.test).whenFalse;
        }
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child === parent.right && parent.operator !== '??') {
          const left = branchesOf(parent.left);
          step = parent.operator === '&&' ? left.whenTrue : left.whenFalse;
        }
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (child !== parent.test) {
          const clauses = switchReachOf(parent.parent)?.clauses;
          step = clauses?.[parent.parent.cases.indexOf(parent)] ?? UNGUARDED;
        }
        break;
      default:
        break;
    }
    const list = statementListOf(parent);
    // A hoisted function declaration can run before the early exits above it.
    if (list && child.type !== AST_NODE_TYPES.FunctionDeclaration) {
      const index = list.indexOf(child);
      for (let before = 0; before < index; before++) {
        const statement = list[before];
        if (statement) {
          step = intersectReach(step, exitGuard(statement));
        }
      }
    }
    return step;
  }

  /** What a statement lets through to the statements after it. */
  function exitGuard(statement: TSESTree.Node): Reach {
    if (statement.type === AST_NODE_TYPES.IfStatement) {
      const consequentEnds = alwaysEnds(statement.consequent, true);
      const alternateEnds = statement.alternate !== null && alwaysEnds(statement.alternate, true);
      if (consequentEnds && !alternateEnds) {
        return branchesOf(statement.test).whenFalse;
      }
      if (alternateEnds && !consequentEnds) {
        return branchesOf(statement.test).whenTrue;
      }
      return UNGUARDED;
    }
    if (statement.type === AST_NODE_TYPES.SwitchStatement) {
      return switchReachOf(statement)?.after ?? UNGUARDED;
    }
    return UNGUARDED;
  }

  const switchReachOf = memoize(readSwitch);

  function readSwitch(node: TSESTree.SwitchStatement): SwitchReach | undefined {
    const possible = codeSetOf(node.discriminant);
    if (!possible) {
      return undefined;
    }
    const codes = possible.enum;
    const named = new Set<ErrorCodeMember>();
    const own = node.cases.map((switchCase): Reach | undefined => {
      if (switchCase.test === null) {
        return undefined; // default: filled in once every case is read
      }
      const member = memberOf(switchCase.test, codes);
      if (!member) {
        return UNKNOWN;
      }
      named.add(member);
      return membersOf(codes, possible.members.filter(candidate => candidate === member));
    });
    // A case we cannot read may name any member: what reaches `default` is unknown.
    const unnamed = own.some(reach => reach?.kind === 'unknown')
      ? UNKNOWN
      : membersOf(codes, possible.members.filter(member => !named.has(member)));
    const clauses: Reach[] = [];
    let fallingIn: Reach = membersOf(codes, []);
    let after: Reach = node.cases.some(switchCase => switchCase.test === null)
      ? membersOf(codes, [])
      : unnamed;
    node.cases.forEach((switchCase, index) => {
      const reach = unionReach(own[index] ?? unnamed, fallingIn);
      clauses.push(reach);
      const ends = switchCase.consequent.some(statement => alwaysEnds(statement, true));
      const leavesBeyond = switchCase.consequent.some(statement => alwaysEnds(statement, false));
      fallingIn = ends ? membersOf(codes, []) : reach;
      if (!leavesBeyond && (containsOwnBreak(switchCase.consequent) || index === node.cases.length - 1)) {
        after = unionReach(after, reach);
      }
    });
    return { clauses, after };
  }

  function branchesOf(node: TSESTree.Node, depth = 0): Branches {
    let found = branches.get(node);
    if (!found) {
      found = readBranches(node, depth);
      branches.set(node, found);
    }
    return found;
  }

  function readBranches(node: TSESTree.Node, depth: number): Branches {
    const expression = unwrap(node);
    switch (expression.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (expression.operator === '!') {
          const inner = branchesOf(expression.argument, depth);
          return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
        }
        break;
      case AST_NODE_TYPES.LogicalExpression: {
        if (expression.operator === '??') {
          break;
        }
        const left = branchesOf(expression.left, depth);
        const right = branchesOf(expression.right, depth);
        return expression.operator === '&&'
          ? {
              whenTrue: intersectReach(left.whenTrue, right.whenTrue),
              whenFalse: unionReach(left.whenFalse, intersectReach(left.whenTrue, right.whenFalse)),
            }
          : {
              whenTrue: unionReach(left.whenTrue, intersectReach(left.whenFalse, right.whenTrue)),
              whenFalse: intersectReach(left.whenFalse, right.whenFalse),
            };
      }
      case AST_NODE_TYPES.BinaryExpression: {
        const read = comparison(expression);
        if (read) {
          return read;
        }
        break;
      }
      case AST_NODE_TYPES.CallExpression: {
        const read = membership(expression);
        if (read) {
          return read;
        }
        break;
      }
      case AST_NODE_TYPES.Identifier: {
        // `const fatal = error.code === X; if (fatal) …`
        const init = depth < 4 ? constInitOf(sourceCode, expression) : undefined;
        if (init && !isFunction(init)) {
          return branchesOf(init, depth + 1);
        }
        break;
      }
      default:
        break;
    }
    return involvesErrorCode(expression) ? UNKNOWN_BRANCHES : NO_BRANCHES;
  }

  function comparison(node: TSESTree.BinaryExpression): Branches | undefined {
    const { operator } = node;
    const left = node.left as TSESTree.Node;
    const indexOf = indexOfTest(node);
    if (indexOf) {
      return indexOf;
    }
    if (operator !== '===' && operator !== '==' && operator !== '!==' && operator !== '!=') {
      return undefined;
    }
    const equal = equality(left, node.right) ?? equality(node.right, left);
    if (!equal) {
      return undefined;
    }
    return operator === '===' || operator === '=='
      ? equal
      : { whenTrue: equal.whenFalse, whenFalse: equal.whenTrue };
  }

  /** `code === member`, read with `code` on the left; undefined when `left` is no code. */
  function equality(left: TSESTree.Node, right: TSESTree.Node): Branches | undefined {
    const possible = codeSetOf(left);
    if (!possible || isMemberReference(left)) {
      return undefined;
    }
    const member = memberOf(right, possible.enum);
    if (!member) {
      return UNKNOWN_BRANCHES;
    }
    return {
      whenTrue: membersOf(possible.enum, possible.members.filter(m => m === member)),
      whenFalse: membersOf(possible.enum, possible.members.filter(m => m !== member)),
    };
  }

  /** `list.indexOf(code) !== -1` and its spellings. */
  function indexOfTest(node: TSESTree.BinaryExpression): Branches | undefined {
    const call = unwrap(node.left);
    const bound = numberValue(node.right);
    if (
      call.type !== AST_NODE_TYPES.CallExpression ||
      bound === undefined ||
      call.callee.type !== AST_NODE_TYPES.MemberExpression ||
      call.callee.computed ||
      call.callee.property.type !== AST_NODE_TYPES.Identifier ||
      call.callee.property.name !== 'indexOf'
    ) {
      return undefined;
    }
    const within = listTest(call.callee.object, call.arguments[0]);
    if (!within) {
      return undefined;
    }
    const { operator } = node;
    const found =
      ((operator === '!==' || operator === '!=' || operator === '>') && bound === -1) ||
      (operator === '>=' && bound === 0);
    const missing =
      ((operator === '===' || operator === '==' || operator === '<=') && bound === -1) ||
      (operator === '<' && bound === 0);
    if (found) {
      return within;
    }
    return missing ? { whenTrue: within.whenFalse, whenFalse: within.whenTrue } : UNKNOWN_BRANCHES;
  }

  /** `list.includes(code)`, `set.has(code)`. */
  function membership(call: TSESTree.CallExpression): Branches | undefined {
    const callee = call.callee;
    if (
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      callee.computed ||
      callee.property.type !== AST_NODE_TYPES.Identifier ||
      (callee.property.name !== 'includes' && callee.property.name !== 'has')
    ) {
      return undefined;
    }
    return listTest(callee.object, call.arguments[0]);
  }

  function listTest(list: TSESTree.Node, argument: TSESTree.Node | undefined): Branches | undefined {
    const possible = argument ? codeSetOf(argument) : undefined;
    if (!possible) {
      return undefined;
    }
    const listed = memberList(list, possible.enum, 0);
    if (!listed) {
      return UNKNOWN_BRANCHES;
    }
    return {
      whenTrue: membersOf(possible.enum, possible.members.filter(m => listed.has(m))),
      whenFalse: membersOf(possible.enum, possible.members.filter(m => !listed.has(m))),
    };
  }

  /** The members of an array literal, `new Set([...])`, or a `const` holding one. */
  function memberList(
    node: TSESTree.Node,
    codes: ErrorCodeEnum,
    depth: number,
  ): Set<ErrorCodeMember> | undefined {
    const list = unwrap(node);
    if (list.type === AST_NODE_TYPES.ArrayExpression) {
      const found = new Set<ErrorCodeMember>();
      for (const element of list.elements) {
        const member =
          element && element.type !== AST_NODE_TYPES.SpreadElement
            ? memberOf(element, codes)
            : undefined;
        if (!member) {
          return undefined;
        }
        found.add(member);
      }
      return found;
    }
    if (
      list.type === AST_NODE_TYPES.NewExpression &&
      isGlobalReference(sourceCode, list.callee, 'Set') &&
      list.arguments.length === 1 &&
      list.arguments[0]
    ) {
      return memberList(list.arguments[0], codes, depth);
    }
    if (list.type === AST_NODE_TYPES.Identifier && depth < 4) {
      const init = constInitOf(sourceCode, list);
      if (init) {
        return memberList(init, codes, depth + 1);
      }
    }
    return tupleMembers(list, codes);
  }

  /**
   * A list declared elsewhere (imported, a parameter) is read from its type when
   * that type fixes every element: a readonly tuple of single members, as
   * `[…] as const` gives. A wider type (`readonly StageErrorCode[]`) says what
   * the list may hold, not what it does.
   */
  function tupleMembers(node: TSESTree.Node, codes: ErrorCodeEnum): Set<ErrorCodeMember> | undefined {
    const type = services.getTypeAtLocation(node);
    if (
      !tsutils.isTupleTypeReference(type) ||
      !type.target.readonly ||
      type.target.elementFlags.some(flag => !(flag & ts.ElementFlags.Required))
    ) {
      return undefined;
    }
    const found = new Set<ErrorCodeMember>();
    // The type arguments may end with the tuple's `this` type: one per element only.
    for (const element of checker.getTypeArguments(type).slice(0, type.target.elementFlags.length)) {
      const read = types.errorCodeMemberOf(element);
      if (read?.enum !== codes) {
        return undefined;
      }
      found.add(read.member);
    }
    return found;
  }

  /** The member an expression stands for: any spelling of it, or its number. */
  function memberOf(node: TSESTree.Node, codes: ErrorCodeEnum): ErrorCodeMember | undefined {
    const expression = unwrap(node);
    if (expression.type === AST_NODE_TYPES.Literal) {
      return typeof expression.value === 'number' ? codes.byValue.get(expression.value) : undefined;
    }
    const found = types.errorCodeMemberOf(services.getTypeAtLocation(expression));
    return found?.enum === codes ? found.member : undefined;
  }

  /** `StageErrorCode.X`, or a name declared as one member (not a narrowed variable). */
  function isMemberReference(node: TSESTree.Node): boolean {
    const declared = declaredTypeOf(unwrap(node));
    return declared !== undefined && types.errorCodeMemberOf(declared) !== undefined;
  }

  /** The members a code-typed expression can hold, from its declared type when it has one. */
  function codeSetOf(node: TSESTree.Node): ErrorCodeSet | undefined {
    const expression = unwrap(node);
    if (
      expression.type !== AST_NODE_TYPES.Identifier &&
      expression.type !== AST_NODE_TYPES.MemberExpression &&
      expression.type !== AST_NODE_TYPES.CallExpression &&
      expression.type !== AST_NODE_TYPES.ChainExpression &&
      expression.type !== AST_NODE_TYPES.AwaitExpression
    ) {
      return undefined;
    }
    // The declared type: TypeScript narrows `error.code` inside our own guards,
    // which would make `code === X` look like a comparison of two members.
    const type = declaredTypeOf(expression) ?? services.getTypeAtLocation(expression);
    const set = types.errorCodeSetOf(type);
    return set && set.members.length > 0 ? set : undefined;
  }

  function declaredTypeOf(node: TSESTree.Node): ts.Type | undefined {
    const inner = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const tsNode = services.esTreeNodeToTSNodeMap.get(inner);
    const target =
      ts.isPropertyAccessExpression(tsNode) ? tsNode.name : tsNode;
    const symbol = checker.getSymbolAtLocation(target);
    if (!symbol || symbol.flags & (ts.SymbolFlags.Alias | ts.SymbolFlags.EnumMember)) {
      return symbol ? services.getTypeAtLocation(inner) : undefined;
    }
    return checker.getTypeOfSymbol(symbol);
  }

  function isErrorLike(node: TSESTree.Node): boolean {
    const type = services.getTypeAtLocation(node).getNonNullableType();
    const code = checker.getPropertyOfType(type, 'code');
    return code !== undefined && types.errorCodeSetOf(checker.getTypeOfSymbol(code)) !== undefined;
  }

  function involvesErrorCode(node: TSESTree.Node): boolean {
    let found = false;
    const check = (candidate: TSESTree.Node): boolean => {
      if (found || isFunction(candidate)) {
        return false;
      }
      if (candidate.type === AST_NODE_TYPES.MemberExpression) {
        if (codeSetOf(candidate)) {
          found = true;
          return false;
        }
        // `error.category`, `error.message`: the error, but not its code.
        if (!candidate.computed && isErrorLike(candidate.object)) {
          return false;
        }
        return true;
      }
      if (candidate.type === AST_NODE_TYPES.Identifier) {
        const parent = candidate.parent;
        const isKey =
          (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === candidate && !parent.computed) ||
          (parent.type === AST_NODE_TYPES.Property && parent.key === candidate && !parent.computed);
        if (!isKey && (codeSetOf(candidate) || isErrorLike(candidate))) {
          found = true;
        }
        return false;
      }
      return true;
    };
    if (check(node)) {
      forEachDescendant(node, sourceCode.visitorKeys, check);
    }
    return found;
  }

  return { reachOf, reachWithin, reachAtEndOf, involvesErrorCode };
}

function numberValue(node: TSESTree.Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'number' ? node.value : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.UnaryExpression &&
    node.operator === '-' &&
    node.argument.type === AST_NODE_TYPES.Literal &&
    typeof node.argument.value === 'number'
  ) {
    return -node.argument.value;
  }
  return undefined;
}
