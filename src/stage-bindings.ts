// Follows a Stage created in a file to every place the file touches it: the
// binding that holds it (a local or module `let`/`const`, a class field, or the
// bare expression), and what each use does to it (joins it, listens for ERROR,
// or lets it escape to code the file does not show).
//
// Extension points (issue 9): a use that aliases the stage (`ref.current = stage`,
// a store field, a parameter of a same-file function) is where `useOf` returns
// `escapes` today; such a use can instead add the alias as one more holder of the
// same fate (see `holderFate`), without changing how uses are classified.
import {
  AST_NODE_TYPES,
  ASTUtils,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { type ClassNode, createStageClasses, thisClassOf } from './stage-classes.js';
import {
  ESCAPES,
  JOINED,
  LISTENED,
  mergeFates,
  NO_FATE,
  type StageFate,
  walkAst,
} from './stage-fate.js';
import type { IvsTypes } from './types.js';

/** Where a created stage is kept. */
export type Holder =
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'field'; readonly classNode: ClassNode; readonly name: string }
  | { readonly kind: 'variable'; readonly variable: TSESLint.Scope.Variable };

export interface StageTracker {
  /** The binding a `new Stage(…)` is stored in. */
  holderOf(creation: TSESTree.NewExpression): Holder;
  /** Everything the file does with the stages a holder holds. */
  holderFate(holder: Holder): StageFate;
  /** What the constructors of the created class do to `this` (escapes when unreadable). */
  constructionFate(creation: TSESTree.NewExpression): StageFate;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function createStageTracker(context: Context, types: IvsTypes): StageTracker {
  const { sourceCode } = context;
  const { services } = types;
  const classes = createStageClasses(context, types, useOf);
  const variableFates = new Map<TSESLint.Scope.Variable, StageFate>();
  const fieldFates = new Map<ClassNode, Map<string, StageFate>>();
  let membersByName: Map<string, TSESTree.MemberExpression[]> | undefined;

  return {
    holderOf,
    holderFate,
    constructionFate: creation => classes.constructionFate(creation),
  };

  function holderOf(creation: TSESTree.NewExpression): Holder {
    const node = outermostValue(creation);
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) {
      const variable = sourceCode.getDeclaredVariables(parent)[0];
      if (parent.id.type === AST_NODE_TYPES.Identifier && variable) {
        return { kind: 'variable', variable };
      }
    }
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) {
      const target = parent.left;
      if (target.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
        if (variable && variable.defs.length > 0) {
          return { kind: 'variable', variable };
        }
      }
      const field = target.type === AST_NODE_TYPES.MemberExpression ? thisFieldOf(target) : undefined;
      if (field) {
        return field;
      }
    }
    if (
      parent?.type === AST_NODE_TYPES.PropertyDefinition &&
      parent.value === node &&
      !parent.static &&
      !parent.computed
    ) {
      const name = memberName(parent.key);
      if (name !== undefined) {
        return { kind: 'field', classNode: parent.parent.parent, name };
      }
    }
    return { kind: 'expression', node };
  }

  function holderFate(holder: Holder): StageFate {
    switch (holder.kind) {
      case 'expression':
        return useOf(holder.node);
      case 'variable': {
        let fate = variableFates.get(holder.variable);
        if (!fate) {
          variableFates.set(holder.variable, ESCAPES); // a cycle proves nothing
          fate = variableFate(holder.variable);
          variableFates.set(holder.variable, fate);
        }
        return fate;
      }
      case 'field': {
        let byName = fieldFates.get(holder.classNode);
        if (!byName) {
          byName = new Map();
          fieldFates.set(holder.classNode, byName);
        }
        let fate = byName.get(holder.name);
        if (!fate) {
          byName.set(holder.name, ESCAPES);
          fate = fieldFate(holder.classNode, holder.name);
          byName.set(holder.name, fate);
        }
        return fate;
      }
    }
  }

  function variableFate(variable: TSESLint.Scope.Variable): StageFate {
    const declared = variable.defs[0]?.parent;
    if (
      declared?.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      // A script's top level is shared with every other script.
      variable.scope.type === TSESLint.Scope.ScopeType.global
    ) {
      return ESCAPES;
    }
    let fate = NO_FATE;
    for (const reference of variable.references) {
      fate = mergeFates(fate, useOf(reference.identifier));
    }
    return fate;
  }

  function fieldFate(classNode: ClassNode, name: string): StageFate {
    if (!name.startsWith('#') && !isPrivateField(classNode, name) && isExported(classNode)) {
      return ESCAPES; // other modules can reach `instance.field`
    }
    let fate = NO_FATE;
    for (const element of classNode.body.body) {
      // `stage: Stage | null = null` is a write like any other.
      if (
        element.type === AST_NODE_TYPES.PropertyDefinition &&
        !element.static &&
        element.value &&
        memberName(element.key) === name
      ) {
        fate = mergeFates(fate, writtenValueFate(element.value));
      }
    }
    for (const member of membersNamed(name)) {
      if (classes.reachesField(member, classNode)) {
        fate = mergeFates(fate, useOf(member));
      }
    }
    return fate;
  }

  /** `this.x` inside a class, as the class's field holder. */
  function thisFieldOf(target: TSESTree.MemberExpression): Holder | undefined {
    const name = target.computed ? undefined : memberName(target.property);
    const classNode =
      target.object.type === AST_NODE_TYPES.ThisExpression ? thisClassOf(target) : undefined;
    return classNode && name !== undefined ? { kind: 'field', classNode, name } : undefined;
  }

  function membersNamed(name: string): readonly TSESTree.MemberExpression[] {
    if (!membersByName) {
      const found = new Map<string, TSESTree.MemberExpression[]>();
      walkAst(sourceCode.ast, sourceCode.visitorKeys, node => {
        if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
          const key = memberName(node.property);
          if (key !== undefined) {
            found.set(key, [...(found.get(key) ?? []), node]);
          }
        }
        return true;
      });
      membersByName = found;
    }
    return membersByName.get(name) ?? [];
  }

  /** What one expression that evaluates to the stage does with it. */
  function useOf(start: TSESTree.Node): StageFate {
    const node = outermostValue(start);
    const parent = node.parent;
    if (!parent) {
      return ESCAPES;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === node ? memberUseOf(parent) : ESCAPES;
      case AST_NODE_TYPES.CallExpression:
        // `super(…)`, or `stage.on(ev, stage)`: handing the stage to its own
        // method shows it to no one new.
        return parent.callee === node ||
          (parent.callee.type === AST_NODE_TYPES.MemberExpression &&
            sameText(parent.callee.object, node))
          ? NO_FATE
          : ESCAPES;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.left === node ? writtenValueFate(parent.right) : ESCAPES;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id === node && parent.init ? writtenValueFate(parent.init) : ESCAPES;
      case AST_NODE_TYPES.LogicalExpression:
        // `stage && x` evaluates to x or to a falsy value, never to the stage.
        return parent.operator === '&&' && parent.left === node ? NO_FATE : ESCAPES;
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        return 'test' in parent && parent.test === node ? NO_FATE : ESCAPES;
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.AwaitExpression:
        return NO_FATE;
      default:
        // Returned, exported, an argument, an array or object element, JSX, …
        return ESCAPES;
    }
  }

  /** `stage.x`, called or not. */
  function memberUseOf(member: TSESTree.MemberExpression): StageFate {
    const name = member.computed ? staticString(member.property) : memberName(member.property);
    if (name === undefined) {
      return ESCAPES; // `stage[key]`
    }
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) {
      // A detached `stage.on` can register listeners anywhere.
      return name === 'on' ? ESCAPES : NO_FATE;
    }
    const own = classes.methodFate(member);
    if (own) {
      return name === 'on' ? mergeFates(own, eventUse(call)) : own;
    }
    if (name === 'join') {
      return JOINED;
    }
    return name === 'on' ? eventUse(call) : NO_FATE;
  }

  /** `stage.on(ev, fn)`: a listener for ERROR, for something else, or we cannot tell. */
  function eventUse(call: TSESTree.CallExpression): StageFate {
    const event = call.arguments[0];
    if (!event || event.type === AST_NODE_TYPES.SpreadElement) {
      return ESCAPES;
    }
    const type = services.getTypeAtLocation(event);
    if (types.isErrorEventType(type)) {
      return LISTENED;
    }
    const parts = type.isUnion() ? type.types : [type];
    // Only a definite other event is proof of no listener; a `string` might be ERROR.
    return parts.every(part => part.isStringLiteral() && !types.isErrorEventType(part))
      ? NO_FATE
      : ESCAPES;
  }

  /** A value stored into a holder: another created stage, nothing, or something foreign. */
  function writtenValueFate(value: TSESTree.Node): StageFate {
    const node = innerValue(value);
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      return mergeFates(writtenValueFate(node.consequent), writtenValueFate(node.alternate));
    }
    if (
      (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
      (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
      (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
    ) {
      return NO_FATE;
    }
    return node.type === AST_NODE_TYPES.NewExpression &&
      types.isStageType(services.getTypeAtLocation(node))
      ? NO_FATE // tracked as a creation of its own
      : ESCAPES;
  }

  function sameText(a: TSESTree.Node, b: TSESTree.Node): boolean {
    return sourceCode.getText(a) === sourceCode.getText(b);
  }
}

/** Climbs type assertions and the branches of `a ? b : c` / `a ?? b`, whose value is the node's. */
function outermostValue(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (let parent = node.parent; parent; parent = node.parent) {
    const passesValue =
      isTypeWrapper(parent) ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === node);
    if (!passesValue) {
      break;
    }
    node = parent;
  }
  return node;
}

