// Where the floor's time goes: lints a corpus in this process with the floor's one
// question (the type of each `.code` read) timed one by one, grouped by whether it is
// the first such question in an ERROR listener (`stage.on(…, (error) => …)`), the first
// in another function, or a later one in the same function.
//
//   node bench/floor-detail.mjs [--modules 500] [--seed 1] [--connected]
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { fileCanSeeSdk } from '../dist/src/sdk/file-gate.js';
import { readSettings } from '../dist/src/sdk/settings.js';
import { corpusDir, generateCorpus } from './generate.mjs';
import { flag, option } from './cli.mjs';

const modules = Number(option('modules', '500'));
const seed = Number(option('seed', '1'));
const variant = flag('connected') ? 'connected' : 'disconnected';

const questions = [];
const timedQuestions = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const services = context.sourceCode.parserServices;
    const file = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
    if (!fileCanSeeSdk(services.program, readSettings(context.settings), file)) {
      return {};
    }
    const asked = new Set();
    return {
      'MemberExpression[property.name="code"]'(node) {
        let fn = node.parent;
        while (fn && !fn.type.includes('Function')) {
          fn = fn.parent;
        }
        const first = !asked.has(fn);
        asked.add(fn);
        const listener =
          fn?.parent?.type === 'CallExpression' && /\.(on|once)$/.test(context.sourceCode.getText(fn.parent.callee));
        const started = performance.now();
        services.getTypeAtLocation(node);
        questions.push({ ms: performance.now() - started, group: !first ? 'later in the same function' : listener ? 'first in an ERROR listener' : 'first in another function' });
      },
    };
  },
};

const dir = corpusDir(modules, seed, variant);
generateCorpus({ modules, seed, dir, variant });
const eslint = new ESLint({
  cwd: path.resolve(dir),
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['src/**/*.ts'],
      languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: path.resolve(dir) } },
      plugins: { detail: { rules: { questions: timedQuestions } } },
      rules: { 'detail/questions': 'error' },
    },
  ],
});
await eslint.lintFiles(['src']);

const [first, ...rest] = questions;
console.log(`${String(modules)} modules (${variant}): ${String(questions.length)} questions, ${questions.reduce((total, question) => total + question.ms, 0).toFixed(1)} ms`);
console.log(`the first of the run: ${first ? first.ms.toFixed(1) : '-'} ms`);
for (const group of ['first in an ERROR listener', 'first in another function', 'later in the same function']) {
  const times = rest.filter(question => question.group === group).map(question => question.ms).sort((a, b) => a - b);
  const at = share => (times[Math.floor(times.length * share)] ?? 0).toFixed(2);
  const total = times.reduce((sum, ms) => sum + ms, 0);
  console.log(`${group}: ${String(times.length)} questions, ${total.toFixed(1)} ms; median ${at(0.5)} ms (p10 ${at(0.1)}, p90 ${at(0.9)})`);
}
