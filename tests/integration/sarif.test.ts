// GitHub code scanning: the SARIF formatter's output of a consumer run holds
// the plugin's findings, with rule ids and help links to the rule docs.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { consumerDir, plugin, recommendedRules, ruleNameOf } from './consumer.js';
import { fixtureFileOf } from './fixture-app.js';
import { eslint, PRIMARY_VARIANT } from './harness.js';

interface Sarif {
  runs: {
    tool: { driver: { name: string; rules?: { id: string; helpUri?: string }[] } };
    results: {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

const dir = consumerDir(PRIMARY_VARIANT);

describe('SARIF for GitHub code scanning', () => {
  it('holds every recommended rule’s findings, with help URIs at the docs pages', async () => {
    const output = path.join(dir, 'scratch', 'eslint.sarif');
    await mkdir(path.dirname(output), { recursive: true });
    const result = await eslint(dir, ['--format', '@microsoft/eslint-formatter-sarif', '--output-file', output, 'src']);
    expect(result.exitCode, result.stderr).toBe(1);
    const sarif = JSON.parse(await readFile(output, 'utf8')) as Sarif;
    const [run] = sarif.runs;
    expect(run?.tool.driver.name).toBe('ESLint');
    const driverRules = new Map((run?.tool.driver.rules ?? []).map(rule => [rule.id, rule]));

    for (const [ruleId, severity] of recommendedRules) {
      const docsUrl = plugin.rules[ruleNameOf(ruleId)]?.docsUrl;
      expect(docsUrl, ruleId).toMatch(new RegExp(`/docs/rules/${ruleNameOf(ruleId)}\\.md$`));
      expect(driverRules.get(ruleId)?.helpUri, ruleId).toBe(docsUrl);
      const findings = (run?.results ?? []).filter(finding => finding.ruleId === ruleId);
      expect(findings.length, ruleId).toBeGreaterThan(0);
      expect(new Set(findings.map(finding => finding.level)), ruleId).toEqual(
        new Set([severity === 'error' ? 'error' : 'warning']),
      );
      const uris = findings.flatMap(finding => finding.locations.map(location => location.physicalLocation.artifactLocation.uri));
      expect(uris.some(uri => uri.endsWith(fixtureFileOf(ruleNameOf(ruleId)))), ruleId).toBe(true);
    }
  });
});
