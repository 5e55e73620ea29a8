// A number literal where a StageErrorCode is meant must be written as the enum member.
import { getConstrainedTypeAtLocation } from '@typescript-eslint/type-utils';
import {
  AST_NODE_TYPES,
  ASTUtils,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { createRule } from '../src/create-rule.js';
import { enumReferenceAt } from '../src/enum-reference.js';
import { mappedKeyTypeOf } from '../src/mapped-keys.js';
import { getIvsTypes, type ErrorCodeEnum } from '../src/types.js';

export type Options = [];

export type MessageIds =
  | 'notAMember'
  | 'numericCode'
  | 'relationalComparison'
  | 'reverseLookup'
  | 'useMember'
  | 'useMemberName';

type NumberLiteral = TSESTree.NumberLiteral;

const EQUALITY = new Set(['==', '===', '!=', '!==']);
const RELATIONAL = new Set(['<', '<=', '>', '>=']);
const ARRAY_LOOKUPS = new Set(['includes', 'indexOf', 'lastIndexOf']);
const SET_LOOKUPS = new Set(['has']);
const MUTATORS = new Set(['add', 'copyWithin', 'fill', 'push', 'splice', 'unshift']);

// Parents under which TypeScript may give a literal a contextual type.
const CONTEXTUAL_PARENTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.AssignmentPattern,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.VariableDeclarator,
]);

// Constituents of a contextual type that a number literal cannot be meant for.
const NOT_NUMERIC =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.Object |
  ts.TypeFlags.NonPrimitive |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Void;

