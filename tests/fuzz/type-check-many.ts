// Type-checks many source texts at once, each as its own module beside the
// fixture files: one program and one checker for a whole batch, where
// tests/type-check.ts would build a new program (and re-merge lib.dom) per text.
import path from 'node:path';

import ts from 'typescript';

import { FIXTURES_DIR } from '../rule-tester.js';
import { fixtureConfig, formatDiagnostic } from '../type-check.js';

let service: ts.LanguageService | undefined;
let options: ts.CompilerOptions | undefined;
const contents = new Map<string, string>();
const versions = new Map<string, number>();
let rootNames: string[] = [];

// Virtual files in the fixtures folder, so that the SDK resolves from its node_modules.
function slotName(index: number, extension: 'ts' | 'tsx'): string {
  return path.join(FIXTURES_DIR, `fuzz-batch-${String(index)}.${extension}`);
}

/** The errors of each text (syntax and semantic, as `line:col message`), each checked as a module of the fixture project. */
export function typeErrorsOfEach(codes: readonly string[], extension: 'ts' | 'tsx' = 'ts'): string[][] {
  service ??= createService();
  const wanted = codes.map((_, index) => slotName(index, extension));
  rootNames = [...new Set([...rootNames, ...wanted])];
  rootNames.forEach(fileName => {
    // Unused slots become empty modules rather than leaving an old text's globals behind.
    const index = wanted.indexOf(fileName);
    const text = index === -1 ? 'export {};' : (codes[index] ?? 'export {};');
    if (contents.get(fileName) !== text) {
      contents.set(fileName, text);
      versions.set(fileName, (versions.get(fileName) ?? 0) + 1);
    }
  });
  const checked = service;
  return wanted.map(fileName =>
    [...checked.getSyntacticDiagnostics(fileName), ...checked.getSemanticDiagnostics(fileName)].map(formatDiagnostic),
  );
}

function createService(): ts.LanguageService {
  options = fixtureConfig().options;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options ?? {},
    // Only the batch: the fixture files themselves are not part of this program.
    getScriptFileNames: () => rootNames,
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
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}
