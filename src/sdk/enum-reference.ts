// How fixes write a StageErrorCode member: through the name the enum already has
// in scope (alias, namespace, const), or by adding an import when none does.
import {
  AST_NODE_TYPES,
  ASTUtils,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import ts from 'typescript';

import type { ErrorCodeEnum, IvsTypes } from './types.js';

export interface EnumReference {
  /** Text that evaluates to the enum object at the node, e.g. `Code` or `ivs.StageErrorCode`. */
  readonly text: string;
  /** Present when the reference only exists once an import is added or made a value import. */
  readonly importFix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * A way to refer to the enum at `node`: a value binding in scope, else one
 * made by an import fix; undefined when neither can be written safely.
 */
export function enumReferenceAt(
  context: Context,
  types: IvsTypes,
  node: TSESTree.Node,
  codes: ErrorCodeEnum,
): EnumReference | undefined {
  const scope = context.sourceCode.getScope(node);
  const inScope = valueBindingInScope(types, scope, codes);
  return inScope ? { text: inScope } : referenceThroughImport(context, types, scope, codes);
}

function valueBindingInScope(
  types: IvsTypes,
  start: TSESLint.Scope.Scope,
  codes: ErrorCodeEnum,
): string | undefined {
  for (let scope: TSESLint.Scope.Scope | null = start; scope; scope = scope.upper) {
    for (const variable of scope.variables) {
      const text = referenceThrough(types, variable, codes);
      // An inner binding of the same name would shadow what we found.
      if (text && ASTUtils.findVariable(start, variable.name) === variable) {
        return text;
      }
    }
  }
  return undefined;
}

/** How `variable` reaches the enum as a value, if it does. */
function referenceThrough(
  types: IvsTypes,
  variable: TSESLint.Scope.Variable,
  codes: ErrorCodeEnum,
): string | undefined {
  const definition = variable.defs[0];
  if (!definition || isTypeOnly(definition)) {
    return undefined;
  }
  const { checker, services } = types;
  const identifier = services.esTreeNodeToTSNodeMap.get(definition.name);
  const symbol = resolveAlias(checker, checker.getSymbolAtLocation(identifier));
  if (!symbol) {
    return undefined;
  }
  if (symbol === codes.symbol) {
    return variable.name;
  }
  if (symbol.flags & ts.SymbolFlags.Module) {
    const exported = checker
      .getExportsOfModule(symbol)
      .find(candidate => resolveAlias(checker, candidate) === codes.symbol);
    return exported ? `${variable.name}.${exported.name}` : undefined;
  }
  // `const Code = StageErrorCode`
  if (
    definition.type === TSESLint.Scope.DefinitionType.Variable &&
    checker.getTypeOfSymbol(symbol) === checker.getTypeOfSymbol(codes.symbol)
  ) {
    return variable.name;
  }
  return undefined;
}

function isTypeOnly(definition: TSESLint.Scope.Definition): boolean {
  const { DefinitionType } = TSESLint.Scope;
  if (definition.type !== DefinitionType.ImportBinding) {
    return definition.type === DefinitionType.Type;
  }
  const declaration = definition.parent;
  return (
    (declaration.type === AST_NODE_TYPES.ImportDeclaration &&
      declaration.importKind === 'type') ||
    (definition.node.type === AST_NODE_TYPES.ImportSpecifier &&
      definition.node.importKind === 'type')
  );
}

function resolveAlias(
  checker: ts.TypeChecker,
  symbol: ts.Symbol | undefined,
): ts.Symbol | undefined {
  return symbol && symbol.flags & ts.SymbolFlags.Alias
    ? checker.getAliasedSymbol(symbol)
    : symbol;
}

/**
 * No value binding is in scope: turn a type-only import of the enum into a
 * value import, or add the enum to a value import of a module that exports
 * it, or add a new import declaration.
 */
function referenceThroughImport(
  context: Context,
  types: IvsTypes,
  scope: TSESLint.Scope.Scope,
  codes: ErrorCodeEnum,
): EnumReference | undefined {
  const { checker, services } = types;
  const imports = context.sourceCode.ast.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const exportsEnum = (declaration: TSESTree.ImportDeclaration): string | undefined => {
    const tsDeclaration = services.esTreeNodeToTSNodeMap.get(declaration);
    const moduleSymbol = checker.getSymbolAtLocation(tsDeclaration.moduleSpecifier);
    return moduleSymbol
      ? checker
          .getExportsOfModule(moduleSymbol)
          .find(candidate => resolveAlias(checker, candidate) === codes.symbol)?.name
      : undefined;
  };

  // `import type { StageErrorCode as Code }` or `import { type StageErrorCode }`
  for (const declaration of imports) {
    for (const specifier of declaration.specifiers) {
      if (
        specifier.type !== AST_NODE_TYPES.ImportSpecifier ||
        resolveAlias(checker, checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(specifier.local))) !==
          codes.symbol ||
        ASTUtils.findVariable(scope, specifier.local.name)?.defs[0]?.node !== specifier
      ) {
        continue;
      }
      return {
        text: specifier.local.name,
        importFix: fixer => makeValueImport(context, fixer, declaration, specifier),
      };
    }
  }

  const name = codes.name;
  if (ASTUtils.findVariable(scope, name)) {
    return undefined; // the enum's own name means something else here
  }
  const valueImport = imports.find(
    declaration =>
      declaration.importKind !== 'type' &&
      declaration.specifiers.every(s => s.type !== AST_NODE_TYPES.ImportNamespaceSpecifier) &&
      declaration.specifiers.length > 0 &&
      exportsEnum(declaration) === name,
  );
  if (valueImport) {
    return { text: name, importFix: fixer => addSpecifier(context, fixer, valueImport, name) };
  }
  // Same module as an import that already names the enum (e.g. `import type`), in its quotes.
  const sameModule = imports.find(declaration => exportsEnum(declaration) === name);
  const source = sameModule
    ? context.sourceCode.getText(sameModule.source)
    : codes.importSource && `'${codes.importSource}'`;
  if (!source) {
    return undefined;
  }
  const statement = `import { ${name} } from ${source};`;
  const last = imports.at(-1);
  return {
    text: name,
    importFix: fixer =>
      last
        ? fixer.insertTextAfter(last, `\n${statement}`)
        : fixer.insertTextBeforeRange([0, 0], `${statement}\n`),
  };
}

function makeValueImport(
  context: Context,
  fixer: TSESLint.RuleFixer,
  declaration: TSESTree.ImportDeclaration,
  specifier: TSESTree.ImportSpecifier,
): TSESLint.RuleFix {
  const { sourceCode } = context;
  if (declaration.importKind !== 'type') {
    // `import { type StageErrorCode, … }`: drop this specifier's `type`.
    return fixer.removeRange([specifier.range[0], specifier.imported.range[0]]);
  }
  // `import type { A, StageErrorCode }` → `import { type A, StageErrorCode }`
  const text = declaration.specifiers
    .map(other => {
      const written = sourceCode.getText(other);
      return other === specifier ? written : `type ${written}`;
    })
    .join(', ');
  return fixer.replaceText(
    declaration,
    `import { ${text} } from ${sourceCode.getText(declaration.source)};`,
  );
}

function addSpecifier(
  context: Context,
  fixer: TSESLint.RuleFixer,
  declaration: TSESTree.ImportDeclaration,
  name: string,
): TSESLint.RuleFix {
  const named = declaration.specifiers.filter(
    specifier => specifier.type === AST_NODE_TYPES.ImportSpecifier,
  );
  const lastNamed = named.at(-1);
  if (lastNamed) {
    return fixer.insertTextAfter(lastNamed, `, ${name}`);
  }
  // Only a default import (the caller picks declarations with specifiers):
  // `import X from …` → `import X, { name } from …`
  const defaultSpecifier = declaration.specifiers[0] ?? declaration.source;
  const afterDefault = context.sourceCode.getTokenAfter(defaultSpecifier);
  return afterDefault?.value === ','
    ? fixer.insertTextAfter(afterDefault, ` { ${name} }`)
    : fixer.insertTextAfter(defaultSpecifier, `, { ${name} }`);
}
