// The repo's own lint config guards src/ against deciding identity by source
// text: a RegExp built from a name, or comparing what getText() prints. The
// `no-restricted-syntax` entry of eslint.config.js, as it applies to a rule file,
// run on small snippets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const REASON =
  'Identity comes from scope analysis (ASTUtils.findVariable) and the type checker, never from source text: ';

const DECLARATIONS = `
declare const sourceCode: { getText(node?: unknown): string };
declare const node: { getText(): string } | undefined;
declare const a: unknown, b: unknown, name: string, text: string;
declare function getText(node: unknown): string;
declare function report(message: string): void;
`;

async function configuredEntry(file: string): Promise<Linter.RuleEntry | undefined> {
  const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(file)) as Linter.Config;
  return config.rules?.['no-restricted-syntax'];
}

let entry: Linter.RuleEntry | undefined;
const linter = new Linter({ configType: 'flat' });

function messagesOf(code: string): string[] {
  if (!entry) {
    throw new Error('eslint.config.js sets no no-restricted-syntax for src/');
  }
  return linter
    .verify(
      DECLARATIONS + code,
      [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-syntax': entry } }],
      path.join(ROOT, 'src/rules/snippet.ts'),
    )
    .map(message => {
      expect(message.fatal, message.message).toBeUndefined();
      return message.message;
    });
}

describe('the self-lint guard against identity from source text', () => {
  beforeAll(async () => {
    entry = await configuredEntry('src/rules/no-retry-on-fatal-error.ts');
  });

  it('applies to every file under src/', async () => {
    expect(entry).toBeDefined();
    expect(await configuredEntry('src/analysis/stage-tracking/index.ts')).toEqual(entry);
  });

  it.each([
    ['new RegExp(`\\\\b${name}\\\\b`).test(text);'],
    ['new RegExp(name);'],
    ["new RegExp('^' + name + '$', 'u');"],
    ['RegExp(name);'],
  ])('flags a RegExp built from a name: %s', code => {
    const [message, ...more] = messagesOf(code);
    expect(more).toEqual([]);
    expect(message).toContain(`${REASON}a RegExp built from a name`);
  });

  it.each([
    ['if (sourceCode.getText(a) === sourceCode.getText(b)) report(text);'],
    ['if (sourceCode.getText(a) !== text) report(text);'],
    ['if (text === sourceCode.getText(a)) report(text);'],
    ['if (getText(a) == getText(b)) report(text);'],
    ["if (node?.getText() != 'stage') report(text);"],
  ])('flags comparing what getText() prints: %s', code => {
    const [message, ...more] = messagesOf(code);
    expect(more).toEqual([]);
    expect(message).toContain(`${REASON}two nodes that print alike`);
  });

  it.each([
    // getText() for a message or a label
    ['report(`${sourceCode.getText(a)}()`);'],
    ['const label = sourceCode.getText(a); report(`new ${label}()`);'],
    ['report(sourceCode.getText(a).split("(")[0] ?? "new Stage");'],
    // a RegExp from a literal
    ["new RegExp('^\\\\$?[A-Z]', 'u').test(name);"],
    ['new RegExp(`^[a-z]+$`).test(name);'],
    ['/\\bstage\\b/u.test(text);'],
    // comparing names that are not getText() results
    ['if (name === text) report(name);'],
  ])('leaves ordinary code alone: %s', code => {
    expect(messagesOf(code)).toEqual([]);
  });

  it('does not apply outside src/', async () => {
    expect(await configuredEntry('tests/lint.ts')).toBeUndefined();
  });
});
