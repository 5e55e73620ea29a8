// The shared RuleTester: typed fixtures under tests/fixtures that import the
// real SDK declarations, run by vitest. Its runs of the rules that must decide
// identity by scope analysis and types also check every case with its locals
// renamed (tests/renaming.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as tsParser from '@typescript-eslint/parser';
import { RuleTester, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import noRetryOnFatalError from '../src/rules/no-retry-on-fatal-error.js';
import requireErrorListener from '../src/rules/require-error-listener.js';
import { lineStarts, offsetOf, positionOf, renameLocals } from './renaming.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/**
 * The rules that must decide which variable a name means by scope analysis and
 * the type checker, never by its text. Every run of one of them, from any test
 * file and under any name, also checks each of its cases with every local renamed
 * (see `describeRenamed`).
 */
const IDENTITY_RULES: ReadonlySet<unknown> = new Set([noRetryOnFatalError, requireErrorListener]);

export function createRuleTester(tsconfigRootDir = FIXTURES_DIR): RuleTester {
  return new IdentityCheckingRuleTester(tsconfigRootDir);
}

class IdentityCheckingRuleTester extends RuleTester {
  readonly #tsconfigRootDir: string;

  constructor(tsconfigRootDir: string) {
    super({
      languageOptions: {
        parserOptions: {
          projectService: true,
          tsconfigRootDir,
        },
      },
    });
    this.#tsconfigRootDir = tsconfigRootDir;
  }

  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(ruleName, rule, tests);
    if (IDENTITY_RULES.has(rule)) {
      describeRenamed(this.#tsconfigRootDir, ruleName, rule, tests);
    }
  }
}

type AnyCase = ValidTestCase<readonly unknown[]> & { errors?: readonly unknown[] | number };

/**
 * The rename property test: each case again with every local of its code renamed
 * (tests/renaming.ts), linted like the original (same options, settings,
 * languageOptions and filename) through one Linter per fixture project. Both must
 * give the same reports: the same messageIds, at the same places once the
 * original positions are moved past the renamed names, with the same texts once
 * the new names in the renamed code's messages are read back as the old ones.
 * And the original must give as many reports as the case expects, so that a
 * renaming that broke the snippet cannot pass by reporting nothing on both sides.
 */
function describeRenamed<MessageIds extends string, Options extends readonly unknown[]>(
  tsconfigRootDir: string,
  ruleName: string,
  rule: RuleModule<MessageIds, Options>,
  tests: RunTests<MessageIds, Options>,
): void {
  const cases: [kind: 'valid' | 'invalid', AnyCase][] = [
    ...tests.valid.map(test => ['valid', typeof test === 'string' ? { code: test } : test] as ['valid', AnyCase]),
    ...tests.invalid.map(test => ['invalid', test] as ['invalid', AnyCase]),
  ];
  describe(`${ruleName}: renamed locals`, () => {
    cases.forEach(([kind, test], index) => {
      const title = `${kind}: ${test.name ?? test.code}`;
      (test.skip ? it.skip : it)(title, () => {
        checkRenamed(tsconfigRootDir, ruleName, rule, kind, test, index);
      });
    });
  });
}

const linters = new Map<string, Linter>();

function checkRenamed(
  tsconfigRootDir: string,
  ruleName: string,
  rule: unknown,
  kind: 'valid' | 'invalid',
  test: AnyCase,
  index: number,
): void {
  const relative = test.filename ?? (test.languageOptions?.parserOptions?.ecmaFeatures?.jsx ? 'react.tsx' : 'file.ts');
  const filename = path.resolve(tsconfigRootDir, relative);
  const renaming = renameLocals(test.code, { filename, keep: [...stringsIn(test.settings), ...stringsIn(test.options)], rotation: index });
  expect(renaming.edits.length, `nothing to rename in\n${test.code}`).toBeGreaterThan(0);

  let linter = linters.get(tsconfigRootDir);
  if (!linter) {
    linter = new Linter({ configType: 'flat', cwd: tsconfigRootDir });
    linters.set(tsconfigRootDir, linter);
  }
  const { parserOptions, ...languageOptions } = test.languageOptions ?? {};
  const config: Linter.Config = {
    files: ['**'],
    languageOptions: {
      parser: tsParser,
      ...(languageOptions as Linter.LanguageOptions),
      parserOptions: {
        projectService: true,
        tsconfigRootDir,
        disallowAutomaticSingleRunInference: true,
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...parserOptions,
      },
    },
    plugins: { renamed: { rules: { [ruleName]: rule as Rule.RuleModule } } },
    rules: { [`renamed/${ruleName}`]: ['error', ...(test.options ?? [])] },
    // As the RuleTester lints: an unused eslint-disable comment is a report too.
    linterOptions: { reportUnusedDisableDirectives: 1 },
    ...(test.settings ? { settings: test.settings } : {}),
  };

  const original = reports(linter.verify(test.code, config, filename), test.code);
  const expected = kind === 'valid' ? 0 : typeof test.errors === 'number' ? test.errors : (test.errors?.length ?? 0);
  expect(original, 'the original code gives the reports the case expects').toHaveLength(expected);

  const renamed = reports(linter.verify(renaming.code, config, filename), renaming.code);
  const where = `renamed code:\n${renaming.code}`;
  expect(
    renamed.map(({ messageId, start, end, message }) =>
      describeReport(renaming.code, messageId, start, end, renaming.restoreNames(message)),
    ),
    where,
  ).toEqual(
    original.map(({ messageId, start, end, message }) =>
      describeReport(
        renaming.code,
        messageId,
        renaming.mapOffset(start, 'start'),
        renaming.mapOffset(end, 'end'),
        message,
      ),
    ),
  );
  if (kind === 'invalid') {
    expect(renamed.length, where).toBeGreaterThan(0);
  }
}

/** Strings anywhere in a case's settings or options: names they refer to by text stay. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).flatMap(stringsIn);
  }
  return [];
}

interface Report {
  messageId: string;
  /** Offsets in the linted code. */
  start: number;
  end: number;
  message: string;
}

function reports(messages: Linter.LintMessage[], code: string): Report[] {
  const fatal = messages.find(message => message.fatal);
  if (fatal) {
    throw new Error(`${fatal.message} (line ${String(fatal.line)}) in\n${code}`);
  }
  const starts = lineStarts(code);
  return messages.map(message => ({
    messageId: message.messageId ?? `(no messageId) ${message.ruleId ?? ''}`,
    start: offsetOf(starts, message.line, message.column),
    end: offsetOf(starts, message.endLine ?? message.line, message.endColumn ?? message.column),
    message: message.message,
  }));
}

/** One line of a readable diff: messageId, place in the renamed code, message. */
function describeReport(code: string, messageId: string, start: number, end: number, message: string): string {
  const starts = lineStarts(code);
  const from = positionOf(starts, start);
  const to = positionOf(starts, end);
  return `${messageId} at ${String(from.line)}:${String(from.column)}-${String(to.line)}:${String(to.column)}: ${message}`;
}

/**
 * How require-error-listener names the failures after join on the installed SDK
 * (1.41: FAILED, STAGE_DELETED and PARTICIPANT_DISCONNECTED, in enum order).
 */
export const FAILURES_AFTER_JOIN = 'a failed connection, a deleted stage or a removed participant';
