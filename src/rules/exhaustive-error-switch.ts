// A switch over one of the SDK's failure enums must name every member it can
// receive that a retry cannot fix: the fatal StageErrorCode and (SDK 1.41)
// RealTimeConnectionErrorCode members, the final StageLeftReason members.
import { getConstrainedTypeAtLocation } from '@typescript-eslint/type-utils';
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { createCaseReader } from './exhaustive-error-switch/case-tests.js';
import { createRule } from '../create-rule.js';
import { enumReferenceAt } from '../sdk/enum-reference.js';
import { describeMembers } from '../messages.js';
import type { FailureDomain } from '../sdk/codes.js';
import { forEachDescendant, isFunction } from '../util/ast.js';
import { getIvsTypes, type ErrorCodeMember } from '../sdk/types.js';

export interface Options {
  /** Which members need their own `case`: the fatal ones (default) or all. */
  require?: 'all' | 'fatal';
  /** Let a `default` clause stand for fatal members too. */
  allowDefaultForFatal?: boolean;
}

export type MessageIds = 'addMissingCases' | 'missingCases' | 'missingFatalCases' | 'missingFinalCases';

/**
 * The message for members missing under `require: 'fatal'`, by how the domain
 * calls its members: error codes are fatal (retrying cannot fix them), a
 * StageLeftReason is final (the stage must not rejoin after it). Two messages,
 * not a placeholder, so that StageErrorCode's message stays as it always was.
 */
const MISSING_REQUIRED: Readonly<Record<FailureDomain['memberNoun'], MessageIds>> = {
  code: 'missingFatalCases',
  reason: 'missingFinalCases',
};

