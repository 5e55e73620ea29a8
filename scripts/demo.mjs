// `npm run demo`: lint the example app in examples/ with the built plugin
// through the ESLint CLI, exactly as a user's project would, and show the findings.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// eslint's `exports` hide bin/, so find it next to its package.json.
const eslintBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('eslint/package.json')),
  'bin',
  'eslint.js',
);
const examples = path.join(root, 'examples');

console.log('Linting examples/ with eslint-plugin-ivs-stage (configs.recommended)…\n');
const result = spawnSync(process.execPath, [eslintBin, '--format', 'stylish', '.'], {
  cwd: examples,
  stdio: 'inherit',
});
// ESLint exits 1 when it found problems — the point of the demo — and 2 when it
// could not run.
if (result.status === 0 || result.status === 1) {
  console.log(
    result.status === 1
      ? 'The findings above are the mistakes planted in examples/src.'
      : 'No findings.',
  );
  process.exit(0);
}
process.exit(result.status ?? 2);
