// The plugin object users import: meta, rules, flat configs, and the built
// package loaded through both `import` and `require`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';
import plugin from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const ruleNames = Object.keys(rules);

describe('plugin meta', () => {
  it('takes its name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('exports every rule', () => {
    expect(plugin.rules).toBe(rules);
  });
});

describe.each(ruleNames)('rule %s', name => {
  const rule = rules[name as keyof typeof rules];

  it('is a type-aware problem rule with a one-line description', () => {
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.docs?.requiresTypeChecking).toBe(true);
    expect(rule.meta.docs?.description).toMatch(/^(Require|Disallow|Enforce) [^\n]+[^.]$/);
  });

  it('links to its docs page, which exists', () => {
    expect(rule.meta.docs?.url).toBe(
      `https://github.com/eslint-plugin-ivs-stage/eslint-plugin-ivs-stage/blob/main/docs/rules/${name}.md`,
    );
    expect(existsSync(path.join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
  });
});

describe('configs', () => {
  const { recommended, strict } = plugin.configs;

  it('recommended registers the plugin for TypeScript files only and sets no parser', () => {
    expect(recommended.name).toBe('ivs-stage/recommended');
    expect(recommended.files).toEqual(['**/*.{ts,tsx,mts,cts}']);
    expect(strict.files).toEqual(recommended.files);
    expect(recommended.plugins).toEqual({ 'ivs-stage': plugin });
    expect(recommended).not.toHaveProperty('languageOptions');
  });

  it('recommended-js is the same rules for JavaScript files', () => {
    const javascript = plugin.configs['recommended-js'];
    expect(javascript.name).toBe('ivs-stage/recommended-js');
    expect(javascript.files).toEqual(['**/*.{js,jsx,mjs,cjs}']);
    expect(javascript.plugins).toEqual({ 'ivs-stage': plugin });
    expect(javascript.rules).toEqual(recommended.rules);
    expect(javascript).not.toHaveProperty('languageOptions');
  });

  it('recommended turns on each recommended rule at its documented severity', () => {
    const expected = Object.fromEntries(
      Object.entries(rules).flatMap(([name, rule]) => {
        const level = rule.meta.docs?.recommended;
        return level ? [[`ivs-stage/${name}`, level]] : [];
      }),
    );
    expect(recommended.rules).toEqual(expected);
    expect(recommended.rules).toHaveProperty('ivs-stage/exhaustive-error-switch', 'error');
  });

  it('strict turns on every rule at error and requires every member in switches', () => {
    expect(Object.keys(strict.rules ?? {}).sort()).toEqual(ruleNames.map(name => `ivs-stage/${name}`).sort());
    for (const entry of Object.values(strict.rules ?? {})) {
      expect(Array.isArray(entry) ? entry[0] : entry).toBe('error');
    }
    expect(strict.rules?.['ivs-stage/exhaustive-error-switch']).toEqual(['error', { require: 'all' }]);
    expect(strict.rules?.['ivs-stage/require-error-listener']).toEqual(['error', { connections: true }]);
  });
});

describe('the built package', () => {
  // `npm test` builds dist/ before the suite runs.
  const load = (script: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim();

  it('is the plugin itself through import', () => {
    expect(
      load(`import p from 'eslint-plugin-ivs-stage'; console.log(p.meta.name, Object.keys(p.configs).join(','), Object.keys(p.rules).length)`),
    ).toBe(`eslint-plugin-ivs-stage recommended,recommended-js,strict ${String(ruleNames.length)}`);
  });

  it('is the plugin itself through require', () => {
    expect(
      load(
        `import { createRequire } from 'node:module'; const p = createRequire(import.meta.url)('eslint-plugin-ivs-stage'); console.log(p.meta.name, p.configs.recommended.name)`,
      ),
    ).toBe('eslint-plugin-ivs-stage ivs-stage/recommended');
  });
});
