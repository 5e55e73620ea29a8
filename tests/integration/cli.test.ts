// The real `eslint` CLI in each consumer variant (ESLint 9/10, TypeScript 5.4/6):
// findings and severities of every recommended rule, exit codes, and --fix.
import path from 'node:path';

import { describe, it } from 'vitest';

import { consumerDir, plugin, recommendedRules, ruleNameOf, SEVERITY } from './consumer.js';
import { EXPECTED_FIXES, FIXTURE_SOURCES, fixtureFileOf } from './fixture-app.js';
import {
  copySources,
  eslint,
  eslintJson,
  findingsOf,
  lazy,
  locate,
  readText,
  VARIANTS,
} from './harness.js';

// Concurrent: the variants' ESLint runs share the cores (see withSlot in the harness).
describe.concurrent.each(VARIANTS)('consumer on ESLint $eslint, TypeScript $typescript', variant => {
  const dir = consumerDir(variant);
  const lintAll = lazy(() => eslintJson(dir, ['src']));

  it('reports every recommended rule, at its configured severity, in its fixture file', async ({ expect }) => {
    const findings = findingsOf((await lintAll()).results, dir);
    // A parse error, a crash or a rule from elsewhere would show up here.
    expect(findings.filter(finding => finding.ruleId === null || !(finding.ruleId in plugin.recommended))).toEqual([]);
    expect(recommendedRules.length).toBeGreaterThan(0);
    for (const [ruleId, severity] of recommendedRules) {
      const own = findings.filter(finding => finding.ruleId === ruleId);
      expect(own.map(finding => finding.file), ruleId).toContain(fixtureFileOf(ruleNameOf(ruleId)));
      expect(new Set(own.map(finding => finding.severity)), ruleId).toEqual(new Set([SEVERITY[severity]]));
    }
    expect(findings.filter(finding => finding.file.startsWith('src/clean/'))).toEqual([]);
  });

  it('reports the switch that forgets fatal codes on its discriminant, with a suggestion and no fix', async ({
    expect,
  }) => {
    const file = fixtureFileOf('exhaustive-error-switch');
    const source = FIXTURE_SOURCES[file] ?? '';
    const messages = (await lintAll()).results
      .filter(result => result.filePath === path.join(dir, file))
      .flatMap(result => result.messages)
      .filter(message => message.ruleId === 'ivs-stage/exhaustive-error-switch');
    const at = locate(source, 'error.code');
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({
      severity: 2,
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + 'error.code'.length,
    });
    expect(message?.message).toMatch(/STAGE_DELETED/);
    expect(message?.message).toMatch(/PARTICIPANT_DISCONNECTED/);
    expect(message?.message).not.toMatch(/CODEC_MISMATCH/);
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions).toHaveLength(1);
    expect(message?.suggestions?.[0]?.fix.text).toContain('case StageErrorCode.STAGE_DELETED:');
    expect(message?.suggestions?.[0]?.fix.text).toContain('case StageErrorCode.PARTICIPANT_DISCONNECTED:');
  });

  it('exits 1 when there are errors and 0 on a clean project', async ({ expect }) => {
    expect((await lintAll()).exitCode).toBe(1);
    const clean = await eslint(dir, ['src/clean']);
    expect(clean).toMatchObject({ exitCode: 0, stdout: '' });
  });

  it('applies autofixes with --fix and leaves suggestions alone', async ({ expect }) => {
    const scratch = await copySources(dir, `fix-${variant.id}`);
    // With --fix, ESLint reports what is left after fixing: no second run needed.
    const fixed = await eslintJson(dir, ['--fix', path.relative(dir, path.join(scratch, 'src'))]);
    expect(fixed.exitCode).toBe(1);

    const fixable = recommendedRules.filter(([ruleId]) => plugin.rules[ruleNameOf(ruleId)]?.fixable === true);
    for (const [ruleId] of recommendedRules) {
      const file = fixtureFileOf(ruleNameOf(ruleId));
      const after = await readText(path.join(scratch, file));
      const expected = EXPECTED_FIXES[ruleNameOf(ruleId)];
      if (fixable.some(([id]) => id === ruleId)) {
        // A fixable rule needs a stated expectation: the fixture must change.
        expect(expected, `EXPECTED_FIXES entry for ${ruleId}`).toBeDefined();
        expect(after).toContain(expected);
      } else {
        expect(after, ruleId).toBe(FIXTURE_SOURCES[file]);
      }
    }

    const remaining = findingsOf(fixed.results, scratch);
    for (const [ruleId] of fixable) {
      expect(remaining.filter(finding => finding.ruleId === ruleId), ruleId).toEqual([]);
    }
    // The suggestion was offered, not applied: the switch is still reported.
    expect(remaining.filter(finding => finding.ruleId === 'ivs-stage/exhaustive-error-switch')).toHaveLength(1);
  });
});
