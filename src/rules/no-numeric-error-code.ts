// A number literal where a StageErrorCode (or, since SDK 1.41, a
// RealTimeConnectionErrorCode) is meant must be written as the enum member.
import { getConstrainedTypeAtLocation } from '@typescript-eslint/type-utils';
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { errorCodeEnumKeying, errorCodeEnumOfSlot, numericEnum } from './no-numeric-error-code/code-contexts.js';
import { lookupArgumentsOf, withoutNumericCasts } from './no-numeric-error-code/code-lists.js';
import { isArgumentOfNoCodeParameter } from './no-numeric-error-code/no-code-parameters.js';
import { createRule } from '../create-rule.js';
import { enumReferenceAt } from '../sdk/enum-reference.js';
import { memoize } from '../util/cache.js';
import { type ErrorCodeEnum, type ErrorCodeMember, getIvsTypes } from '../sdk/types.js';

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
        '{{value}} is not a {{enumName}}: the installed SDK has no member with this value, so this never matches an error the SDK reports.',
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
    // An array literal's list target is asked once per literal it holds.
    const listTargetOf = memoize(findListTarget);

    return {
      // Selectors filter in ESLint's traversal: the listeners run only for
      // number literals and relational comparisons, the few nodes they judge.
      'Literal[value=type(number)]'(node: NumberLiteral) {
        checkNumber(node);
      },
      'BinaryExpression[operator=/^[<>]=?$/]'(node: TSESTree.BinaryExpression) {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
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
        case AST_NODE_TYPES.PropertyDefinition:
          if (parent.key === node) {
            return; // a class member named by a number
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
      if (CONTEXTUAL_PARENTS.has(parent.type) && !isArgumentOfNoCodeParameter(types, node)) {
        const contextual = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node));
        reportIn(node, contextual && errorCodeEnumOfSlot(types, contextual));
      }
    }

    /**
     * The enum of an expression typed by a numeric failure enum (StageErrorCode,
     * RealTimeConnectionErrorCode), seen through numeric casts.
     */
    function codeEnumOf(expression: TSESTree.Expression): ErrorCodeEnum | undefined {
      const inner = withoutNumericCasts(context, expression);
      if (inner.type === AST_NODE_TYPES.Literal || neverACode(inner)) {
        return undefined;
      }
      return numericEnum(types.errorCodeSetOf(getConstrainedTypeAtLocation(services, inner))?.enum);
    }

    /** `StageErrorCode[9]` reads the member name through its number. */
    function checkReverseLookup(node: NumberLiteral, parent: TSESTree.MemberExpression): void {
      const codes = numericEnum(types.errorCodeEnumOfObject(services.getTypeAtLocation(parent.object)));
      if (!codes) {
        return;
      }
      const member = memberOrReport(node, codes);
      if (!member) {
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
      reportIn(node, errorCodeEnumKeying(types, contextual), !property.computed);
    }

    /**
     * The enum an array literal of numbers is tested against: `[9, 10].includes(code)`,
     * `new Set([3, 6]).has(code)`, or a `const` holding either, used only that way.
     */
    function findListTarget(array: TSESTree.ArrayExpression): ErrorCodeEnum | undefined {
      let found: ErrorCodeEnum | undefined;
      for (const argument of lookupArgumentsOf(context, array) ?? []) {
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
      const member = memberOrReport(node, codes);
      if (!member) {
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

    /** The member `node`'s number stands for; a number the enum lacks is reported as such. */
    function memberOrReport(node: NumberLiteral, codes: ErrorCodeEnum): ErrorCodeMember | undefined {
      const member = codes.byValue.get(node.value);
      if (!member) {
        reportNotAMember(node, codes);
      }
      return member;
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

/**
 * Expressions whose value is never an enum member, whatever their operands:
 * arithmetic and unary results are plain numbers (`attempt + 1 >= attempts`),
 * and literals of other kinds, objects and functions are no numbers at all.
 */
function neverACode(expression: TSESTree.Expression): boolean {
  switch (expression.type) {
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    default:
      return false;
  }
}
