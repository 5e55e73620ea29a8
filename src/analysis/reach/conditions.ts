// What a condition lets through when it is true and when it is false: `!`, `&&`
// and `||` over comparisons and membership tests on the code, and `const` names
// holding either.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { codeSetOf, isErrorLike, isMemberReference, memberOf } from './code-types.js';
import { indexOfMeaning, memberList, numberValue } from './member-lists.js';
import { intersectReach, membersOf, type Reach, UNGUARDED, UNKNOWN, unionReach } from './reach.js';
import { MAX_CONST_ALIASES, type ReachReader } from './reader.js';
import { forEachDescendant, isFunction, unwrap } from '../../util/ast.js';
import { constInitOf } from '../../util/scope.js';

export interface Branches {
  readonly whenTrue: Reach;
  readonly whenFalse: Reach;
}

const NO_BRANCHES: Branches = { whenTrue: UNGUARDED, whenFalse: UNGUARDED };
const UNKNOWN_BRANCHES: Branches = { whenTrue: UNKNOWN, whenFalse: UNKNOWN };

function negated(branches: Branches): Branches {
  return { whenTrue: branches.whenFalse, whenFalse: branches.whenTrue };
}

/** The branches of a condition, read once per node (`depth` counts the `const` names followed). */
export function branchesOf(reader: ReachReader, node: TSESTree.Node, depth = 0): Branches {
  const { branches } = reader.caches;
  let found = branches.get(node);
  if (!found) {
    found = readBranches(reader, node, depth);
    branches.set(node, found);
  }
  return found;
}

function readBranches(reader: ReachReader, node: TSESTree.Node, depth: number): Branches {
  const expression = unwrap(node);
  switch (expression.type) {
    case AST_NODE_TYPES.UnaryExpression:
      if (expression.operator === '!') {
        return negated(branchesOf(reader, expression.argument, depth));
      }
      break;
    case AST_NODE_TYPES.LogicalExpression:
      if (expression.operator !== '??') {
        return logical(
          expression.operator,
          branchesOf(reader, expression.left, depth),
          branchesOf(reader, expression.right, depth),
        );
      }
      break;
    case AST_NODE_TYPES.BinaryExpression: {
      const read = comparison(reader, expression);
      if (read) {
        return read;
      }
      break;
    }
    case AST_NODE_TYPES.CallExpression: {
      const read = membership(reader, expression);
      if (read) {
        return read;
      }
      break;
    }
    case AST_NODE_TYPES.Identifier: {
      // `const fatal = error.code === X; if (fatal) …`
      const init = depth < MAX_CONST_ALIASES ? constInitOf(reader.sourceCode, expression) : undefined;
      if (init && !isFunction(init)) {
        return branchesOf(reader, init, depth + 1);
      }
      break;
    }
    default:
      break;
  }
  // A condition we cannot read still matters when it looks at the code: what it lets
  // through is then unknown, not everything.
  return involvesErrorCode(reader, expression) ? UNKNOWN_BRANCHES : NO_BRANCHES;
}

/** `left && right` is true when both are; `left || right` is false when both are. */
function logical(operator: '&&' | '||', left: Branches, right: Branches): Branches {
  return operator === '&&'
    ? {
        whenTrue: intersectReach(left.whenTrue, right.whenTrue),
        whenFalse: unionReach(left.whenFalse, intersectReach(left.whenTrue, right.whenFalse)),
      }
    : {
        whenTrue: unionReach(left.whenTrue, intersectReach(left.whenFalse, right.whenTrue)),
        whenFalse: intersectReach(left.whenFalse, right.whenFalse),
      };
}

function comparison(reader: ReachReader, node: TSESTree.BinaryExpression): Branches | undefined {
  const indexOf = indexOfTest(reader, node);
  if (indexOf) {
    return indexOf;
  }
  const { operator, left, right } = node;
  if (operator !== '===' && operator !== '==' && operator !== '!==' && operator !== '!=') {
    return undefined;
  }
  const equal = equality(reader, left, right) ?? equality(reader, right, left);
  if (!equal) {
    return undefined;
  }
  return operator === '===' || operator === '==' ? equal : negated(equal);
}

