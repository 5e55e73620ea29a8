// The integration harness: builds and packs the plugin, creates throwaway
// consumer projects that install the tarball like a user would, and runs the
// real ESLint CLI in them.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { FIXTURE_SOURCES, CLEAN_SOURCES, CONSUMER_TSCONFIG } from './fixture-app.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The config users copy from the README's "Usage" section. The consumer's
 * `eslint.config.mjs` is exactly this text, and a test checks the README holds it.
 */
export const README_CONFIG_SNIPPET = `// eslint.config.mjs
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import ivsStage from 'eslint-plugin-ivs-stage';

export default defineConfig(
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ivsStage.configs.recommended,
);
`;

/** The same setup for users on CommonJS configs: the plugin must work through `require`. */
export const CJS_CONFIG = `// eslint.config.cjs
const { defineConfig } = require('eslint/config');
const tseslint = require('typescript-eslint');
const ivsStage = require('eslint-plugin-ivs-stage');

module.exports = defineConfig(
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
  },
  ivsStage.configs.recommended,
);
`;

export const SDK_VERSION = '1.41.0';
export const TYPESCRIPT_ESLINT_VERSION = '8.72.0';
export const SARIF_FORMATTER_VERSION = '3.1.0';
export const LANGUAGE_SERVERS_VERSION = '4.10.0';

export interface Variant {
  id: string;
  eslint: string;
  typescript: string;
  /** The main variant also gets the SARIF formatter and the language server. */
  primary: boolean;
}

// ESLint 10 + TS 6 is what a new user installs today; ESLint 9 is still
// supported by the peer range; 5.4 is the lowest TypeScript in the peer range.
export const PRIMARY_VARIANT: Variant = { id: 'eslint10-ts6', eslint: '10.15.0', typescript: '6.0.3', primary: true };

export const VARIANTS: readonly Variant[] = [
  PRIMARY_VARIANT,
  { id: 'eslint9-ts6', eslint: '9.39.5', typescript: '6.0.3', primary: false },
  { id: 'eslint10-ts5.4', eslint: '10.15.0', typescript: '5.4.5', primary: false },
];

/** What the installed plugin says about itself, read in a consumer process. */
export interface PluginFacts {
  /** `configs.recommended.rules`, e.g. `{ 'ivs-stage/exhaustive-error-switch': 'error' }`. */
  recommended: Record<string, 'error' | 'warn'>;
  rules: Record<string, { fixable: boolean; hasSuggestions: boolean; docsUrl: string }>;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never rejects on a non-zero exit, the tests judge that. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', code => {
      resolve({ exitCode: code ?? -1, stdout, stderr });
    });
  });
}

async function runOrThrow(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  const result = await run(command, args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${String(result.exitCode)}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/**
 * The environment for child npm processes. `npm test` exports `npm_*`
 * variables (prefix, package name, lifecycle) that would make a nested npm
 * act on this repository instead of the consumer.
 */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
  );
}

// POSIX only, like the CI this runs on: Windows would need a shell for npm.cmd.
const npmCommand = 'npm';

/** Builds `dist/` and packs the plugin once; returns the tarball path and its file list. */
export async function buildAndPack(destination: string): Promise<{ tarball: string; files: string[] }> {
  await runOrThrow(npmCommand, ['run', 'build'], { cwd: REPO_ROOT, env: npmEnv() });
  const { stdout } = await runOrThrow(npmCommand, ['pack', '--json', '--pack-destination', destination], {
    cwd: REPO_ROOT,
    env: npmEnv(),
  });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!packed) {
    throw new Error(`npm pack printed no package: ${stdout}`);
  }
  return {
    tarball: path.join(destination, packed.filename),
    files: packed.files.map(file => file.path),
  };
}

