// src/util/scope.ts answers what a name means from scope analysis: the same
// binding, a same-file function, exported or global, the class `this` is.
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  argumentParameters,
  callsThrough,
  enclosingClass,
  isExportedOrGlobal,
  parameterVariable,
  privateFunctionVariable,
  readsArguments,
  sameBinding,
  sameFileFunction,
} from '../../src/util/scope.js';
import { defined, identifiersNamed, nodesOf, parseSnippet } from './parse.js';

function calleesOf(code: string): { source: ReturnType<typeof parseSnippet>; callees: TSESTree.Node[] } {
  const source = parseSnippet(code);
  return { source, callees: nodesOf(source, AST_NODE_TYPES.CallExpression).map(call => call.callee) };
}

describe('sameBinding', () => {
  it('tells apart variables that print alike but are shadowed', () => {
    const source = parseSnippet('let stage = 1; { let stage = 2; stage++; } stage++;');
    const [outer, inner, innerUse, outerUse] = identifiersNamed(source, 'stage');
    expect(sameBinding(source, defined(inner), defined(innerUse))).toBe(true);
    expect(sameBinding(source, defined(outer), defined(outerUse))).toBe(true);
    expect(sameBinding(source, defined(outer), defined(innerUse))).toBe(false);
  });

  it('reads `a.b` as the same binding only when `a` is', () => {
    const source = parseSnippet('const ref = { current: 1 }; ref.current; function f(ref: { current: number }) { ref.current; }');
    const members = nodesOf(source, AST_NODE_TYPES.MemberExpression);
    expect(sameBinding(source, defined(members[0]), defined(members[0]))).toBe(true);
    expect(sameBinding(source, defined(members[0]), defined(members[1]))).toBe(false);
  });

  it('reads `this.x` of two classes as different bindings', () => {
    const source = parseSnippet('class A { x = 1; m() { this.x; } } class B { x = 1; m() { this.x; } n() { this.x; } }');
    const [a, b1, b2] = nodesOf(source, AST_NODE_TYPES.MemberExpression);
    expect(sameBinding(source, defined(b1), defined(b2))).toBe(true);
    expect(sameBinding(source, defined(a), defined(b1))).toBe(false);
  });

  it('never treats calls or computed keys as one binding', () => {
    const source = parseSnippet('declare const o: any; declare const k: string; o[k]; o[k]; o.f(); o.f();');
    const members = nodesOf(source, AST_NODE_TYPES.MemberExpression);
    expect(sameBinding(source, defined(members[0]), defined(members[1]))).toBe(false);
    const calls = nodesOf(source, AST_NODE_TYPES.CallExpression);
    expect(sameBinding(source, defined(calls[0]), defined(calls[1]))).toBe(false);
  });
});

describe('sameFileFunction', () => {
  it('resolves declarations, const functions and instance methods', () => {
    const { source, callees } = calleesOf(`
function a() {}
const b = () => {};
class C { m() {} run() { this.m(); } }
a(); b();`);
    const resolved = callees.map(callee => sameFileFunction(source, callee)?.type);
    expect(resolved).toEqual([
      AST_NODE_TYPES.FunctionExpression,
      AST_NODE_TYPES.FunctionDeclaration,
      AST_NODE_TYPES.ArrowFunctionExpression,
    ]);
  });

  it('never resolves a parameter to the function that declares it', () => {
    const { source, callees } = calleesOf('export function enter(onGiveUp: () => void) { onGiveUp(); }');
    expect(sameFileFunction(source, defined(callees[0]))).toBeUndefined();
  });

  it('does not resolve `this.m()` in a static member to an instance method', () => {
    const { source, callees } = calleesOf('class C { m() {} static m() {} static run() { this.m(); } }');
    expect(sameFileFunction(source, defined(callees[0]))).toBeUndefined();
  });

  it('resolves exported functions, whose body is what runs', () => {
    const { source, callees } = calleesOf('export function a() {} a();');
    expect(sameFileFunction(source, defined(callees[0]))?.type).toBe(AST_NODE_TYPES.FunctionDeclaration);
  });

  it('asks the caller for `const x = wrap(fn)`', () => {
    const { source, callees } = calleesOf('declare function wrap<T>(fn: T): T; const x = wrap(() => 1); x();');
    const wrapped = sameFileFunction(source, defined(callees[1]), init => {
      const [first] = init.arguments;
      return first?.type === AST_NODE_TYPES.ArrowFunctionExpression ? first : undefined;
    });
    expect(wrapped?.type).toBe(AST_NODE_TYPES.ArrowFunctionExpression);
    expect(sameFileFunction(source, defined(callees[1]))).toBeUndefined();
  });
});