export default createRule<Options, MessageIds>({
  name: 'no-numeric-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow number literals where a `StageErrorCode` member is meant',
      recommended: 'error',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      numericCode:
        '{{value}} stands for {{enumName}}.{{member}}: write the member, so the code says which error it handles and cannot silently drift from the SDK.',
      notAMember:
        '{{value}} is not a {{enumName}}: the installed SDK has no member with this value, so this never matches a stage error.',
      reverseLookup:
        '{{enumName}}[{{value}}] looks a member name up by its number: write the name itself.',
      relationalComparison:
        'Do not compare a {{enumName}} with `{{operator}}`: the numeric order of the members means nothing and changes as the SDK grows. Compare with the members themselves.',
      useMember: 'Replace {{value}} with {{reference}}.{{member}} (imports {{enumName}}).',
      useMemberName: "Replace with '{{member}}'.",
    },
    schema: [],
  },
  create(context) {
    const types = getIvsTypes(context);
    const { checker, services } = types;
    const listTargets = new WeakMap<TSESTree.ArrayExpression, ErrorCodeEnum | null>();

    return {
      Literal(node) {
        if (typeof node.value !== 'number') {
          return;
        }
        checkNumber(node);
      },
      BinaryExpression(node) {
        if (!RELATIONAL.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
          return;
        }
        const codes = codeEnumOf(node.left) ?? codeEnumOf(node.right);
        if (codes) {
          context.report({
            node,
            messageId: 'relationalComparison',
            data: { enumName: codes.name, operator: node.operator },
          });
        }
      },
    };

    function checkNumber(node: NumberLiteral): void {
      const { parent } = node;
      switch (parent.type) {
        case AST_NODE_TYPES.BinaryExpression: {
          // Relational comparisons are reported whole by BinaryExpression.
          if (EQUALITY.has(parent.operator) && parent.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
            const other = parent.left === node ? parent.right : parent.left;
            reportIn(node, codeEnumOf(other));
          }
          return;
        }
        case AST_NODE_TYPES.SwitchCase:
          if (parent.test === node) {
            reportIn(node, codeEnumOf(parent.parent.discriminant));
          }
          return;
        case AST_NODE_TYPES.MemberExpression:
          if (parent.computed && parent.property === node) {
            checkReverseLookup(node, parent);
          }
          return;
        case AST_NODE_TYPES.Property:
          if (parent.key === node) {
            checkObjectKey(node, parent);
            return;
          }
          break;
        case AST_NODE_TYPES.ArrayExpression: {
          const codes = listTargetOf(parent);
          if (codes) {
            reportIn(node, codes);
            return;
          }
          break;
        }
        default:
          break;
      }
      if (CONTEXTUAL_PARENTS.has(parent.type)) {
        const contextual = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node));
        reportIn(node, contextual && codeEnumOfContextual(contextual));
      }
    }

    /** The enum of a StageErrorCode-typed expression, seen through numeric casts. */
    function codeEnumOf(expression: TSESTree.Expression): ErrorCodeEnum | undefined {
      const inner = withoutNumericCasts(expression);
      if (inner.type === AST_NODE_TYPES.Literal) {
        return undefined;
      }
      return types.errorCodeSetOf(getConstrainedTypeAtLocation(services, inner))?.enum;
    }

    // `StageErrorCode | string` still means a code for a number; `StageErrorCode | number` does not.
    function codeEnumOfContextual(type: ts.Type): ErrorCodeEnum | undefined {
      const whole = types.errorCodeSetOf(type)?.enum;
      if (whole || !type.isUnion()) {
        return whole;
      }
      let found: ErrorCodeEnum | undefined;
      for (const part of tsutils.unionConstituents(type)) {
        if (part.flags & NOT_NUMERIC) {
          continue;
        }
        const partEnum = types.errorCodeSetOf(part)?.enum;
        if (!partEnum || (found && found !== partEnum)) {
          return undefined;
        }
        found = partEnum;
      }
      return found;
    }

    function withoutNumericCasts(expression: TSESTree.Expression): TSESTree.Expression {
      let current = expression;
      for (;;) {
        switch (current.type) {
          case AST_NODE_TYPES.TSAsExpression:
          case AST_NODE_TYPES.TSTypeAssertion:
          case AST_NODE_TYPES.TSNonNullExpression:
          case AST_NODE_TYPES.TSSatisfiesExpression:
            current = current.expression;
            continue;
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
              !isGlobal(current.callee, 'Number')
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

    function isGlobal(node: TSESTree.Node, name: string): boolean {
      if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) {
        return false;
      }
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), name);
      return !variable || variable.defs.length === 0;
    }

    /** `StageErrorCode[9]` reads the member name through its number. */
    function checkReverseLookup(node: NumberLiteral, parent: TSESTree.MemberExpression): void {
      const codes = types.errorCodeEnumOfObject(services.getTypeAtLocation(parent.object));
      if (!codes) {
        return;
      }
      const member = codes.byValue.get(node.value);
      if (!member) {
        reportNotAMember(node, codes);
        return;
      }
      context.report({
        node: parent,
        messageId: 'reverseLookup',
        data: { enumName: codes.name, value: node.raw },
        suggest: [
          {
            messageId: 'useMemberName',
            data: { member: member.name },
            fix: fixer => fixer.replaceText(parent, `'${member.name}'`),
          },
        ],
      });
    }

    /** `{ 6: 'full' }` where the object is typed by StageErrorCode keys. */
    function checkObjectKey(node: NumberLiteral, property: TSESTree.Property): void {
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return; // a destructuring pattern
      }
      const contextual = checker.getContextualType(
        services.esTreeNodeToTSNodeMap.get(property.parent),
      );
      if (!contextual) {
        return;
      }
      let codes: ErrorCodeEnum | undefined;
      for (const part of tsutils.unionConstituents(checker.getApparentType(contextual))) {
        for (const candidate of part.getProperties()) {
          const keyType = mappedKeyTypeOf(candidate);
          const keyed = keyType && types.errorCodeMemberOf(keyType);
          if (keyed) {
            codes = keyed.enum;
            break;
          }
        }
        if (codes) {
          break;
        }
      }
      reportIn(node, codes, !property.computed);
    }

    /**
     * The enum an array literal of numbers is tested against: `[9, 10].includes(code)`,
     * `new Set([3, 6]).has(code)`, or a `const` holding either, used only that way.
     */
    function listTargetOf(array: TSESTree.ArrayExpression): ErrorCodeEnum | undefined {
      let found = listTargets.get(array);
      if (found === undefined) {
        found = findListTarget(array) ?? null;
        listTargets.set(array, found);
      }
      return found ?? undefined;
    }

    function findListTarget(array: TSESTree.ArrayExpression): ErrorCodeEnum | undefined {
      let list = outermostAssertion(array);
      let lookups = ARRAY_LOOKUPS;
      if (
        list.parent.type === AST_NODE_TYPES.NewExpression &&
        list.parent.arguments[0] === list &&
        isGlobal(list.parent.callee, 'Set')
      ) {
        list = outermostAssertion(list.parent);
        lookups = SET_LOOKUPS;
      }
      const direct = lookupArgument(list, lookups);
      if (direct) {
        return codeEnumOf(direct);
      }
      const declarator = list.parent;
      if (
        declarator.type !== AST_NODE_TYPES.VariableDeclarator ||
        declarator.init !== list ||
        declarator.id.type !== AST_NODE_TYPES.Identifier ||
        declarator.parent.kind !== 'const' ||
        // Other modules may use an exported list in ways this file cannot see.
        declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration
      ) {
        return undefined;
      }
      const [variable] = context.sourceCode.getDeclaredVariables(declarator);
      const tested: TSESTree.Expression[] = [];
      for (const reference of variable?.references ?? []) {
        const argument = lookupArgument(reference.identifier, lookups);
        if (argument) {
          tested.push(argument);
        } else if (isMutated(reference.identifier)) {
          // Members in the list would make `list.push(20)` a type error.
          return undefined;
        }
      }
      let found: ErrorCodeEnum | undefined;
      for (const argument of tested) {
        const codes = codeEnumOf(argument);
        // A list also tested against plain numbers is not a list of codes.
        if (!codes || (found && found !== codes)) {
          return undefined;
        }
        found = codes;
      }
      return found;
    }

    function reportIn(node: NumberLiteral, codes: ErrorCodeEnum | undefined, asKey = false): void {
      if (!codes) {
        return;
      }
      const member = codes.byValue.get(node.value);
      if (!member) {
        reportNotAMember(node, codes);
        return;
      }
      const reference = enumReferenceAt(context, types, node, codes);
      const replace = (fixer: TSESLint.RuleFixer, text: string): TSESLint.RuleFix => {
        const written = `${text}.${member.name}`;
        return fixer.replaceText(node, asKey ? `[${written}]` : written);
      };
      const data = { value: node.raw, enumName: codes.name, member: member.name };
      if (!reference?.importFix) {
        context.report({
          node,
          messageId: 'numericCode',
          data,
          fix: reference ? fixer => replace(fixer, reference.text) : null,
        });
        return;
      }
      const { importFix, text } = reference;
      context.report({
        node,
        messageId: 'numericCode',
        data,
        suggest: [
          {
            messageId: 'useMember',
            data: { value: node.raw, enumName: codes.name, member: member.name, reference: text },
            fix: fixer => [replace(fixer, text), importFix(fixer)],
          },
        ],
      });
    }

    function reportNotAMember(node: NumberLiteral, codes: ErrorCodeEnum): void {
      context.report({
        node,
        messageId: 'notAMember',
        data: { value: node.raw, enumName: codes.name },
      });
    }
  },
});

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

/** `expression.includes(x)` / `.has(x)` with `expression` as the receiver: `x`. */
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
  const [argument] = call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments : [];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}
