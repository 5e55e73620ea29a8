// Syntax shared by rules that read numbers written in place of StageErrorCode:
// casts that keep a code a code (`x as number`, `Number(x)`, `+x`), and lists of
// numbers used as lookups (`[9, 10].includes(x)`, `new Set([3, 6]).has(x)`).
// Pure syntax: callers decide by type whether `x` is a code.
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { unwrap } from '../../util/ast.js';
import { isExportedOrGlobal, isGlobalReference } from '../../util/scope.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const ARRAY_LOOKUPS = new Set(['includes', 'indexOf', 'lastIndexOf']);
const SET_LOOKUPS = new Set(['has']);
const MUTATORS = new Set(['add', 'copyWithin', 'fill', 'push', 'splice', 'unshift']);

/** `x` of `x as number`, `<number>x`, `x!`, `x satisfies T`, `+x`, `Number(x)`, nested. */
export function withoutNumericCasts(
  context: Context,
  expression: TSESTree.Expression,
): TSESTree.Expression {
  let current = expression;
  for (;;) {
    current = unwrap(current);
    switch (current.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (current.operator !== '+') {
          return current;
        }
        current = current.argument;
        continue;
      case AST_NODE_TYPES.CallExpression: {
        const [argument] = current.arguments;
        if (
          current.arguments.length !== 1 ||
          !argument ||
          argument.type === AST_NODE_TYPES.SpreadElement ||
          !isGlobalReference(context.sourceCode, current.callee, 'Number')
        ) {
          return current;
        }
        current = argument;
        continue;
      }
      default:
        return current;
    }
  }
}

/**
 * The expressions an array literal is looked up with, when it is only used as
 * a lookup list: `[9, 10].includes(x)`, `new Set([3, 6]).has(x)`, or a
 * non-exported `const` holding either whose uses never add other numbers.
 * Undefined when the list is anything else (including never tested).
 */
export function lookupArgumentsOf(
  context: Context,
  array: TSESTree.ArrayExpression,
): TSESTree.Expression[] | undefined {
  let list = outermostAssertion(array);
  let lookups = ARRAY_LOOKUPS;
  if (
    list.parent.type === AST_NODE_TYPES.NewExpression &&
    list.parent.arguments[0] === list &&
    isGlobalReference(context.sourceCode, list.parent.callee, 'Set')
  ) {
    list = outermostAssertion(list.parent);
    lookups = SET_LOOKUPS;
  }
  const direct = lookupArgument(list, lookups);
  if (direct) {
    return [direct];
  }
  const declarator = list.parent;
  if (
    declarator.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.init !== list ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const'
  ) {
    return undefined;
  }
  const [variable] = context.sourceCode.getDeclaredVariables(declarator);
  // Other modules may use an exported list in ways this file cannot see.
  if (!variable || isExportedOrGlobal(variable)) {
    return undefined;
  }
  const tested: TSESTree.Expression[] = [];
  for (const reference of variable.references) {
    const argument = lookupArgument(reference.identifier, lookups);
    if (argument) {
      tested.push(argument);
    } else if (isMutated(reference.identifier)) {
      // Members in the list would make `list.push(20)` a type error.
      return undefined;
    }
  }
  return tested.length > 0 ? tested : undefined;
}

/** `receiver.includes(x)` / `.has(x)` with `receiver` as the object: `x`. */
function lookupArgument(
  receiver: TSESTree.Node,
  methods: ReadonlySet<string>,
): TSESTree.Expression | undefined {
  const member = receiver.parent;
  if (
    member?.type !== AST_NODE_TYPES.MemberExpression ||
    member.object !== receiver ||
    member.computed ||
    !methods.has(member.property.name)
  ) {
    return undefined;
  }
  const call = member.parent;
  const [argument] =
    call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments : [];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}

/** `list.push(…)`, `set.add(…)`, `list[0] = …`: a use that puts other numbers in. */
function isMutated(identifier: TSESTree.Node): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) {
    return false;
  }
  const user = member.parent;
  return (
    (user.type === AST_NODE_TYPES.AssignmentExpression && user.left === member) ||
    user.type === AST_NODE_TYPES.UpdateExpression ||
    (!member.computed && MUTATORS.has(member.property.name))
  );
}

/** `[…] as const`, `new Set(…) satisfies …`: the outermost of the assertions around `node`. */
function outermostAssertion(node: TSESTree.Expression): TSESTree.Expression {
  let current = node;
  while (
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}
