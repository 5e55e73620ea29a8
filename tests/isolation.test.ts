// Rules never touch the file system or the network, and keep no state across
// files: the same files linted in different orders give identical results.
import childProcess from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

import { ESLint, type Linter, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';

import plugin from '../src/index.js';
import { generateProgram } from './fuzz/generate.js';
import { FIXTURES_DIR } from './rule-tester.js';

const ORDER_DIR = path.join(FIXTURES_DIR, 'order');
const ORDER_FILES = ['shared.ts', 'switch.ts', 'retry.ts', 'listener.ts', 'plain.ts'];

function createEslint(cwd: string, lintedPlugin: typeof plugin): ESLint {
  const everyRuleOn: Linter.RulesRecord = Object.fromEntries(
    Object.keys(lintedPlugin.rules ?? {}).map(name => [`ivs-stage/${name}`, 'error']),
  );
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: cwd },
        },
      },
      { files: ['**/*.ts'], plugins: { 'ivs-stage': lintedPlugin }, rules: everyRuleOn },
    ],
  });
}

describe('no file system or network access from rule code', () => {
  // Node modules a rule could reach the outside world through. TypeScript reads
  // files while typescript-eslint builds the program, before any rule runs, so
  // calls are only counted while the plugin's own code is on the stack: inside a
  // rule's create() or one of its listeners (wrapped below).
  const modules: Record<string, object> = {
    fs,
    'fs.promises': fs.promises,
    net,
    http,
    https,
    child_process: childProcess,
  };
  let inRule = 0;
  const calls: string[] = [];

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function spyOnModules(): number {
    let spied = 0;
    for (const [moduleName, moduleObject] of Object.entries(modules)) {
      const record = moduleObject as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const value = record[key];
        // Functions only, and not classes (`net.Socket`), whose `new` a spy would change.
        if (typeof value !== 'function' || !/^[a-z]/.test(key)) {
          continue;
        }
        const original = value as (...args: unknown[]) => unknown;
        try {
          vi.spyOn(record as Record<string, (...args: unknown[]) => unknown>, key).mockImplementation(
            function (this: unknown, ...args: unknown[]) {
              if (inRule > 0) {
                calls.push(`${moduleName}.${key}`);
              }
              return original.apply(this, args);
            },
          );
          spied++;
        } catch {
          // A few properties are read-only getters; nothing in them does I/O on its own.
        }
      }
    }
    return spied;
  }

  function whileInRule<T>(run: () => T): T {
    inRule++;
    try {
      return run();
    } finally {
      inRule--;
    }
  }

  /** The plugin with each rule's create() and every listener marked as rule code. */
  function instrumented(): typeof plugin {
    const wrappedRules = Object.fromEntries(
      Object.entries(plugin.rules ?? {}).map(([name, rule]) => {
        const wrapped: Rule.RuleModule = {
          ...rule,
          create(context) {
            const listeners: Record<string, ((...args: unknown[]) => unknown) | undefined> = whileInRule(() =>
              rule.create(context),
            );
            return Object.fromEntries(
              Object.entries(listeners).map(([selector, listener]) => [
                selector,
                (...args: unknown[]) => whileInRule(() => listener?.(...args)),
              ]),
            );
          },
        };
        return [name, wrapped];
      }),
    );
    return { ...plugin, rules: wrappedRules };
  }

  it('no fs, net, http, https or child_process call while any rule runs, over SDK-heavy code', async () => {
    const eslint = createEslint(FIXTURES_DIR, instrumented());
    const programs = [1, 2, 3, 4, 5, 6].map(seed => generateProgram(seed).code);
    // Build the program once before spying, so that the spies see the steady state too.
    await eslint.lintText(programs[0] ?? '', { filePath: path.join(FIXTURES_DIR, 'file.ts') });

    expect(spyOnModules()).toBeGreaterThan(50);
    let reports = 0;
    for (const code of programs) {
      const [result] = await eslint.lintText(code, { filePath: path.join(FIXTURES_DIR, 'file.ts') });
      reports += result?.messages.filter(message => message.ruleId?.startsWith('ivs-stage/')).length ?? 0;
    }
    // Proves the wrappers ran rule code and the spies see calls made from it.
    expect(reports).toBeGreaterThan(10);
    whileInRule(() => fs.existsSync(FIXTURES_DIR));
    expect(calls).toEqual(['fs.existsSync']);
  });
});

describe('no state across files', () => {
  interface Finding {
    file: string;
    messages: Pick<Linter.LintMessage, 'column' | 'line' | 'message' | 'ruleId' | 'fix' | 'suggestions'>[];
  }

  async function lintInOrder(eslint: ESLint, order: readonly string[]): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const file of order) {
      const filePath = path.join(ORDER_DIR, file);
      const [result] = await eslint.lintText(fs.readFileSync(filePath, 'utf8'), { filePath });
      findings.push({
        file,
        messages: (result?.messages ?? []).map(({ column, line, message, ruleId, fix, suggestions }) => ({
          column,
          line,
          message,
          ruleId,
          fix,
          suggestions,
        })),
      });
    }
    return findings.sort((a, b) => a.file.localeCompare(b.file));
  }

  it('the same findings in any order, with one ESLint instance and with fresh ones', async () => {
    const orders = [
      ORDER_FILES,
      [...ORDER_FILES].reverse(),
      ['plain.ts', 'retry.ts', 'shared.ts', 'listener.ts', 'switch.ts'],
      // A file linted twice in one run, with others between.
      ['switch.ts', 'retry.ts', 'switch.ts', 'shared.ts', 'listener.ts', 'plain.ts'],
    ];
    const shared = createEslint(ORDER_DIR, plugin);
    const baseline = await lintInOrder(createEslint(ORDER_DIR, plugin), ORDER_FILES);
    // Every rule reports somewhere, so that identical results mean something.
    const ruleIds = new Set(baseline.flatMap(({ messages }) => messages.map(({ ruleId }) => ruleId)));
    expect([...ruleIds].sort()).toEqual(Object.keys(plugin.rules ?? {}).map(name => `ivs-stage/${name}`).sort());
    expect(baseline.find(({ file }) => file === 'plain.ts')?.messages).toEqual([]);

    for (const order of orders) {
      const once = await lintInOrder(shared, order);
      const fresh = await lintInOrder(createEslint(ORDER_DIR, plugin), order);
      // The repeated file appears twice: both must equal the baseline's.
      const expected = order.map(file => baseline.find(finding => finding.file === file)).sort((a, b) =>
        (a?.file ?? '').localeCompare(b?.file ?? ''),
      );
      expect(once, order.join(' → ')).toEqual(expected);
      expect(fresh, order.join(' → ')).toEqual(expected);
    }
  });

  it('lintFiles over the folder gives the same findings as file-by-file linting', async () => {
    const results = await createEslint(ORDER_DIR, plugin).lintFiles(['.']);
    const byFile = results
      .map(result => ({
        file: path.basename(result.filePath),
        messages: result.messages.map(({ column, line, message, ruleId, fix, suggestions }) => ({
          column,
          line,
          message,
          ruleId,
          fix,
          suggestions,
        })),
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(byFile).toEqual(await lintInOrder(createEslint(ORDER_DIR, plugin), [...ORDER_FILES].reverse()));
  });
});
