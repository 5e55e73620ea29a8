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

console.log('Linting examples/ with eslint-plugin-ivs-stage (configs.recommended; examples/eslint.config.mjs)…\n');
const result = spawnSync(process.execPath, [eslintBin, '--format', 'stylish', '.'], {
  cwd: examples,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  // Piped, ESLint would drop its colours: keep them when the demo runs in a terminal.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});
process.stdout.write(result.stdout ?? '');
// ESLint exits 1 on errors, 0 when there are only warnings, 2 when it could not
// run; stylish ends with "✖ N problems" whenever there is a finding. The example
// app has planted mistakes: no findings means the plugin did not run as it
// should, and the demo fails instead of looking like a clean project.
// eslint-disable-next-line no-control-regex -- strips the colour codes
const plain = (result.stdout ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const found = /✖ (\d+) problems?/.exec(plain);
if ((result.status === 0 || result.status === 1) && found) {
  console.log(`The ${found[1]} findings above are the mistakes planted in examples/src.`);
  process.exit(0);
}
if (result.status === 0) {
  console.error('No findings: examples/src has planted mistakes, so the plugin did not run as it should.');
  process.exit(1);
}
process.exit(result.status ?? 2);
