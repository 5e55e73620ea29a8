// require-error-listener on a Stage that leaves its file, through the real eslint
// CLI with the README's config: the answer depends on every file of the program
// (tests/fixtures/real-apps/multi-module: a factory module, a module that joins,
// a module that listens), so it is checked where ESLint lints them all.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, it } from 'vitest';

import { consumerDir } from './consumer.js';
import { eslintJson, findingsOf, PRIMARY_VARIANT, README_CONFIG_SNIPPET, REPO_ROOT } from './harness.js';

const dir = consumerDir(PRIMARY_VARIANT);

async function scratchApp(name: string, withoutListener: boolean): Promise<string> {
  const scratch = path.join(dir, 'scratch', name);
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  await cp(path.join(REPO_ROOT, 'tests', 'fixtures', 'real-apps', 'multi-module'), scratch, { recursive: true });
  if (withoutListener) {
    await rm(path.join(scratch, 'src', 'error-banner.ts'));
  }
  await writeFile(path.join(scratch, 'eslint.config.mjs'), README_CONFIG_SNIPPET);
  return scratch;
}

describe(`a Stage created in one module and joined in another, on ESLint ${PRIMARY_VARIANT.eslint}`, () => {
  it('is left alone when another module listens for ERROR', async ({ expect }) => {
    const scratch = await scratchApp('whole-program-listening', false);
    const { exitCode, results } = await eslintJson(scratch, ['src'], dir);
    expect(findingsOf(results, scratch)).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('is reported at its creation when no module listens, as a warning', async ({ expect }) => {
    const scratch = await scratchApp('whole-program-unheard', true);
    const { exitCode, results } = await eslintJson(scratch, ['src'], dir);
    expect(findingsOf(results, scratch).map(({ file, line, ruleId, severity, message }) => ({ file, line, ruleId, severity, message }))).toEqual([
      {
        file: 'src/stage-factory.ts',
        line: 11,
        ruleId: 'ivs-stage/require-error-listener',
        severity: 1,
        message:
          'This Stage (`stage`) leaves this file, and no file of the program registers a StageEvents.ERROR listener: the SDK reports failures after join (a failed connection, a deleted stage or a removed participant) only through that event, so they would go unnoticed. Register one with `.on(StageEvents.ERROR, …)` where the Stage is joined.',
      },
    ]);
    expect(exitCode).toBe(0);
  });
});