describe('isExportedOrGlobal and callsThrough', () => {
  function variableNamed(code: string, name: string) {
    const source = parseSnippet(code);
    const [identifier] = identifiersNamed(source, name);
    return { source, variable: defined(ASTUtils.findVariable(source.getScope(defined(identifier)), name) ?? undefined) };
  }

  it.each([
    ['export const stage = 1;', true],
    ['const stage = 1; export { stage };', true],
    ['const stage = 1; export default stage;', true],
    ['export function stage() {}', true],
    ['const stage = 1;', false],
  ])('%s → %s', (code, expected) => {
    expect(isExportedOrGlobal(variableNamed(code, 'stage').variable)).toBe(expected);
  });

  it('does not count the parameter of an exported function as exported', () => {
    const source = parseSnippet('export function f(stage: number) { return stage; }');
    const [fn] = nodesOf(source, AST_NODE_TYPES.FunctionDeclaration);
    const parameter = source.getDeclaredVariables(defined(fn)).find(variable => variable.name === 'stage');
    expect(isExportedOrGlobal(defined(parameter))).toBe(false);
  });

  it('lists every call of a private function, and none of an exported or passed one', () => {
    const source = parseSnippet('function a() {} a(); a(); export function b() {} b(); function c() {} [c];');
    const functions = nodesOf(source, AST_NODE_TYPES.FunctionDeclaration);
    const callsOf = (index: number) => {
      const variable = privateFunctionVariable(source, defined(functions[index]));
      return variable && callsThrough(variable);
    };
    expect(callsOf(0)).toHaveLength(2);
    expect(callsOf(1)).toBeUndefined(); // exported: no private variable
    expect(callsOf(2)).toBeUndefined(); // put in an array
  });
});

describe('enclosingClass', () => {
  it('sees through arrow functions, not through other functions or static members', () => {
    const source = parseSnippet(`class C {
  a() { this.x; }
  b = () => this.x;
  c() { function inner(this: unknown) { this; } }
  static d() { this.x; }
  static { this.x; }
}`);
    const thisNodes = nodesOf(source, AST_NODE_TYPES.ThisExpression);
    const [classNode] = nodesOf(source, AST_NODE_TYPES.ClassDeclaration);
    expect(thisNodes.map(node => enclosingClass(node) === classNode)).toEqual([true, true, false, false, false]);
  });
});

describe('parameters', () => {
  it("skip TypeScript's `this:` parameter, read defaults, and give up on patterns", () => {
    const source = parseSnippet('function f(this: void, first = 1, { second }: { second: number }) {}');
    const fn = defined(nodesOf(source, AST_NODE_TYPES.FunctionDeclaration)[0]);
    expect(argumentParameters(fn)).toHaveLength(2);
    expect(parameterVariable(source, fn, 0)?.name).toBe('first');
    expect(parameterVariable(source, fn, 1)).toBeUndefined();
    expect(parameterVariable(source, fn, 2)).toBeUndefined();
  });

  it('tell a function that reads `arguments`', () => {
    const source = parseSnippet('function a() { return arguments[0]; } function b(x: number) { return x; }');
    const [a, b] = nodesOf(source, AST_NODE_TYPES.FunctionDeclaration);
    expect(readsArguments(source, defined(a))).toBe(true);
    expect(readsArguments(source, defined(b))).toBe(false);
  });
});
