// What the Stage subclasses and classes declared in a file do with `this`:
// a constructor or method that registers an ERROR listener on itself, joins
// itself, or hands itself to other code. Lets require-error-listener credit
// `class MyStage extends Stage { constructor() { …; this.on(StageEvents.ERROR, …) } }`.
import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { ESCAPES, mergeFates, NO_FATE, type StageFate } from './fates.js';
import type { IvsTypes } from '../../sdk/types.js';
import { type ClassNode, forEachDescendant, type FunctionNode, isFunction } from '../../util/ast.js';
import { enclosingClass } from '../../util/scope.js';

export interface StageClasses {
  /** `stage.m(…)` where `m` is a method declared in this file: what it does to `this`. */
  methodFate(member: TSESTree.MemberExpression): StageFate | undefined;
  /** What the constructors of the created class do (escapes when one is not in this file). */
  constructionFate(creation: TSESTree.NewExpression): StageFate;
  /** Whether `x.field` reads the field of `classNode` (or of a subclass's instance). */
  reachesField(member: TSESTree.MemberExpression, classNode: ClassNode): boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function createStageClasses(
  context: Context,
  types: IvsTypes,
  useOf: (node: TSESTree.Node) => StageFate,
  /** The SDK class whose subclasses are read (a RealTimeConnection's, for a connection tracker). */
  isTrackedType: (type: ts.Type) => boolean = type => types.isStageType(type),
): StageClasses {
  const { sourceCode } = context;
  const { services, checker } = types;
  const tsSourceFile = services.esTreeNodeToTSNodeMap.get(sourceCode.ast);
  const functionFates = new Map<FunctionNode, StageFate>();

  return { methodFate, constructionFate, reachesField };

  function methodFate(member: TSESTree.MemberExpression): StageFate | undefined {
    const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(member.property));
    const declaration = symbol?.valueDeclaration;
    if (!declaration || declaration.getSourceFile() !== tsSourceFile) {
      return undefined;
    }
    // A JSDoc declaration (`@typedef`) has no ESTree node.
    const node = services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined;
    if (!node) {
      return undefined;
    }
    // `join() {…}`, or `join = async () => {…}`
    const body =
      node.type === AST_NODE_TYPES.MethodDefinition || node.type === AST_NODE_TYPES.PropertyDefinition
        ? node.value
        : undefined;
    return body && isFunction(body) ? functionFate(body) : undefined;
  }

  function functionFate(fn: FunctionNode): StageFate {
    let fate = functionFates.get(fn);
    if (!fate) {
      functionFates.set(fn, NO_FATE); // recursion adds nothing new
      fate = readFunction(fn);
      functionFates.set(fn, fate);
    }
    return fate;
  }

  /** Every use of `this`/`super` that refers to the instance in the function's body. */
  function readFunction(fn: FunctionNode): StageFate {
    let fate = NO_FATE;
    const visit = (node: TSESTree.Node): boolean => {
      if (isFunction(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
        return false; // `this` means something else in there
      }
      if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) {
        return false;
      }
      if (node.type === AST_NODE_TYPES.ThisExpression || node.type === AST_NODE_TYPES.Super) {
        fate = mergeFates(fate, useOf(node));
      }
      return true;
    };
    forEachDescendant(fn, sourceCode.visitorKeys, visit);
    return fate;
  }

  function constructionFate(creation: TSESTree.NewExpression): StageFate {
    let fate = NO_FATE;
    let type: ts.Type | undefined = services.getTypeAtLocation(creation);
    for (let depth = 0; type && depth < 20; depth++) {
      const classType = classTypeOf(type);
      const declaration = classType?.getSymbol()?.declarations?.find(ts.isClassLike);
      const base = classType ? checker.getBaseTypes(classType)[0] : undefined;
      const isRoot = !base || !isTrackedType(base);
      if (declaration?.getSourceFile() === tsSourceFile) {
        const node = services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined;
        // Overload signatures have no body; the implementation is the one that runs.
        const ctor = (node ? classBodyOf(node) : undefined)?.find(
          (element): element is TSESTree.MethodDefinition & { value: TSESTree.FunctionExpression } =>
            element.type === AST_NODE_TYPES.MethodDefinition &&
            element.kind === 'constructor' &&
            element.value.type === AST_NODE_TYPES.FunctionExpression,
        );
        if (ctor) {
          fate = mergeFates(fate, functionFate(ctor.value));
        }
      } else if (!isRoot) {
        return ESCAPES; // a subclass whose constructor we cannot read
      }
      type = isRoot ? undefined : base;
    }
    return fate;
  }

  function classTypeOf(type: ts.Type): ts.InterfaceType | undefined {
    const target = tsutils.isTypeReference(type) ? type.target : type;
    return target.isClassOrInterface() ? target : undefined;
  }

  function reachesField(member: TSESTree.MemberExpression, classNode: ClassNode): boolean {
    const owner = services.getTypeAtLocation(classNode);
    const ownerSymbol = (classTypeOf(owner) ?? owner).getSymbol();
    if (!ownerSymbol) {
      return false;
    }
    if (member.object.type === AST_NODE_TYPES.ThisExpression) {
      const thisClass = enclosingClass(member);
      return thisClass !== undefined && extendsClass(services.getTypeAtLocation(thisClass), ownerSymbol);
    }
    const objectType = services.getTypeAtLocation(member.object);
    return tsutils
      .unionConstituents(objectType)
      .some(part => extendsClass(checker.getApparentType(part), ownerSymbol));
  }

  function extendsClass(type: ts.Type, owner: ts.Symbol): boolean {
    let current: ts.Type | undefined = type;
    for (let depth = 0; current && depth < 20; depth++) {
      const classType = classTypeOf(current);
      if ((classType ?? current).getSymbol() === owner) {
        return true;
      }
      current = classType ? checker.getBaseTypes(classType)[0] : undefined;
    }
    return false;
  }
}

function classBodyOf(node: TSESTree.Node): TSESTree.ClassElement[] | undefined {
  return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression
    ? node.body.body
    : undefined;
}
