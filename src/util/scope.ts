// What a name means, from ESLint's scope analysis: the one resolver of
// same-file functions, of the class whose `this` a node sees, of bindings other
// modules or scripts can reach, and of two expressions naming the same binding.
// Never from source text: two nodes that print alike may be different variables.
import {
  AST_NODE_TYPES,
  ASTUtils,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { type ClassNode, type FunctionNode, isFunction, memberKey, memberName, unwrap } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** The variable an identifier refers to, when the file declares it (not a global of the lib). */
export function declaredVariableOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return variable && variable.defs.length > 0 ? variable : undefined;
}

/** `node` names the global `name` (`Number`, `Set`), not a local binding of that name. */
export function isGlobalReference(sourceCode: SourceCode, node: TSESTree.Node, name: string): boolean {
  return (
    node.type === AST_NODE_TYPES.Identifier &&
    node.name === name &&
    declaredVariableOf(sourceCode, node) === undefined
  );
}

/**
 * Whether code the file does not show can read or write the binding: it is
 * exported (`export const`, `export function`, `export { x }`, `export default x`),
 * or it lives at the top level of a script, which every other script shares.
 */
export function isExportedOrGlobal(variable: Variable): boolean {
  if (variable.scope.type === TSESLint.Scope.ScopeType.global) {
    return true;
  }
  for (const def of variable.defs) {
    // A parameter's definition node is its function: `export function f(x)` exports f, not x.
    if (
      def.type !== TSESLint.Scope.DefinitionType.Variable &&
      def.type !== TSESLint.Scope.DefinitionType.FunctionName &&
      def.type !== TSESLint.Scope.DefinitionType.ClassName
    ) {
      continue;
    }
    const declaration =
      def.node.type === AST_NODE_TYPES.VariableDeclarator ? def.node.parent : def.node;
    const parent = declaration.parent;
    if (
      parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      parent.type === AST_NODE_TYPES.ExportDefaultDeclaration
    ) {
      return true;
    }
  }
  // `export { x }`, `export default x` later in the module.
  return variable.references.some(reference => {
    const parent = reference.identifier.parent;
    return (
      parent.type === AST_NODE_TYPES.ExportSpecifier ||
      (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration && parent.declaration === reference.identifier)
    );
  });
}

/** The initialiser of the `const` an identifier refers to, if it has a single one. */
export function constInitOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const declarator = singleDefinition(declaredVariableOf(sourceCode, identifier))?.node;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const'
  ) {
    return undefined;
  }
  return declarator.init ?? undefined;
}

/** The one definition of a variable that is declared once, as a function name or a variable. */
function singleDefinition(variable: Variable | undefined): TSESLint.Scope.Definition | undefined {
  // Overload signatures (`function f(): void;`) are definitions without a body:
  // the implementation is the one that runs.
  const defs = variable?.defs.filter(def => def.node.type !== AST_NODE_TYPES.TSDeclareFunction);
  const def = defs?.length === 1 ? defs[0] : undefined;
  // A parameter's definition node is the function that declares it, not a value
  // the parameter holds: calling a parameter runs whatever the caller passed.
  return def?.type === TSESLint.Scope.DefinitionType.FunctionName ||
    def?.type === TSESLint.Scope.DefinitionType.Variable
    ? def
    : undefined;
}

/**
 * The same-file function a callee runs: a function declaration, a `const`
 * holding a function, or `this.method` of the enclosing class (a method or an
 * arrow-function field). Exported functions count: their body is what runs.
 * A parameter, an import or anything rebindable is no same-file function.
 */
export function sameFileFunction(
  sourceCode: SourceCode,
  callee: TSESTree.Node,
  /** The function a `const x = wrap(fn)` initialiser stands for, if it does. */
  wrappedFunction?: (init: TSESTree.CallExpression) => FunctionNode | undefined,
): FunctionNode | undefined {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.Identifier) {
    if (!functionNamesOf(sourceCode).has(target.name)) {
      return undefined; // no binding of that name can hold a same-file function
    }
    const node = singleDefinition(declaredVariableOf(sourceCode, target))?.node;
    if (node?.type === AST_NODE_TYPES.FunctionDeclaration) {
      return node;
    }
    const init = node?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === 'const' ? node.init : null;
    if (init?.type === AST_NODE_TYPES.CallExpression) {
      return wrappedFunction?.(init);
    }
    return init && isFunction(init) ? init : undefined;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
    const classNode = enclosingClass(target);
    const name = memberKey(target);
    return classNode && name !== undefined ? instanceMethod(classNode, name) : undefined;
  }
  return undefined;
}

const functionNames = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/**
 * The names of the file's bindings that may hold a same-file function (a
 * function declaration, a `const` initialised by a function or a call): a
 * filter before the scope question, which is asked for every call of a file.
 */
function functionNamesOf(sourceCode: SourceCode): ReadonlySet<string> {
  let names = functionNames.get(sourceCode.ast);
  if (!names) {
    const found = new Set<string>();
    // The global scope holds every variable of the lib (thousands): a module
    // declares nothing there, a script's own globals have definitions.
    const isModule = sourceCode.ast.sourceType === 'module';
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      if (isModule && scope.type === TSESLint.Scope.ScopeType.global) {
        continue;
      }
      for (const variable of scope.variables) {
        if (variable.defs.length === 0) {
          continue;
        }
        const node = singleDefinition(variable)?.node;
        const init = node?.type === AST_NODE_TYPES.VariableDeclarator ? node.init : null;
        if (
          node?.type === AST_NODE_TYPES.FunctionDeclaration ||
          (init && (isFunction(init) || init.type === AST_NODE_TYPES.CallExpression))
        ) {
          found.add(variable.name);
        }
      }
    }
    names = found;
    functionNames.set(sourceCode.ast, names);
  }
  return names;
}