function innerValue(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  while (isTypeWrapper(node)) {
    node = node.expression;
  }
  return node;
}

function isTypeWrapper(
  node: TSESTree.Node,
): node is
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** `x`, `#x`, `'x'` as a member key; undefined for computed keys. */
export function memberName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) {
    return `#${key.name}`;
  }
  return staticString(key);
}

function staticString(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string'
    ? node.value
    : undefined;
}

function isPrivateField(classNode: ClassNode, name: string): boolean {
  for (const element of classNode.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && memberName(element.key) === name) {
      return element.accessibility === 'private';
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (
          param.type === AST_NODE_TYPES.TSParameterProperty &&
          param.parameter.type === AST_NODE_TYPES.Identifier &&
          param.parameter.name === name
        ) {
          return param.accessibility === 'private';
        }
      }
    }
  }
  return false;
}

function isExported(classNode: ClassNode): boolean {
  const parent = classNode.parent;
  if (
    parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    parent.type === AST_NODE_TYPES.ExportDefaultDeclaration
  ) {
    return true;
  }
  // `export { Room }` later in the file.
  const name = classNode.id?.name;
  return (
    name !== undefined &&
    classNode.parent.type === AST_NODE_TYPES.Program &&
    classNode.parent.body.some(
      statement =>
        (statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
          statement.specifiers.some(
            specifier =>
              specifier.local.type === AST_NODE_TYPES.Identifier && specifier.local.name === name,
          )) ||
        (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration &&
          statement.declaration.type === AST_NODE_TYPES.Identifier &&
          statement.declaration.name === name),
    )
  );
}
