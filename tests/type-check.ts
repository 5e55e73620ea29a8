// Type-checks a source text as if it were a fixture file, so tests can prove
// that fix and suggestion outputs still compile.
//
//   import { typeErrors } from '../type-check.js';
//   expect(typeErrors(output)).toEqual([]);
//
// One ts.LanguageService is kept for the whole test run: after the first call
// (which loads lib.dom and the SDK declarations, ~1 s), a call costs a few ms.
import path from 'node:path';

import ts from 'typescript';

import { FIXTURES_DIR } from './rule-tester.js';

export type FixtureName = 'file.ts' | 'react.tsx';

let fixtures: FixtureService | undefined;
const FIXTURE_NAMES: readonly FixtureName[] = ['file.ts', 'react.tsx'];

/**
 * The TypeScript errors (syntax and semantic, formatted as `line:col message`)
 * of `code` checked as `tests/fixtures/<filename>` with the fixtures' tsconfig.
 */
export function typeErrors(code: string, filename: FixtureName = 'file.ts'): string[] {
  fixtures ??= createFixtureService(fixtureConfig().fileNames);
  // The other fixture is emptied: a script's globals would leak into this one.
  for (const other of FIXTURE_NAMES) {
    fixtures.setContent(path.join(FIXTURES_DIR, other), other === filename ? code : '');
  }
  return fixtures.errorsOf(path.join(FIXTURES_DIR, filename));
}

/** A language service over the fixture project, with file texts replaced in memory. */
export interface FixtureService {
  setContent(fileName: string, text: string): void;
  /** Syntax and semantic errors of a file, as `line:col message`. */
  errorsOf(fileName: string): string[];
}

/** `rootNames` is read on every check, so a caller may grow it between checks. */
export function createFixtureService(rootNames: readonly string[] | (() => readonly string[])): FixtureService {
  const options = fixtureConfig().options;
  const contents = new Map<string, string>();
  const versions = new Map<string, number>();
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...(typeof rootNames === 'function' ? rootNames() : rootNames)],
    getScriptVersion: fileName => String(versions.get(fileName) ?? 0),
    getScriptSnapshot: fileName => {
      const text = contents.get(fileName) ?? ts.sys.readFile(fileName);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => FIXTURES_DIR,
    getDefaultLibFileName: compilerOptions => ts.getDefaultLibFilePath(compilerOptions),
    fileExists: fileName => contents.has(fileName) || ts.sys.fileExists(fileName),
    readFile: fileName => contents.get(fileName) ?? ts.sys.readFile(fileName),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: directoryName => ts.sys.directoryExists(directoryName),
    getDirectories: directoryName => ts.sys.getDirectories(directoryName),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    setContent(fileName, text) {
      if (contents.get(fileName) !== text) {
        contents.set(fileName, text);
        versions.set(fileName, (versions.get(fileName) ?? 0) + 1);
      }
    },
    errorsOf: fileName =>
      [...service.getSyntacticDiagnostics(fileName), ...service.getSemanticDiagnostics(fileName)].map(formatDiagnostic),
  };
}

/** A diagnostic as `line:col message`. */
export function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) {
    return message;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${String(line + 1)}:${String(character + 1)} ${message}`;
}

/** The typed fixture project's tsconfig (tests/fixtures/tsconfig.json), parsed. */
export function fixtureConfig(): ts.ParsedCommandLine {
  return parseConfigFile(path.join(FIXTURES_DIR, 'tsconfig.json'));
}

/** A tsconfig.json or jsconfig.json, as TypeScript reads it. */
export function parseConfigFile(configPath: string): ts.ParsedCommandLine {
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: diagnostic => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) {
    throw new Error(`cannot read ${configPath}`);
  }
  return config;
}
