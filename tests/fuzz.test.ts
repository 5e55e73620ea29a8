// Fuzzing: seeded random programs linted with every rule on through ESLint's API.
// No rule may throw, every report has a location, `--fix` keeps the code parsing
// and type-checking no worse and is stable, and every suggestion type-checks no worse.
//
//   FUZZ_SEED=1 FUZZ_PROGRAMS=200 npx vitest run tests/fuzz.test.ts
//
// A failure prints its seed and program: paste the program into the rule's test file.
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { rules } from '../src/rules/index.js';
import { generateProgram, type GeneratedProgram } from './fuzz/generate.js';
import { typeErrorsOfEach } from './fuzz/type-check-many.js';
import { lintWithPlugin } from './lint.js';

const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
// About ten units per program: ~700 generated forms, within a minute on two cores.
const PROGRAMS = Number(process.env.FUZZ_PROGRAMS ?? 70);

const RULE_NAMES = Object.keys(rules).map(name => `ivs-stage/${name}`);

// Every rule on, with each option of the one rule that has options taking turns.
const OPTION_VARIANTS = (
  [
    {},
    { 'ivs-stage/exhaustive-error-switch': ['error', { require: 'all' }] },
    { 'ivs-stage/exhaustive-error-switch': ['error', { allowDefaultForFatal: true }] },
  ] satisfies Linter.RulesRecord[]
).map(variant => ({ ...Object.fromEntries(RULE_NAMES.map(name => [name, 'error'])), ...variant }) as Linter.RulesRecord);

/** What the whole run saw, so that a generator that stopped exercising the rules fails. */
const stats = {
  programs: 0,
  typeClean: 0,
  fixed: 0,
  suggestions: 0,
  reportsByRule: new Map<string, number>(),
};

// Reclassified members on every fifth seed (coprime with the option variants).
const SETTINGS_VARIANTS: Record<string, unknown>[] = [
  {},
  {},
  {},
  {},
  { 'ivs-stage': { codes: { FAILED: 'retryable', TIMEOUT: 'terminal', TOKEN_EXPIRED: 'retryable' } } },
];

interface Variant {
  rules: Linter.RulesRecord;
  settings: Record<string, unknown>;
  /** Every seventh program is linted and type-checked as TSX (the generator writes no `<T>x` casts). */
  filename: 'file.ts' | 'react.tsx';
}

function variantOf(seed: number): Variant {
  return {
    rules: OPTION_VARIANTS[seed % OPTION_VARIANTS.length] ?? {},
    settings: SETTINGS_VARIANTS[seed % SETTINGS_VARIANTS.length] ?? {},
    filename: seed % 7 === 6 ? 'react.tsx' : 'file.ts',
  };
}

function describeProgram({ seed, code }: GeneratedProgram, variant: Variant): string {
  // Raw, between markers, so that it can be pasted into a rule's test file as is.
  return `fuzz seed ${String(seed)} (config ${JSON.stringify(variant)}):\n----- program -----\n${code}\n----- end -----`;
}

function numbered(code: string): string {
  return code
    .split('\n')
    .map((line, index) => `${String(index + 1).padStart(4)} | ${line}`)
    .join('\n');
}

function locationProblems(messages: Linter.LintMessage[]): string[] {
  return messages.flatMap(message => {
    const problems: string[] = [];
    if (message.fatal) {
      problems.push(`fatal: ${message.message}`);
    }
    if (!(Number.isInteger(message.line) && message.line >= 1 && Number.isInteger(message.column) && message.column >= 1)) {
      problems.push(`no location: ${JSON.stringify(message)}`);
    }
    return problems;
  });
}

