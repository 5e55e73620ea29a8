// Type-checks many source texts at once, each as its own module beside the
// fixture files: one program and one checker for a whole batch, where
// tests/type-check.ts would build a new program (and re-merge lib.dom) per text.
import path from 'node:path';

import { FIXTURES_DIR } from '../rule-tester.js';
import { createFixtureService, type FixtureService } from '../type-check.js';

let fixtures: FixtureService | undefined;
let rootNames: string[] = [];

// Virtual files in the fixtures folder, so that the SDK resolves from its node_modules.
function slotName(index: number, extension: 'ts' | 'tsx'): string {
  return path.join(FIXTURES_DIR, `fuzz-batch-${String(index)}.${extension}`);
}

/** The errors of each text (syntax and semantic, as `line:col message`), each checked as a module of the fixture project. */
export function typeErrorsOfEach(codes: readonly string[], extension: 'ts' | 'tsx' = 'ts'): string[][] {
  // Only the batch: the fixture files themselves are not part of this program.
  fixtures ??= createFixtureService(() => rootNames);
  const wanted = codes.map((_, index) => slotName(index, extension));
  rootNames = [...new Set([...rootNames, ...wanted])];
  for (const fileName of rootNames) {
    // Unused slots become empty modules rather than leaving an old text's globals behind.
    const index = wanted.indexOf(fileName);
    fixtures.setContent(fileName, index === -1 ? 'export {};' : (codes[index] ?? 'export {};'));
  }
  const checked = fixtures;
  return wanted.map(fileName => checked.errorsOf(fileName));
}
