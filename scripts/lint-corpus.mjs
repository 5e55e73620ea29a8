// Lints TypeScript nobody wrote for these rules (the .ts/.d.ts files shipped in
// this project's node_modules, copied into a temporary typed project) with every
// rule on, and fails if any rule crashes. Bounded by a file cap and a time budget.
//
//   npm run build && npm run test:corpus
//   CORPUS_MAX_FILES=500 CORPUS_BUDGET_SECONDS=60 npm run test:corpus
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CONSUMER_TSCONFIG = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'consumer-tsconfig.json'), 'utf8'));
const MAX_FILES = Number(process.env.CORPUS_MAX_FILES ?? 3000);
const MAX_FILE_BYTES = Number(process.env.CORPUS_MAX_FILE_BYTES ?? 200_000);
const BUDGET_MS = Number(process.env.CORPUS_BUDGET_SECONDS ?? 180) * 1000;
// Files per lintFiles call: small enough that the budget is checked often.
const CHUNK = 100;
const TYPESCRIPT_FILE = /\.(?:ts|tsx|mts|cts)$/;

const started = Date.now();
const distEntry = path.join(ROOT, 'dist/src/index.js');
if (!fs.existsSync(distEntry)) {
  console.error('lint-corpus: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const { default: plugin } = await import(distEntry);

/** Every TypeScript file under `dir`, sorted so that runs are repeatable; symlinks are not followed. */
function typescriptFiles(dir) {
  const found = [];
  const walk = current => {
    const entries = fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && TYPESCRIPT_FILE.test(entry.name)) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

/** The package a file belongs to: `name` or `@scope/name`, the first one under node_modules. */
function packageOf(relative) {
  const parts = relative.split(path.sep);
  return parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
}

/** One file of each package in turn, so that a time budget still reaches every package. */
function roundRobin(files) {
  const byPackage = new Map();
  for (const file of files) {
    const name = packageOf(path.relative(sourceModules, file));
    byPackage.set(name, [...(byPackage.get(name) ?? []), file]);
  }
  const queues = [...byPackage.values()];
  const order = [];
  for (let round = 0; order.length < files.length; round++) {
    for (const queue of queues) {
      if (round < queue.length) {
        order.push(queue[round]);
      }
    }
  }
  return order;
}

/** Where a file's copy goes; a `.d.ts` beside its own `.ts` is renamed, since TypeScript would leave it out of the program. */
function copyPath(file) {
  const target = path.join(sourceDir, path.relative(sourceModules, file));
  const source = file.replace(/\.d\.(ts|mts|cts)$/, '.$1');
  return source !== file && fs.existsSync(source) ? target.replace(/\.d\.(ts|mts|cts)$/, '.declarations.d.$1') : target;
}

const sourceModules = path.join(ROOT, 'node_modules');
const candidates = typescriptFiles(sourceModules);
const sized = candidates.filter(file => fs.statSync(file).size <= MAX_FILE_BYTES);
const chosen = roundRobin(sized).slice(0, MAX_FILES);

// The temporary project: the copies under src/, and the real node_modules beside
// them so that their imports (the SDK among them) resolve to real types.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ivs-stage-corpus-'));
const sourceDir = path.join(project, 'src');
const copies = chosen.map(copyPath);
for (const [index, file] of chosen.entries()) {
  const target = copies[index];
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file, target);
}
fs.symlinkSync(sourceModules, path.join(project, 'node_modules'), 'dir');
fs.writeFileSync(
  path.join(project, 'tsconfig.json'),
  JSON.stringify({
    ...CONSUMER_TSCONFIG,
    // Code shipped in node_modules: not all of it written under `strict`, some of
    // it .tsx, some of it importing files with other extensions.
    compilerOptions: { ...CONSUMER_TSCONFIG.compilerOptions, strict: false, jsx: 'preserve', allowArbitraryExtensions: true },
  }),
);

const everyRuleOn = Object.fromEntries(Object.keys(plugin.rules).map(name => [`ivs-stage/${name}`, 'error']));
const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx,mts,cts}'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: { projectService: true, tsconfigRootDir: project },
      },
      // The corpus's own eslint-disable comments name rules this config does not have.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
    plugin.configs.recommended,
    {
      rules: everyRuleOn,
      // Bare type names match any Stage or StageErrorCode of the corpus too, and
      // (not being package specifiers) switch the whole-file gate off: every rule
      // then runs on every file, not only on the few that import the SDK.
      settings: {
        'ivs-stage': {
          errorCodeTypes: [{ from: 'package', package: 'amazon-ivs-web-broadcast', name: 'StageErrorCode' }, 'StageErrorCode'],
          stageTypes: [{ from: 'package', package: 'amazon-ivs-web-broadcast', name: 'Stage' }, 'Stage'],
        },
      },
    },
  ],
});

const crashes = [];
const parseErrors = [];
const untyped = [];
const reportsByRule = new Map();
let linted = 0;
let stoppedEarly = false;

for (let index = 0; index < copies.length; index += CHUNK) {
  if (Date.now() - started > BUDGET_MS) {
    stoppedEarly = true;
    break;
  }
  const chunk = copies.slice(index, index + CHUNK);
  let results;
  try {
    results = await eslint.lintFiles(chunk);
  } catch {
    // A rule that throws stops the whole lintFiles call: find the file(s) one by one.
    results = [];
    for (const file of chunk) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        crashes.push(`${path.relative(project, file)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }
  for (const result of results) {
    linted++;
    const where = path.relative(project, result.filePath);
    for (const message of result.messages) {
      if (message.fatal) {
        // A file TypeScript cannot parse is the corpus's business; any other fatal message is a crash.
        (message.message.startsWith('Parsing error') ? parseErrors : crashes).push(`${where}:${String(message.line)} ${message.message}`);
      } else if (message.messageId === 'missingTypeInformation') {
        untyped.push(where);
      } else if (message.ruleId !== null) {
        reportsByRule.set(message.ruleId, (reportsByRule.get(message.ruleId) ?? 0) + 1);
      }
    }
  }
}

fs.rmSync(project, { recursive: true, force: true });

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `lint-corpus: ${String(candidates.length)} TypeScript files in node_modules, ${String(candidates.length - sized.length)} over ${String(MAX_FILE_BYTES)} bytes skipped, ${String(chosen.length)} copied, ${String(linted)} linted in ${seconds} s${stoppedEarly ? ' (time budget reached)' : ''}`,
);
console.log(
  `lint-corpus: reports ${JSON.stringify(Object.fromEntries(reportsByRule))}, ${String(parseErrors.length)} files TypeScript cannot parse, ${String(untyped.length)} without type information`,
);
for (const line of [...parseErrors, ...untyped].slice(0, 10)) {
  console.log(`  note: ${line}`);
}
if (linted === 0) {
  console.error('lint-corpus: no file was linted');
  process.exit(1);
}
if (untyped.length > 0 || crashes.length > 0) {
  for (const crash of crashes) {
    console.error(`CRASH ${crash}`);
  }
  if (untyped.length > 0) {
    console.error('lint-corpus: some copies had no type information: the temporary project is miswired.');
  }
  console.error(`lint-corpus: ${String(crashes.length)} rule crashes`);
  process.exit(1);
}
console.log('lint-corpus: no rule crashed');