export default createRule<[Options], MessageIds>({
  name: 'exhaustive-error-switch',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a `case` for every fatal `StageErrorCode` in a switch over stage error codes',
      recommended: 'error',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      missingFatalCases:
        'This switch over {{enumName}} has no case for {{members}}: fatal codes need their own case, because retrying cannot fix them and `default` hides them.',
      missingFinalCases:
        'This switch over {{enumName}} has no case for {{members}}: final reasons need their own case, because the stage must not rejoin after them and `default` hides them.',
      missingCases: 'This switch over {{enumName}} has no case for {{members}}.',
      addMissingCases: 'Add a case for {{members}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          require: {
            type: 'string',
            enum: ['fatal', 'all'],
            description:
              "Which members need their own case: 'fatal' (token and terminal) or 'all'.",
          },
          allowDefaultForFatal: {
            type: 'boolean',
            description: 'Whether a `default` clause also covers fatal members.',
          },
        },
      },
    ],
    defaultOptions: [{ require: 'fatal', allowDefaultForFatal: false }],
  },
  create(context, [{ require = 'fatal', allowDefaultForFatal = false }]) {
    const types = getIvsTypes(context);
    const { services } = types;
    const { sourceCode } = context;
    const cases = createCaseReader(types, sourceCode);

    return {
      SwitchStatement(node) {
        if (cases.isOverOtherValues(node)) {
          return;
        }
        const possible = types.errorCodeSetOf(
          getConstrainedTypeAtLocation(services, node.discriminant),
        );
        if (!possible) {
          return;
        }
        const handled = new Set<number | string>();
        let hasDefault = false;
        for (const switchCase of node.cases) {
          if (switchCase.test === null) {
            hasDefault = true;
            continue;
          }
          const value = cases.caseValue(switchCase.test);
          if (value !== undefined) {
            handled.add(value);
          }
        }
        const defaultCovers = (member: ErrorCodeMember): boolean =>
          hasDefault && (!member.fatal || allowDefaultForFatal);
        const missing = possible.members.filter(
          member =>
            !handled.has(member.value) &&
            !defaultCovers(member) &&
            (require === 'all' || member.fatal),
        );
        if (missing.length === 0) {
          return;
        }
        const members = describeMembers(missing);
        const reference = enumReferenceAt(context, types, node, possible.enum);
        context.report({
          node: node.discriminant,
          messageId: require === 'all' ? 'missingCases' : MISSING_REQUIRED[possible.enum.domain.memberNoun],
          data: { enumName: possible.enum.name, members },
          suggest: reference && !comparedAfter(node, missing)
            ? [
                {
                  messageId: 'addMissingCases',
                  data: { members },
                  fix: fixer => {
                    const fixes = [insertCases(fixer, node, missing, reference.text, possible.enum.name)];
                    if (reference.importFix) {
                      fixes.push(reference.importFix(fixer));
                    }
                    return fixes;
                  },
                },
              ]
            : [],
        });
      },
    };

    /**
     * Whether code after the switch's start compares a code with a missing member.
     * The inserted clauses throw, so TypeScript narrows those members away from the
     * code after them, and such a comparison would become a type error ("no overlap").
     */
    function comparedAfter(
      node: TSESTree.SwitchStatement,
      missing: readonly ErrorCodeMember[],
    ): boolean {
      const values = new Set(missing.map(member => member.value));
      const ownTests = new Set<TSESTree.Node | null>(node.cases.map(switchCase => switchCase.test));
      const isMissing = (side: TSESTree.Node, other: TSESTree.Node): boolean => {
        if (side.type === AST_NODE_TYPES.Literal) {
          return (
            (typeof side.value === 'number' || typeof side.value === 'string') &&
            values.has(side.value) &&
            types.errorCodeSetOf(services.getTypeAtLocation(other)) !== undefined
          );
        }
        const member = types.errorCodeMemberOf(services.getTypeAtLocation(side))?.member;
        return member !== undefined && values.has(member.value);
      };
      let found = false;
      forEachDescendant(enclosingBody(node), sourceCode.visitorKeys, current => {
        if (found || current.range[1] <= node.range[0]) {
          return false; // nothing before the switch is narrowed by it
        }
        if (current.type === AST_NODE_TYPES.BinaryExpression && EQUALITY.has(current.operator)) {
          found = isMissing(current.left, current.right) || isMissing(current.right, current.left);
        } else if (
          current.type === AST_NODE_TYPES.SwitchCase &&
          current.test &&
          current.test.range[0] > node.range[0] && // not an outer switch's case around this one
          !ownTests.has(current.test)
        ) {
          found = isMissing(current.test, current.parent.discriminant);
        }
        return !found;
      });
      return found;
    }

    function insertCases(
      fixer: TSESLint.RuleFixer,
      node: TSESTree.SwitchStatement,
      missing: readonly ErrorCodeMember[],
      enumText: string,
      enumName: string,
    ): TSESLint.RuleFix {
      const switchIndent = indentOf(node);
      const firstCase = node.cases[0];
      const caseIndent = firstCase ? indentOf(firstCase) : `${switchIndent}  `;
      const unit = caseIndent.length > switchIndent.length ? caseIndent.slice(switchIndent.length) : '  ';
      const bodyIndent = caseIndent + unit;
      const clauses = missing.map(member =>
        [
          `case ${enumText}.${member.name}:`,
          ...commentLines(member.doc).map(line => `${bodyIndent}${line}`),
          `${bodyIndent}throw new Error('Unhandled ${enumName}.${member.name}');`,
        ].join('\n'),
      );
      const defaultIndex = node.cases.findIndex(switchCase => switchCase.test === null);
      const defaultCase = node.cases[defaultIndex];
      const beforeDefault = node.cases[defaultIndex - 1];
      // Never insert where an existing clause would fall through into a new one.
      if (defaultCase && (!beforeDefault || endsWithJump(beforeDefault))) {
        return fixer.insertTextBefore(defaultCase, `${clauses.join(`\n${caseIndent}`)}\n${caseIndent}`);
      }
      const lastCase = node.cases.at(-1);
      if (lastCase && endsWithJump(lastCase)) {
        return fixer.insertTextAfter(lastCase, `\n${caseIndent}${clauses.join(`\n${caseIndent}`)}`);
      }
      const openBrace = sourceCode.getTokenAfter(
        node.discriminant,
        token => token.value === '{',
      );
      return fixer.insertTextAfterRange(
        openBrace ? openBrace.range : node.discriminant.range,
        `\n${caseIndent}${clauses.join(`\n${caseIndent}`)}${firstCase ? '' : `\n${switchIndent}`}`,
      );
    }

    function indentOf(node: TSESTree.Node): string {
      const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
      return /^\s*/.exec(line)?.[0] ?? '';
    }
  },
});

/** Whether a clause's last statement leaves it, so nothing falls through. */
function endsWithJump(switchCase: TSESTree.SwitchCase): boolean {
  let last = switchCase.consequent.at(-1);
  while (last?.type === AST_NODE_TYPES.BlockStatement) {
    last = last.body.at(-1);
  }
  return (
    last?.type === AST_NODE_TYPES.BreakStatement ||
    last?.type === AST_NODE_TYPES.ContinueStatement ||
    last?.type === AST_NODE_TYPES.ReturnStatement ||
    last?.type === AST_NODE_TYPES.ThrowStatement
  );
}

/** The SDK's JSDoc text as line comments. */
function commentLines(doc: string): string[] {
  return doc
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
    .map(line => `// ${line}`);
}

const EQUALITY = new Set(['===', '!==', '==', '!=']);

/** The function (or program) whose code runs after a node. */
function enclosingBody(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent && !isFunction(current)) {
    current = current.parent;
  }
  return current;
}