/**
 * The binding that names a function (`function f() {}`, `const f = () => …`)
 * when every use of it is in this file: not exported, not a script global.
 */
export function privateFunctionVariable(sourceCode: SourceCode, fn: FunctionNode): Variable | undefined {
  const parent = fn.parent;
  let declarer: TSESTree.Node | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    declarer = fn;
  } else if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent.kind === 'const'
  ) {
    declarer = parent;
  }
  const variable = declarer ? sourceCode.getDeclaredVariables(declarer)[0] : undefined;
  return variable && !isExportedOrGlobal(variable) ? variable : undefined;
}

/**
 * Every call through a variable, when each of its references (but those
 * `skip` leaves out) is a plain call `f(…)`; undefined otherwise.
 */
export function callsThrough(
  variable: Variable,
  skip: (reference: TSESLint.Scope.Reference) => boolean = () => false,
): TSESTree.CallExpression[] | undefined {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    if (reference.init || skip(reference)) {
      continue; // `const f = …` itself
    }
    const parent = reference.identifier.parent;
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) {
      return undefined;
    }
    calls.push(parent);
  }
  return calls;
}

/**
 * The class whose instance `this` is at `node`: arrow functions keep the outer
 * `this`; any other function, a static member or a static block rebinds it.
 */
export function enclosingClass(node: TSESTree.Node): ClassNode | undefined {
  let child = node;
  for (let parent = node.parent; parent; parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      case AST_NODE_TYPES.FunctionExpression:
        if (parent.parent.type !== AST_NODE_TYPES.MethodDefinition) {
          return undefined;
        }
        break;
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        if (parent.static) {
          return undefined;
        }
        break;
      case AST_NODE_TYPES.StaticBlock:
        return undefined;
      case AST_NODE_TYPES.ClassBody:
        return parent.parent;
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        // `class X extends (this.y) {}`: not inside the body.
        if (child !== parent.body) {
          return undefined;
        }
        break;
      default:
        break;
    }
    child = parent;
  }
  return undefined;
}

/** A method or arrow-function field of the class's instances, by name. */
export function instanceMethod(classNode: ClassNode, name: string): FunctionNode | undefined {
  for (const element of classNode.body.body) {
    if (
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) &&
      !element.computed &&
      !element.static &&
      element.value &&
      isFunction(element.value) &&
      memberName(element.key) === name
    ) {
      return element.value;
    }
  }
  return undefined;
}

/** Whether `this` at `node` is an instance of a class of this file that extends nothing. */
export function thisIsBaseClass(node: TSESTree.Node): boolean {
  const classNode = enclosingClass(node);
  return classNode !== undefined && classNode.superClass === null;
}

/**
 * Whether `new callee(…)` certainly builds no subclass of an imported class,
 * read from scope alone: a lib global (`new Map()`, `new Error()`, which have no
 * declaration in the file's scopes) or a class of this file that extends nothing.
 */
export function constructsNoSubclass(sourceCode: SourceCode, callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const variable = declaredVariableOf(sourceCode, callee);
  if (!variable) {
    return true;
  }
  const definition = variable.defs.length === 1 ? variable.defs[0]?.node : undefined;
  return definition?.type === AST_NODE_TYPES.ClassDeclaration && definition.superClass === null;
}

/**
 * Whether two expressions name the same binding: one variable (by scope), the
 * same field of `this` of one class, or the same field of one variable
 * (`stageRef.current`). Anything else (calls, computed keys) is not known to be.
 */
export function sameBinding(sourceCode: SourceCode, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = unwrap(a);
  const right = unwrap(b);
  if (left.type === AST_NODE_TYPES.Identifier && right.type === AST_NODE_TYPES.Identifier) {
    const variable = declaredVariableOf(sourceCode, left);
    return variable !== undefined && variable === declaredVariableOf(sourceCode, right);
  }
  if (left.type === AST_NODE_TYPES.ThisExpression && right.type === AST_NODE_TYPES.ThisExpression) {
    const classNode = enclosingClass(left);
    return classNode !== undefined && classNode === enclosingClass(right);
  }
  if (left.type === AST_NODE_TYPES.MemberExpression && right.type === AST_NODE_TYPES.MemberExpression) {
    const key = memberKey(left);
    return (
      key !== undefined &&
      key === memberKey(right) &&
      // `a.b.c`: the same key of the same binding, all the way down.
      sameBinding(sourceCode, left.object, right.object)
    );
  }
  return false;
}

/** The parameters that take arguments: TypeScript's `this:` parameter takes none. */
export function argumentParameters(fn: FunctionNode): TSESTree.Parameter[] {
  return fn.params.filter(param => !(param.type === AST_NODE_TYPES.Identifier && param.name === 'this'));
}

/** The variable a function declares for one of its names: a parameter, or its own name. */
export function variableDeclaredBy(
  sourceCode: SourceCode,
  fn: FunctionNode,
  identifier: TSESTree.Identifier,
): Variable | undefined {
  return sourceCode.getDeclaredVariables(fn).find(variable => variable.identifiers.includes(identifier));
}

/** The variable of the parameter taking argument `index`, when it is a name (`x`, `x = 1`). */
export function parameterVariable(sourceCode: SourceCode, fn: FunctionNode, index: number): Variable | undefined {
  const param = argumentParameters(fn)[index];
  const name = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return name?.type === AST_NODE_TYPES.Identifier ? variableDeclaredBy(sourceCode, fn, name) : undefined;
}

/** Whether a function reads `arguments`, which reaches every argument whatever the parameters. */
export function readsArguments(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const scope = sourceCode.scopeManager?.acquire(fn);
  return (scope?.set.get('arguments')?.references.length ?? 0) > 0;
}