/** Writes the sources of the consumer app (findings + clean code) under `dir`. */
export async function writeConsumerSources(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'tsconfig.json'), `${JSON.stringify(CONSUMER_TSCONFIG, null, 2)}\n`);
  for (const [file, text] of Object.entries({ ...FIXTURE_SOURCES, ...CLEAN_SOURCES })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

/** Creates and installs one consumer project; it is reused by every test of the run. */
export async function createConsumer(dir: string, tarball: string, variant: Variant): Promise<void> {
  await mkdir(dir, { recursive: true });
  const devDependencies: Record<string, string> = {
    'amazon-ivs-web-broadcast': SDK_VERSION,
    eslint: variant.eslint,
    'eslint-plugin-ivs-stage': `file:${tarball}`,
    typescript: variant.typescript,
    'typescript-eslint': TYPESCRIPT_ESLINT_VERSION,
  };
  if (variant.primary) {
    devDependencies['@microsoft/eslint-formatter-sarif'] = SARIF_FORMATTER_VERSION;
    devDependencies['vscode-langservers-extracted'] = LANGUAGE_SERVERS_VERSION;
  }
  const packageJson = { name: `consumer-${variant.id}`, private: true, type: 'module', devDependencies };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  await writeFile(path.join(dir, 'eslint.config.mjs'), README_CONFIG_SNIPPET);
  await writeConsumerSources(dir);
  // A kept consumer (see global-setup) holds an older tarball under the same
  // name: drop it and its lock entry so npm installs the fresh one.
  await rm(path.join(dir, 'package-lock.json'), { force: true });
  await rm(path.join(dir, 'node_modules', 'eslint-plugin-ivs-stage'), { recursive: true, force: true });
  await runOrThrow(npmCommand, ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    env: npmEnv(),
  });
}

/** Reads rule facts from the plugin as installed in the consumer, never from a hand list. */
export async function readPluginFacts(consumerDir: string): Promise<PluginFacts> {
  const script = `
    import plugin from 'eslint-plugin-ivs-stage';
    const rules = {};
    for (const [name, rule] of Object.entries(plugin.rules)) {
      rules[name] = {
        fixable: Boolean(rule.meta.fixable),
        hasSuggestions: Boolean(rule.meta.hasSuggestions),
        docsUrl: rule.meta.docs.url,
      };
    }
    console.log(JSON.stringify({ recommended: plugin.configs.recommended.rules, rules }));
  `;
  const { stdout } = await runOrThrow(process.execPath, ['--input-type=module', '-e', script], {
    cwd: consumerDir,
  });
  return JSON.parse(stdout) as PluginFacts;
}

/** One message of ESLint's JSON formatter. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

/**
 * Vitest gives the integration files one worker on two cores, so tests run
 * concurrently inside a file instead; ESLint processes are CPU-bound, so no
 * more of them run at once than there are cores.
 */
const slots = { free: Math.max(1, os.availableParallelism()), waiting: [] as (() => void)[] };

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (slots.free > 0) {
    slots.free--;
  } else {
    // The releasing task hands its slot over directly (see finally).
    await new Promise<void>(resolve => slots.waiting.push(resolve));
  }
  try {
    return await task();
  } finally {
    const next = slots.waiting.shift();
    if (next) {
      next();
    } else {
      slots.free++;
    }
  }
}

/** Runs the consumer's own `eslint` binary. */
export function eslint(cwd: string, args: readonly string[], consumerDir = cwd): Promise<ProcessResult> {
  const bin = path.join(consumerDir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  return withSlot(() => run(process.execPath, [bin, ...args], { cwd }));
}

/** A value computed once, on first use, and shared by the tests that need it. */
export function lazy<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/** Runs `eslint --format json` and parses it; a crash (exit 2) throws with ESLint's output. */
export async function eslintJson(
  cwd: string,
  args: readonly string[],
  consumerDir = cwd,
): Promise<{ exitCode: number; results: LintResult[] }> {
  const result = await eslint(cwd, ['--format', 'json', ...args], consumerDir);
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    throw new Error(`eslint exited ${String(result.exitCode)}\n${result.stdout}\n${result.stderr}`);
  }
  return { exitCode: result.exitCode, results: JSON.parse(result.stdout) as LintResult[] };
}

/** A findings list that does not depend on where the project lives or how long it took. */
export function findingsOf(
  results: readonly LintResult[],
  root: string,
): { file: string; ruleId: string | null; severity: number; line: number; column: number; message: string }[] {
  return results
    .flatMap(result =>
      result.messages.map(message => ({
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        ruleId: message.ruleId,
        severity: message.severity,
        line: message.line,
        column: message.column,
        message: message.message,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Copies the consumer's sources into a fresh sub-project, for runs that write files. */
export async function copySources(consumerDir: string, name: string): Promise<string> {
  const dir = path.join(consumerDir, 'scratch', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(consumerDir, 'src'), path.join(dir, 'src'), { recursive: true });
  await cp(path.join(consumerDir, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return dir;
}

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

/** 1-based line and column of the first occurrence of `needle`, as ESLint reports them. */
export function locate(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) {
    throw new Error(`${needle} not in fixture`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
