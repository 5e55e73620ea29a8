// A whole-file gate, asked once per file before any rule listens: can any type
// of the SDK (per the settings' specifiers) reach this file through its imports?
// If not, no expression in it can be a StageErrorCode or a Stage, and the rules
// skip it without asking the type checker anything about its nodes.
import { typeMatchesSomeSpecifier } from '@typescript-eslint/type-utils';
import ts from 'typescript';

import { cachedFor } from '../util/cache.js';
import type { IvsStageSettings } from './settings.js';

interface ProgramGate {
  /** Files whose imports, followed transitively, reach a module exporting an SDK type; undefined: gate off. */
  readonly reaching: ReadonlySet<ts.SourceFile> | undefined;
}

const gates = new WeakMap<ts.Program, WeakMap<IvsStageSettings, ProgramGate>>();

/** False only when it is certain that no SDK type can appear in `file`. */
export function fileCanSeeSdk(program: ts.Program, settings: IvsStageSettings, file: ts.SourceFile): boolean {
  const gate = cachedFor(gates, program, settings, () => ({ reaching: filesReachingSdk(program, settings) }));
  return gate.reaching === undefined || gate.reaching.has(file);
}

/** The module specifiers TypeScript collected for a file, JSDoc `import()` types of JS files included. */
function importsOf(file: ts.SourceFile): readonly ts.StringLiteralLike[] | undefined {
  // `imports` is filled in by program creation; it is not in the public typings.
  return (file as { imports?: readonly ts.StringLiteralLike[] }).imports;
}

/**
 * Reverse reachability over the program's import graph, from the modules that
 * export an SDK type. Undefined turns the gate off: whenever a type could reach
 * a file without an import (a global, an augmentation of another module, a
 * specifier not naming a package), or TypeScript's internals look different.
 */
function filesReachingSdk(program: ts.Program, settings: IvsStageSettings): Set<ts.SourceFile> | undefined {
  const specifiers = [...settings.errorCodeTypes, ...settings.stageTypes];
  // A bare name or a file specifier can match a type declared in any file, even
  // the linted one: only package specifiers tell where the types live.
  if (!specifiers.every(spec => typeof spec === 'object' && spec.from === 'package')) {
    return undefined;
  }
  const names = new Set(specifiers.flatMap(spec => (typeof spec === 'object' ? spec.name : spec)));
  const checker = program.getTypeChecker();
  const importers = new Map<ts.SourceFile, ts.SourceFile[]>();
  const targets = new Set<ts.SourceFile>();
  const exportsSdkType = new Map<ts.Symbol, boolean>();

  for (const file of program.getSourceFiles()) {
    const imports = importsOf(file);
    if (imports === undefined) {
      return undefined;
    }
    for (const specifier of imports) {
      const moduleSymbol = checker.getSymbolAtLocation(specifier);
      if (!moduleSymbol) {
        continue; // unresolved: its values are `any`, never an SDK type
      }
      let exported = exportsSdkType.get(moduleSymbol);
      if (exported === undefined) {
        exported = checker.getExportsOfModule(moduleSymbol).some(symbol => {
          const declared = resolveAlias(checker, symbol);
          // A specifier matches by the declared name first: skip every other export
          // (a large module has thousands) before asking for its type.
          return (
            names.has(declared.name) &&
            (typeMatchesSomeSpecifier(checker.getDeclaredTypeOfSymbol(declared), specifiers, program) ||
              typeMatchesSomeSpecifier(checker.getTypeOfSymbol(declared), specifiers, program))
          );
        });
        exportsSdkType.set(moduleSymbol, exported);
      }
      if (exported) {
        targets.add(file);
      }
      for (const declaration of moduleSymbol.declarations ?? []) {
        const imported = declaration.getSourceFile();
        if (imported !== file) {
          const list = importers.get(imported) ?? [];
          list.push(file);
          importers.set(imported, list);
        }
      }
    }
  }

  const reaching = new Set<ts.SourceFile>();
  const queue = [...targets];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (reaching.has(file)) {
      continue;
    }
    reaching.add(file);
    queue.push(...(importers.get(file) ?? []));
  }
  // A file that sees the SDK and declares globals or augments another module
  // hands SDK types to files that never import it.
  for (const file of reaching) {
    if (!ts.isExternalModule(file) || file.statements.some(isAmbientModuleOrGlobal)) {
      return undefined;
    }
  }
  return reaching;
}

function isAmbientModuleOrGlobal(statement: ts.Statement): boolean {
  return ts.isModuleDeclaration(statement) && (ts.isStringLiteral(statement.name) || (statement.flags & ts.NodeFlags.GlobalAugmentation) !== 0);
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
