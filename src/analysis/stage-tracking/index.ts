// Follows a Stage created in a file to every place the file touches it: the
// bindings that hold it (a local or module `let`/`const`, a class field, a field
// of a file-local object such as a React ref or a store, or the bare expression),
// and what each use does to it (joins it, listens for ERROR, or lets it escape to
// code the file does not show). A use that copies the stage into another binding
// (`stageRef.current = stage`, `const s = stageRef.current`, a same-file factory's
// `return`) makes that binding an alias: all aliases share one fate.
import {
  AST_NODE_TYPES,
  ASTUtils,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { type ClassNode, createStageClasses, thisClassOf } from './classes.js';
import {
  ESCAPES,
  JOINED,
  LISTENED,
  mergeFates,
  NO_FATE,
  type StageFate,
} from './fates.js';
import {
  calledFunction,
  callsOf,
  functionReturning,
  returnedValues,
} from './factories.js';
import { forEachDescendant, type FunctionNode } from '../../util/ast.js';
import type { IvsTypes } from '../../sdk/types.js';

/** Where a created stage is kept. */
export type Holder =
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'field'; readonly classNode: ClassNode; readonly name: string }
  /** `stageRef.current`, `store.stage`: a field of an object held by a file-local const. */
  | { readonly kind: 'property'; readonly variable: TSESLint.Scope.Variable; readonly name: string }
  | { readonly kind: 'variable'; readonly variable: TSESLint.Scope.Variable };

