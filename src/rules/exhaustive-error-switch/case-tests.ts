// What a switch's `case` tests say before the discriminant's type is asked:
// whether they show the switch is over none of the SDK's failure enums (a
// boolean, a template, an app's own strings, another enum's member), and the
// member value each test stands for. Names are read through scope and symbols:
// a member's or a narrowed discriminant's type costs the checker more.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { IvsTypes } from '../../sdk/types.js';
import { declaredVariableOf } from '../../util/scope.js';

export interface CaseReader {
  /** Whether the discriminant or the cases show the switch is over none of the SDK's failure enums. */
  isOverOtherValues(node: TSESTree.SwitchStatement): boolean;
  /** The member value a case test stands for, if it is one of ours. */
  caseValue(test: TSESTree.Expression): number | string | undefined;
}

export function createCaseReader(types: IvsTypes, sourceCode: Readonly<TSESLint.SourceCode>): CaseReader {
  const { services } = types;
  // With the default enum specifiers every failure enum comes from the SDK's
  // package, so an enum the file declares is never one.
  const onlyPackageEnums = types.settings.errorCodeTypes.every(
    spec => typeof spec === 'object' && spec.from === 'package',
  );

  return {
    isOverOtherValues: node =>
      node.discriminant.type === AST_NODE_TYPES.Literal ||
      node.cases.some(isImpossibleCodeCase) ||
      hasStringCaseNoReasonHas(node) ||
      hasForeignEnumCase(node),
    caseValue,
  };

  /**
   * `case 'add':` over an app's own strings: only StageLeftReason has string
   * members, so string cases none of which is one of its values (read from the
   * installed SDK) mean the switch is not over it, before any type question.
   * One known value keeps the switch: a JavaScript app may also handle a
   * reason of another SDK version.
   */
  function hasStringCaseNoReasonHas(node: TSESTree.SwitchStatement): boolean {
    const values = types.sdkLeftReasonValues();
    const strings = node.cases.flatMap(({ test }) =>
      test?.type === AST_NODE_TYPES.Literal && typeof test.value === 'string' ? [test.value] : [],
    );
    return strings.length > 0 && !strings.some(value => values.has(value));
  }

  /**
   * A case must be comparable to the discriminant, and members of different
   * enums are not: `case OrderStatus.Paid:` or `case StageConnectionState.ERRORED:`
   * means this switch is over none of the SDK's failure enums. The enum is read
   * from the name the member is written with (scope, then symbol), a member's
   * type only for other spellings: the discriminant's narrowed type costs more,
   * and most switches are not ours.
   */
  function hasForeignEnumCase(node: TSESTree.SwitchStatement): boolean {
    const test = node.cases.find(
      switchCase => switchCase.test?.type === AST_NODE_TYPES.MemberExpression,
    )?.test;
    if (test?.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    if (onlyPackageEnums && declaresEnum(test.object)) {
      return true; // an enum of this file: the SDK's come from its package
    }
    const named = enumNamedBy(test.object);
    if (named) {
      return !types.errorCodeEnumOfObject(types.checker.getTypeOfSymbol(named));
    }
    const type = services.getTypeAtLocation(test);
    return (type.flags & ts.TypeFlags.EnumLiteral) !== 0 && !types.errorCodeMemberOf(type);
  }

  /** Whether a name is bound, by scope, to an enum this file declares. */
  function declaresEnum(object: TSESTree.Node): boolean {
    return (
      object.type === AST_NODE_TYPES.Identifier &&
      declaredVariableOf(sourceCode, object)?.defs.some(def => def.node.type === AST_NODE_TYPES.TSEnumDeclaration) === true
    );
  }

  /**
   * The enum a name stands for (`OrderStatus` in `case OrderStatus.Paid:`),
   * through an import too: a question of names, where the member's type would
   * have the checker work out every value of that enum.
   */
  function enumNamedBy(object: TSESTree.Node): ts.Symbol | undefined {
    if (object.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const { checker } = types;
    const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(object));
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target && target.flags & ts.SymbolFlags.Enum ? target : undefined;
  }

  /** The member value a case test stands for, if it is one of ours. */
  function caseValue(test: TSESTree.Expression): number | string | undefined {
    if (test.type === AST_NODE_TYPES.Literal) {
      // `case 6:` handles STAGE_AT_CAPACITY (no-numeric-error-code reports the
      // number); `case 'user-initiated':` a StageLeftReason, as JavaScript writes it.
      return typeof test.value === 'number' || typeof test.value === 'string' ? test.value : undefined;
    }
    if (test.type === AST_NODE_TYPES.MemberExpression && !test.computed && test.property.type === AST_NODE_TYPES.Identifier) {
      // `StageErrorCode.TIMEOUT`: the member of that name, in the enum the name
      // stands for; any other answer is left to the member's type.
      const named = enumNamedBy(test.object);
      const { name } = test.property;
      const codes = named && types.errorCodeEnumOfObject(types.checker.getTypeOfSymbol(named));
      const member = codes?.members.find(candidate => candidate.name === name);
      if (member) {
        return member.value;
      }
    }
    return types.errorCodeMemberOf(services.getTypeAtLocation(test))?.member.value;
  }
}

/**
 * Cheap syntactic test: a boolean or template case means no switch over one of
 * the SDK's enums. A string case may (`case 'user-initiated':` handles
 * StageLeftReason.USER_INITIATED in JavaScript), so it is left to the types.
 */
function isImpossibleCodeCase({ test }: TSESTree.SwitchCase): boolean {
  return (
    test?.type === AST_NODE_TYPES.TemplateLiteral ||
    (test?.type === AST_NODE_TYPES.Literal && typeof test.value === 'boolean')
  );
}
