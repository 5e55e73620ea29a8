// A JavaScript consumer (jsconfig.json, JSDoc types, JSX) set up exactly as the
// README's "JavaScript projects" section says, linted by the real eslint CLI.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, it } from 'vitest';

import { consumerDir } from './consumer.js';
import { eslintJson, findingsOf, PRIMARY_VARIANT, REPO_ROOT } from './harness.js';

const dir = consumerDir(PRIMARY_VARIANT);

/** The README's JavaScript config block: the ```js block that uses recommended-js. */
async function readmeJavaScriptConfig(): Promise<string> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /```js\n(\/\/ eslint\.config\.mjs\n[^`]*?configs\['recommended-js'\][^`]*?)```/.exec(readme);
  if (!block?.[1]) {
    throw new Error("README.md has no eslint.config.mjs block using configs['recommended-js']");
  }
  return block[1];
}

describe(`a typed JavaScript app on ESLint ${PRIMARY_VARIANT.eslint}`, () => {
  it("reports one finding per rule with configs['recommended-js'], and nothing in the config file", async ({ expect }) => {
    const scratch = path.join(dir, 'scratch', 'javascript');
    await rm(scratch, { recursive: true, force: true });
    await mkdir(scratch, { recursive: true });
    // The typed fixture app of the unit tests, as a project's src/.
    await cp(path.join(REPO_ROOT, 'tests', 'fixtures', 'app-js'), path.join(scratch, 'src'), { recursive: true });
    const jsconfig = JSON.parse(await readFile(path.join(scratch, 'src', 'jsconfig.json'), 'utf8')) as {
      include: string[];
    };
    jsconfig.include = ['src'];
    await rm(path.join(scratch, 'src', 'jsconfig.json'));
    await writeFile(path.join(scratch, 'jsconfig.json'), JSON.stringify(jsconfig, null, 2));
    await writeFile(path.join(scratch, 'eslint.config.mjs'), await readmeJavaScriptConfig());

    const { exitCode, results } = await eslintJson(scratch, ['.'], dir);

    expect(exitCode).toBe(1);
    expect(findingsOf(results, scratch).map(({ file, line, ruleId, severity }) => ({ file, line, ruleId, severity }))).toEqual([
      { file: 'src/errors.js', line: 12, ruleId: 'ivs-stage/exhaustive-error-switch', severity: 2 },
      { file: 'src/errors.js', line: 24, ruleId: 'ivs-stage/no-numeric-error-code', severity: 2 },
      // SDK 1.41's StageLeftReason and RealTimeConnectionErrorCode switches (issue 16)
      { file: 'src/errors.js', line: 34, ruleId: 'ivs-stage/exhaustive-error-switch', severity: 2 },
      { file: 'src/errors.js', line: 52, ruleId: 'ivs-stage/exhaustive-error-switch', severity: 2 },
      { file: 'src/use-stage.jsx', line: 14, ruleId: 'ivs-stage/require-error-listener', severity: 1 },
      { file: 'src/use-stage.jsx', line: 43, ruleId: 'ivs-stage/no-retry-on-fatal-error', severity: 2 },
    ]);
    expect(results.map(result => path.relative(scratch, result.filePath))).toContain('eslint.config.mjs');
  });
});