/** Where an alias is reported: each use that copies the stage into another holder adds it. */
type Aliases = Holder[];

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
  // The fate of every holder whose group of aliases has been explored.
  const fates = new Map<object, Map<string, StageFate>>();
  // Factories being followed: a recursive one adds nothing new.
  const following = new Set<FunctionNode>();
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
      const held = holderAt(target);
      if (held) {
        return held;
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

  /**
   * The fate of the group of aliases the holder belongs to, explored breadth-first:
   * every alias holds the same stages, so they share one merged fate, and a cycle
   * of aliases is simply a group already seen.
   */
  function holderFate(holder: Holder): StageFate {
    const cached = cachedFate(holder);
    if (cached) {
      return cached;
    }
    const group: Holder[] = [holder];
    const seen = new Map<object, Set<string>>();
    markSeen(seen, holder);
    let fate = NO_FATE;
    for (let index = 0; index < group.length; index++) {
      const member = group[index];
      if (!member) {
        break;
      }
      const aliases: Aliases = [];
      fate = mergeFates(fate, directFate(member, aliases));
      for (const alias of aliases) {
        if (markSeen(seen, alias)) {
          group.push(alias);
        }
      }
    }
    for (const member of group) {
      const [key, name] = holderKey(member);
      let byName = fates.get(key);
      if (!byName) {
        byName = new Map();
        fates.set(key, byName);
      }
      byName.set(name, fate);
    }
    return fate;
  }

  function cachedFate(holder: Holder): StageFate | undefined {
    const [key, name] = holderKey(holder);
    return fates.get(key)?.get(name);
  }

  /** What the file does through this one holder; copies into other holders go to `aliases`. */
  function directFate(holder: Holder, aliases: Aliases): StageFate {
    switch (holder.kind) {
      case 'expression':
        return useOf(holder.node, aliases);
      case 'variable':
        return variableFate(holder.variable, aliases);
      case 'field':
        return fieldFate(holder.classNode, holder.name, aliases);
      case 'property':
        return propertyFate(holder.variable, holder.name, aliases);
    }
  }

  function variableFate(variable: TSESLint.Scope.Variable, aliases: Aliases): StageFate {
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
      fate = mergeFates(fate, useOf(reference.identifier, aliases));
    }
    return fate;
  }

  function fieldFate(classNode: ClassNode, name: string, aliases: Aliases): StageFate {
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
        fate = mergeFates(fate, writtenValueFate(element.value, aliases));
      }
    }
    for (const member of membersNamed(name)) {
      if (classes.reachesField(member, classNode)) {
        fate = mergeFates(fate, useOf(member, aliases));
      }
    }
    return fate;
  }

  /**
   * `ref.current` / `store.stage` where `ref` is a const of this file holding a
   * fresh object (`useRef(null)`, `{ stage: null }`) that is only ever read
   * through its fields: the object itself never reaches other code.
   */
  function propertyFate(variable: TSESLint.Scope.Variable, name: string, aliases: Aliases): StageFate {
    const def = variable.defs[0];
    if (
      variable.defs.length !== 1 ||
      def?.node.type !== AST_NODE_TYPES.VariableDeclarator ||
      def.parent?.type !== AST_NODE_TYPES.VariableDeclaration ||
      def.parent.kind !== 'const' ||
      def.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      variable.scope.type === TSESLint.Scope.ScopeType.global
    ) {
      return ESCAPES;
    }
    let fate = def.node.init ? freshObjectFate(def.node.init, name, aliases) : ESCAPES;
    for (const reference of variable.references) {
      if (reference.init) {
        continue;
      }
      const member = reference.identifier.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
        return ESCAPES; // the object itself is passed, returned or copied
      }
      const key = member.computed ? staticString(member.property) : memberName(member.property);
      if (key === undefined) {
        return ESCAPES;
      }
      if (key === name) {
        fate = mergeFates(fate, useOf(member, aliases));
      }
    }
    return fate;
  }

  /** What a const's initializer puts in its field `name`, if the object is fresh. */
  function freshObjectFate(init: TSESTree.Expression, name: string, aliases: Aliases): StageFate {
    const node = innerValue(init);
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // `useRef(null)`: a new holder with nothing in it. A call without such an
      // argument (`getStore()`) may hand back an object other code shares.
      return node.arguments.length > 0 && node.arguments.every(isNothing) ? NO_FATE : ESCAPES;
    }
    if (node.type !== AST_NODE_TYPES.ObjectExpression) {
      return ESCAPES;
    }
    let fate = NO_FATE;
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        return ESCAPES;
      }
      // A method sees the object as `this`, which the file's reads do not show.
      if (property.method || property.kind !== 'init' || property.value.type === AST_NODE_TYPES.FunctionExpression) {
        return ESCAPES;
      }
      if (!property.computed && memberName(property.key) === name) {
        fate = mergeFates(fate, writtenValueFate(property.value, aliases));
      }
    }
    return fate;
  }

  /** The holder an expression names: a variable, `this.field`, or `ref.field`. */
  function holderAt(start: TSESTree.Node): Holder | undefined {
    const node = innerValue(start);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      return variable && variable.defs.length > 0 ? { kind: 'variable', variable } : undefined;
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const field = thisFieldOf(node);
    if (field) {
      return field;
    }
    const name = node.computed ? undefined : memberName(node.property);
    if (name === undefined || node.object.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node.object);
    return variable && variable.defs.length > 0 ? { kind: 'property', variable, name } : undefined;
  }

  /** A stage returned by a same-file function goes wherever its callers put it. */
  function returnedFate(fn: FunctionNode, aliases: Aliases | undefined): StageFate {
    const calls = aliases ? callsOf(sourceCode, fn) : undefined;
    if (!calls || !aliases) {
      return ESCAPES;
    }
    return followingInto(fn, () => {
      let fate = NO_FATE;
      for (const call of calls) {
        // An async factory hands out a promise: only `await f()` is the stage.
        const value = fn.async ? call.parent : call;
        fate = mergeFates(
          fate,
          value.type === AST_NODE_TYPES.AwaitExpression || !fn.async ? useOf(value, aliases) : ESCAPES,
        );
      }
      return fate;
    });
  }

  /** A stored value that a same-file function returned: whatever it returns. */
  function calledValueFate(call: TSESTree.CallExpression, aliases: Aliases | undefined): StageFate {
    const fn = calledFunction(sourceCode, call);
    if (!fn || !aliases) {
      return ESCAPES;
    }
    return followingInto(fn, () => {
      let fate = NO_FATE;
      for (const value of returnedValues(fn, sourceCode.visitorKeys)) {
        fate = mergeFates(fate, writtenValueFate(value, aliases));
      }
      return fate;
    });
  }

  /** `read()` while following into `fn`; a function already being followed (recursion) adds nothing. */
  function followingInto(fn: FunctionNode, read: () => StageFate): StageFate {
    if (following.has(fn)) {
      return NO_FATE;
    }
    following.add(fn);
    const fate = read();
    following.delete(fn);
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
      forEachDescendant(sourceCode.ast, sourceCode.visitorKeys, node => {
        if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
          const key = memberName(node.property);
          if (key !== undefined) {
            const list = found.get(key);
            if (list) {
              list.push(node);
            } else {
              found.set(key, [node]);
            }
          }
        }
        return true;
      });
      membersByName = found;
    }
    return membersByName.get(name) ?? [];
  }

  /**
   * What one expression that evaluates to the stage does with it. Without
   * `aliases` (a class's `this`), a copy into another binding is an escape.
   */
  function useOf(start: TSESTree.Node, aliases?: Aliases): StageFate {
    const node = outermostValue(start);
    const parent = node.parent;
    if (!parent) {
      return ESCAPES;
    }
    const returning = functionReturning(node);
    if (returning) {
      return returnedFate(returning, aliases);
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
      case AST_NODE_TYPES.AssignmentExpression: {
        if (parent.left === node) {
          return writtenValueFate(parent.right, aliases);
        }
        const target = aliases ? holderAt(parent.left) : undefined;
        if (!target || !aliases) {
          return ESCAPES;
        }
        aliases.push(target);
        return useOf(parent, aliases); // `(ref.current = stage).join()`
      }
      case AST_NODE_TYPES.VariableDeclarator: {
        if (parent.id === node) {
          return parent.init ? writtenValueFate(parent.init, aliases) : NO_FATE;
        }
        const variable =
          aliases && parent.id.type === AST_NODE_TYPES.Identifier
            ? sourceCode.getDeclaredVariables(parent)[0]
            : undefined;
        if (!variable || !aliases) {
          return ESCAPES;
        }
        aliases.push({ kind: 'variable', variable });
        return NO_FATE;
      }
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

  /**
   * A value stored into a holder: another created stage, nothing, another holder
   * (an alias), what a same-file factory returns, or something foreign.
   */
  function writtenValueFate(value: TSESTree.Node, aliases?: Aliases): StageFate {
    let node = innerValue(value);
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      node = innerValue(node.argument);
    }
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      return mergeFates(writtenValueFate(node.consequent, aliases), writtenValueFate(node.alternate, aliases));
    }
    if (isNothing(node)) {
      return NO_FATE;
    }
    if (node.type === AST_NODE_TYPES.NewExpression) {
      return types.isStageType(services.getTypeAtLocation(node))
        ? NO_FATE // tracked as a creation of its own
        : ESCAPES;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      return calledValueFate(node, aliases);
    }
    const source = aliases ? holderAt(node) : undefined;
    if (!source || !aliases) {
      return ESCAPES;
    }
    aliases.push(source);
    return NO_FATE;
  }

  function sameText(a: TSESTree.Node, b: TSESTree.Node): boolean {
    return sourceCode.getText(a) === sourceCode.getText(b);
  }
}

/** `null`, `undefined`, `void 0`: a holder emptied. */
function isNothing(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
  );
}

/** The identity of a holder in the cache of fates. */
function holderKey(holder: Holder): [object, string] {
  switch (holder.kind) {
    case 'expression':
      return [holder.node, ''];
    case 'variable':
      return [holder.variable, ''];
    case 'field':
      return [holder.classNode, holder.name];
    case 'property':
      return [holder.variable, `.${holder.name}`];
  }
}

/** Records a holder as part of the group; false when it already was. */
function markSeen(seen: Map<object, Set<string>>, holder: Holder): boolean {
  const [key, name] = holderKey(holder);
  let names = seen.get(key);
  if (!names) {
    names = new Set();
    seen.set(key, names);
  }
  if (names.has(name)) {
    return false;
  }
  names.add(name);
  return true;
}

/** Climbs type assertions, `await` and the branches of `a ? b : c` / `a ?? b`, whose value is the node's. */
function outermostValue(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (let parent = node.parent; parent; parent = node.parent) {
    const passesValue =
      isTypeWrapper(parent) ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      // `await stage` is the stage: it is not a thenable.
      parent.type === AST_NODE_TYPES.AwaitExpression ||
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