/** Every problem the seed's program shows; empty when the rules behaved. */
async function check(program: GeneratedProgram, { rules: rulesRecord, settings, filename }: Variant): Promise<string[]> {
  const { code } = program;
  const problems: string[] = [];

  const first = await lintWithPlugin(code, { rules: rulesRecord, settings, filename });
  problems.push(...locationProblems(first.messages));
  const suggested: { label: string; output: string }[] = [];
  for (const message of first.messages) {
    if (message.ruleId !== null) {
      stats.reportsByRule.set(message.ruleId, (stats.reportsByRule.get(message.ruleId) ?? 0) + 1);
    }
    for (const suggestion of message.suggestions ?? []) {
      const [start, end] = suggestion.fix.range;
      suggested.push({
        label: `suggestion "${suggestion.desc}" of ${message.ruleId ?? '?'} at ${String(message.line)}:${String(message.column)}`,
        output: code.slice(0, start) + suggestion.fix.text + code.slice(end),
      });
    }
  }

  // ESLint's fix pass applies the first pass's fixes: without any, it would change nothing.
  let fixedOutput: string | undefined;
  if (first.messages.some(message => message.fix !== undefined)) {
    const fixed = await lintWithPlugin(code, { rules: rulesRecord, settings, filename, fix: true });
    problems.push(...locationProblems(fixed.messages));
    if (fixed.output === undefined || fixed.output === code) {
      problems.push('a fix was reported but --fix changed nothing');
    } else {
      fixedOutput = fixed.output;
      const again = await lintWithPlugin(fixedOutput, { rules: rulesRecord, settings, filename, fix: true });
      problems.push(...locationProblems(again.messages));
      if (again.output !== undefined && again.output !== fixedOutput) {
        problems.push(`a second --fix changes the code again:\n${numbered(again.output)}`);
      }
    }
  }

  // One type-checker for the input and every output of this program.
  const outputs = [...(fixedOutput === undefined ? [] : [{ label: '--fix', output: fixedOutput }]), ...suggested];
  const [before = [], ...after] = typeErrorsOfEach(
    [code, ...outputs.map(({ output }) => output)],
    filename === 'react.tsx' ? 'tsx' : 'ts',
  );
  stats.programs++;
  stats.typeClean += before.length === 0 ? 1 : 0;
  stats.fixed += fixedOutput === undefined ? 0 : 1;
  stats.suggestions += suggested.length;
  outputs.forEach(({ label, output }, index) => {
    const errors = after[index] ?? [];
    if (errors.length > before.length) {
      problems.push(
        `${label} adds type errors (before: ${before.join('; ') || 'none'}):\n${errors.join('\n')}\n--- output:\n${numbered(output)}`,
      );
    }
  });
  return problems;
}

describe('fuzz: generated programs with every rule on', () => {
  for (let index = 0; index < PROGRAMS; index++) {
    const seed = FIRST_SEED + index;
    it(`seed ${String(seed)}`, async () => {
      const program = generateProgram(seed);
      const variant = variantOf(seed);
      let problems: string[];
      try {
        problems = await check(program, variant);
      } catch (error) {
        problems = [`exception: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
      }
      if (problems.length > 0) {
        console.error(`${describeProgram(program, variant)}\n\n${problems.join('\n\n')}`);
      }
      expect(problems, `fuzz seed ${String(seed)}: see the program printed above`).toEqual([]);
    });
  }

  // Guards the fuzzer itself: programs that stopped type-checking, or that no rule
  // reports on, would pass every check above while testing nothing.
  it('the generated programs mostly type-check and exercise every rule, fix and suggestion', () => {
    console.info(
      `fuzz: ${String(stats.programs)} programs from seed ${String(FIRST_SEED)}, ${String(stats.typeClean)} type-clean, ${String(stats.fixed)} changed by --fix, ${String(stats.suggestions)} suggestions applied; reports ${JSON.stringify(Object.fromEntries(stats.reportsByRule))}`,
    );
    expect(stats.programs).toBe(PROGRAMS);
    expect(stats.typeClean / stats.programs).toBeGreaterThan(0.8);
    for (const name of RULE_NAMES) {
      expect(stats.reportsByRule.get(name) ?? 0, name).toBeGreaterThan(PROGRAMS / 20);
    }
    expect(stats.fixed).toBeGreaterThan(PROGRAMS / 10);
    expect(stats.suggestions).toBeGreaterThan(PROGRAMS / 10);
  });
});