/** `code === member`, read with `code` on the left; undefined when `left` is no code. */
function equality(reader: ReachReader, left: TSESTree.Node, right: TSESTree.Node): Branches | undefined {
  const possible = codeSetOf(reader, left);
  // A member reference has a code type too: `X === code` must read `code`, not `X`.
  if (!possible || isMemberReference(reader, left)) {
    return undefined;
  }
  const member = memberOf(reader, right, possible.enum);
  if (!member) {
    return UNKNOWN_BRANCHES;
  }
  return {
    whenTrue: membersOf(possible.enum, possible.members.filter(m => m === member)),
    whenFalse: membersOf(possible.enum, possible.members.filter(m => m !== member)),
  };
}

/** `list.indexOf(code) !== -1` and its spellings. */
function indexOfTest(reader: ReachReader, node: TSESTree.BinaryExpression): Branches | undefined {
  const call = unwrap(node.left);
  if (call.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const list = methodObject(call, ['indexOf']);
  const bound = numberValue(node.right);
  if (!list || bound === undefined) {
    return undefined;
  }
  const within = listTest(reader, list, call.arguments[0]);
  if (!within) {
    return undefined;
  }
  switch (indexOfMeaning(node.operator, bound)) {
    case 'found':
      return within;
    case 'missing':
      return negated(within);
    default:
      return UNKNOWN_BRANCHES;
  }
}

/** `list.includes(code)`, `set.has(code)`. */
function membership(reader: ReachReader, call: TSESTree.CallExpression): Branches | undefined {
  const list = methodObject(call, ['includes', 'has']);
  return list ? listTest(reader, list, call.arguments[0]) : undefined;
}

/** The object of `object.method(…)`, for a method of `names` written plainly. */
function methodObject(
  call: TSESTree.CallExpression,
  names: readonly string[],
): TSESTree.Expression | undefined {
  const { callee } = call;
  return callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    names.includes(callee.property.name)
    ? callee.object
    : undefined;
}

/** Whether `argument`, a code, is in `list`; undefined when `argument` is no code. */
function listTest(
  reader: ReachReader,
  list: TSESTree.Node,
  argument: TSESTree.Node | undefined,
): Branches | undefined {
  const possible = argument ? codeSetOf(reader, argument) : undefined;
  if (!possible) {
    return undefined;
  }
  const listed = memberList(reader, list, possible.enum);
  if (!listed) {
    return UNKNOWN_BRANCHES;
  }
  return {
    whenTrue: membersOf(possible.enum, possible.members.filter(m => listed.has(m))),
    whenFalse: membersOf(possible.enum, possible.members.filter(m => !listed.has(m))),
  };
}

/**
 * True when an expression mentions the error or its code, outside nested
 * functions (which the condition does not run). `error.category` and
 * `error.message` look at the error but say nothing about its code.
 */
export function involvesErrorCode(reader: ReachReader, node: TSESTree.Node): boolean {
  let found = false;
  const check = (candidate: TSESTree.Node): boolean => {
    if (found || isFunction(candidate)) {
      return false;
    }
    if (candidate.type === AST_NODE_TYPES.MemberExpression) {
      if (codeSetOf(reader, candidate)) {
        found = true;
        return false;
      }
      // `error.category`, `error.message`: the error, but not its code.
      return candidate.computed || !isErrorLike(reader, candidate.object);
    }
    if (candidate.type === AST_NODE_TYPES.Identifier) {
      if (!isPropertyKey(candidate) && (codeSetOf(reader, candidate) || isErrorLike(reader, candidate))) {
        found = true;
      }
      return false;
    }
    return true;
  };
  if (check(node)) {
    forEachDescendant(node, reader.sourceCode.visitorKeys, check);
  }
  return found;
}

/** The `code` of `x.code` or `{ code: … }`: a name, not a value. */
function isPropertyKey(identifier: TSESTree.Identifier): boolean {
  const { parent } = identifier;
  return (
    (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) ||
    (parent.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed)
  );
}
