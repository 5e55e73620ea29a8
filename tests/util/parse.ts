// Parses a snippet into an ESLint SourceCode with typescript-eslint's scope
// analysis (no type information), for unit tests of the syntactic and scope helpers.
import { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';

import { forEachDescendant } from '../../src/util/ast.js';

export function parseSnippet(code: string): Readonly<TSESLint.SourceCode> {
  const { ast, scopeManager, visitorKeys, services } = parseForESLint(code, {
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    sourceType: 'module',
    ecmaVersion: 'latest',
  });
  // ESLint sets `parent` while it traverses; the helpers under test climb it.
  setParents(ast, visitorKeys as unknown as TSESLint.SourceCode.VisitorKeys);
  return new SourceCode({
    text: code,
    ast: ast as never,
    scopeManager: scopeManager as never,
    visitorKeys: visitorKeys as never,
    parserServices: services,
  }) as unknown as Readonly<TSESLint.SourceCode>;
}

function setParents(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const parent = node;
    forEachDescendant(parent, visitorKeys, child => {
      if (child.parent !== parent) {
        (child as { parent: TSESTree.Node }).parent = parent;
      }
      stack.push(child);
      return false;
    });
  }
}

/** Every node of a type, in source order. */
export function nodesOf<T extends AST_NODE_TYPES>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  type: T,
): Extract<TSESTree.Node, { type: T }>[] {
  const found: Extract<TSESTree.Node, { type: T }>[] = [];
  forEachDescendant(sourceCode.ast, sourceCode.visitorKeys, node => {
    if (node.type === type) {
      found.push(node as Extract<TSESTree.Node, { type: T }>);
    }
    return true;
  });
  return found;
}

/** The identifiers named `name`, in source order. */
export function identifiersNamed(sourceCode: Readonly<TSESLint.SourceCode>, name: string): TSESTree.Identifier[] {
  return nodesOf(sourceCode, AST_NODE_TYPES.Identifier).filter(node => node.name === name);
}

/** A value the test expects to exist; fails the test with a clear message when it does not. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error('expected a value, found undefined');
  }
  return value;
}
