// What `npm pack` publishes: the right files, a package.json whose exports and
// types resolve (publint, Are the Types Wrong?), and the README's config snippet.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { consumerDir, packedFiles, plugin, tarball } from './consumer.js';
import { PRIMARY_VARIANT, README_CONFIG_SNIPPET, REPO_ROOT, run } from './harness.js';

const installed = path.join(consumerDir(PRIMARY_VARIANT), 'node_modules', 'eslint-plugin-ivs-stage');

function bin(name: string): string {
  return path.join(REPO_ROOT, 'node_modules', '.bin', name);
}

describe('the packed package', () => {
  it('holds the build, README, LICENSE and a docs page per rule', () => {
    const required = [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      ...Object.keys(plugin.rules).map(rule => `docs/rules/${rule}.md`),
    ];
    for (const file of required) {
      expect(packedFiles, file).toContain(file);
    }
  });

  it('holds nothing else: no tests, examples, bench or TypeScript sources', () => {
    const allowed = /^(?:dist\/|docs\/|package\.json$|README\.md$|LICENSE$)/;
    expect(packedFiles.filter(file => !allowed.test(file))).toEqual([]);
    expect(packedFiles.filter(file => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('has no source map that points at a file outside the package', async () => {
    for (const map of packedFiles.filter(file => file.endsWith('.map'))) {
      const { sources } = JSON.parse(await readFile(path.join(installed, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        expect(existsSync(path.resolve(path.dirname(path.join(installed, map)), source)), `${map} → ${source}`).toBe(
          true,
        );
      }
    }
  });

  it('passes publint', async () => {
    const result = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: REPO_ROOT });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  });

  it('passes Are the Types Wrong? as the ESM-only package it is', async () => {
    // esm-only: `require()` of the plugin works through Node's require(esm)
    // (tested with a .cjs config), which attw's CommonJS check does not model.
    const result = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], {
      cwd: REPO_ROOT,
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  });
});

describe('README', () => {
  it('shows the exact config the consumer tests use', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(README_CONFIG_SNIPPET);
  });
});
