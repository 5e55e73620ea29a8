// CLI options users lean on in CI, on the main consumer: --max-warnings,
// --cache, --concurrency, and a CommonJS config that require()s the plugin.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, it } from 'vitest';

import { consumerDir, recommendedRules, ruleNameOf } from './consumer.js';
import { fixtureFileOf } from './fixture-app.js';
import {
  CJS_CONFIG,
  copySources,
  eslintJson,
  findingsOf,
  lazy,
  PRIMARY_VARIANT,
} from './harness.js';

const dir = consumerDir(PRIMARY_VARIANT);

// Concurrent: the ESLint runs share the cores (see withSlot in the harness).
describe.concurrent(`eslint CLI options on ESLint ${PRIMARY_VARIANT.eslint}`, () => {
  /** One plain run: what every option below must agree with. */
  const baseline = lazy(async () => findingsOf((await eslintJson(dir, ['src'])).results, dir));

  it('exits 0 on warnings alone, and 1 with --max-warnings 0', async ({ expect }) => {
    // The rule downgraded to a warning on the command line, as a team
    // adopting the plugin gradually does.
    const file = fixtureFileOf('exhaustive-error-switch');
    const asWarning = ['--rule', '{"ivs-stage/exhaustive-error-switch":"warn"}', file];
    const lenient = await eslintJson(dir, asWarning);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.results.map(result => [result.errorCount, result.warningCount])).toEqual([[0, 1]]);
    const strict = await eslintJson(dir, ['--max-warnings', '0', ...asWarning]);
    expect(strict.exitCode).toBe(1);
  });

  it('fails --max-warnings 0 on the findings of every rule recommended at "warn"', async ({ expect }) => {
    for (const [ruleId] of recommendedRules.filter(([, severity]) => severity === 'warn')) {
      const file = fixtureFileOf(ruleNameOf(ruleId));
      const lenient = await eslintJson(dir, [file]);
      expect(lenient.exitCode, ruleId).toBe(0);
      expect(lenient.results[0]?.warningCount, ruleId).toBeGreaterThan(0);
      const strict = await eslintJson(dir, ['--max-warnings', '0', file]);
      expect(strict.exitCode, ruleId).toBe(1);
    }
  });

  it('gives the same findings from the cache on a second --cache run', async ({ expect }) => {
    const scratch = await copySources(dir, 'cache');
    const cacheLocation = path.join(scratch, '.eslintcache');
    const args = ['--cache', '--cache-location', cacheLocation, path.relative(dir, path.join(scratch, 'src'))];
    const first = await eslintJson(dir, args);
    await access(cacheLocation);
    const second = await eslintJson(dir, args);
    expect(findingsOf(second.results, scratch)).toEqual(findingsOf(first.results, scratch));
    expect(second.exitCode).toBe(first.exitCode);
    expect(findingsOf(first.results, scratch)).toEqual(await baseline());
  });

  it('gives the same findings with --concurrency=2 as in one thread', async ({ expect }) => {
    // Rules keep no state between files, so worker threads cannot change the result.
    const { results } = await eslintJson(dir, ['--concurrency=2', 'src']);
    expect(findingsOf(results, dir)).toEqual(await baseline());
  });

  it('works from an eslint.config.cjs that require()s the plugin', async ({ expect }) => {
    const scratch = await copySources(dir, 'cjs');
    await writeFile(path.join(scratch, 'eslint.config.cjs'), CJS_CONFIG);
    const { exitCode, results } = await eslintJson(scratch, ['src'], dir);
    expect(exitCode).toBe(1);
    expect(findingsOf(results, scratch)).toEqual(await baseline());
    expect(results.every(result => result.filePath.startsWith(scratch))).toBe(true);
  });
});
