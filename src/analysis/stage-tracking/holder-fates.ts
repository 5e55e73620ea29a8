// What the file does through each kind of holder: a variable's references, a
// class field's reads and writes, a field of a file-local object (a React ref,
// a store object). Copies into other holders go to `aliases`.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { type ClassNode, forEachDescendant, isNothing, memberKey, memberName, unwrap } from '../../util/ast.js';
import { isExportedOrGlobal } from '../../util/scope.js';
import { isInDependencyArray } from '../wrapped-functions.js';
import { ESCAPES, mergeFates, NO_FATE, type StageFate } from './fates.js';
import type { Holder } from './holders.js';
import type { Aliases, Tracker } from './tracker.js';
import { useOf, writtenValueFate } from './value-uses.js';

/** What the file does through this one holder. */
export function directFate(tracker: Tracker, holder: Holder, aliases: Aliases): StageFate {
  switch (holder.kind) {
    case 'expression':
      return useOf(tracker, holder.node, aliases);
    case 'variable':
      return variableFate(tracker, holder.variable, aliases);
    case 'field':
      return fieldFate(tracker, holder.classNode, holder.name, aliases);
    case 'property':
      return propertyFate(tracker, holder.variable, holder.name, aliases);
  }
}

function variableFate(tracker: Tracker, variable: TSESLint.Scope.Variable, aliases: Aliases): StageFate {
  // Other modules or scripts may use it too; what this file does still counts (a join).
  let fate = isExportedOrGlobal(variable) ? ESCAPES : NO_FATE;
  for (const reference of variable.references) {
    fate = mergeFates(fate, useOf(tracker, reference.identifier, aliases));
  }
  return fate;
}

function fieldFate(tracker: Tracker, classNode: ClassNode, name: string, aliases: Aliases): StageFate {
  if (!name.startsWith('#') && !isPrivateField(classNode, name) && isExportedClass(tracker, classNode)) {
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
      fate = mergeFates(fate, writtenValueFate(tracker, element.value, aliases));
    }
  }
  for (const member of membersNamed(tracker, name)) {
    if (tracker.classes.reachesField(member, classNode)) {
      fate = mergeFates(fate, useOf(tracker, member, aliases));
    }
  }
  return fate;
}

/**
 * `ref.current` / `store.stage` where `ref` is a const of this file holding a
 * fresh object (`useRef(null)`, `{ stage: null }`) that is only ever read
 * through its fields: the object itself never reaches other code.
 */
function propertyFate(tracker: Tracker, variable: TSESLint.Scope.Variable, name: string, aliases: Aliases): StageFate {
  const def = variable.defs[0];
  if (
    variable.defs.length !== 1 ||
    def?.node.type !== AST_NODE_TYPES.VariableDeclarator ||
    def.parent?.type !== AST_NODE_TYPES.VariableDeclaration ||
    def.parent.kind !== 'const' ||
    isExportedOrGlobal(variable)
  ) {
    return ESCAPES;
  }
  let fate = def.node.init ? freshObjectFate(tracker, def.node.init, name, aliases) : ESCAPES;
  for (const reference of variable.references) {
    // `[stageRef]` as a hook's dependencies: React compares the ref, nothing more.
    if (reference.init || isInDependencyArray(tracker.sourceCode, reference.identifier)) {
      continue;
    }
    const member = reference.identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
      return ESCAPES; // the object itself is passed, returned or copied
    }
    const key = memberKey(member);
    if (key === undefined) {
      return ESCAPES;
    }
    if (key === name) {
      fate = mergeFates(fate, useOf(tracker, member, aliases));
    }
  }
  return fate;
}

/** What a const's initializer puts in its field `name`, if the object is fresh. */
function freshObjectFate(tracker: Tracker, init: TSESTree.Expression, name: string, aliases: Aliases): StageFate {
  const node = unwrap(init);
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
      fate = mergeFates(fate, writtenValueFate(tracker, property.value, aliases));
    }
  }
  return fate;
}

function membersNamed(tracker: Tracker, name: string): readonly TSESTree.MemberExpression[] {
  if (!tracker.membersByName) {
    const found = new Map<string, TSESTree.MemberExpression[]>();
    forEachDescendant(tracker.sourceCode.ast, tracker.sourceCode.visitorKeys, node => {
      const key = node.type === AST_NODE_TYPES.MemberExpression && !node.computed ? memberName(node.property) : undefined;
      if (node.type === AST_NODE_TYPES.MemberExpression && key !== undefined) {
        const list = found.get(key);
        if (list) {
          list.push(node);
        } else {
          found.set(key, [node]);
        }
      }
      return true;
    });
    tracker.membersByName = found;
  }
  return tracker.membersByName.get(name) ?? [];
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
          memberName(param.parameter) === name
        ) {
          return param.accessibility === 'private';
        }
      }
    }
  }
  return false;
}

/** Whether other modules can reach the class (and so its instances' fields). */
function isExportedClass(tracker: Tracker, classNode: ClassNode): boolean {
  const parent = classNode.parent;
  if (
    parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    parent.type === AST_NODE_TYPES.ExportDefaultDeclaration
  ) {
    return true;
  }
  // `class Room {}` with `export { Room }` later, or `const Room = class {}`.
  const declarer = parent.type === AST_NODE_TYPES.VariableDeclarator ? parent : classNode;
  return tracker.sourceCode.getDeclaredVariables(declarer).some(isExportedOrGlobal);
}
