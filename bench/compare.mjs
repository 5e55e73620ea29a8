// Before/after of an optimisation: lints one corpus with our rules from two builds
// of the plugin (another checkout's dist/ against this one's), alternated with a
// no-rule baseline, and prints per-rule TIMING and the CPU time each build adds.
//
//   node bench/compare.mjs --before <checkout with dist/> [--modules 200] [--rounds 3]
import path from 'node:path';

import { corpusDir, generateCorpus } from './generate.mjs';
import { lint, loadPlugin, PLUGIN_ENTRY, variantsOf, writeConfigs } from './harness.mjs';
import { option } from './cli.mjs';

const beforeRoot = option('before', undefined);
if (beforeRoot === undefined) {
  console.error('usage: node bench/compare.mjs --before <checkout with dist/> [--modules 200] [--rounds 3]');
  process.exit(2);
}
const modules = Number(option('modules', '200'));
const rounds = Number(option('rounds', '3'));
const beforeEntry = path.resolve(beforeRoot, 'dist', 'src', 'index.js');

const builds = {
  before: { entry: beforeEntry, plugin: await loadPlugin(beforeEntry) },
  after: { entry: PLUGIN_ENTRY, plugin: await loadPlugin() },
};
const dir = corpusDir(modules, 1);
generateCorpus({ modules, seed: 1, dir });
// The two builds' configs side by side: eslint.before.config.mjs, eslint.after.config.mjs.
writeConfigs(dir, { baseline: {} });
for (const [name, build] of Object.entries(builds)) {
  writeConfigs(dir, { [name]: variantsOf(build.plugin).ours }, build.entry);
}

const runs = { baseline: [], before: [], after: [] };
for (let round = 0; round < rounds; round++) {
  for (const variant of ['baseline', 'before', 'after']) {
    const result = await lint(dir, variant, { timing: variant !== 'baseline' });
    runs[variant].push(result);
    process.stderr.write(`round ${String(round + 1)} ${variant}: ${result.cpuMs.toFixed(0)} ms CPU\n`);
  }
}
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const cpu = variant => median(runs[variant].map(run => run.cpuMs));
const rules = Object.keys(variantsOf(builds.after.plugin).ours);
console.log(`${String(modules)} modules, median of ${String(rounds)} alternated rounds`);
console.log('| rule | before (ms) | after (ms) |');
console.log('|:--|--:|--:|');
for (const rule of rules) {
  const timing = variant => median(runs[variant].map(run => run.timing?.[rule] ?? 0));
  console.log(`| ${rule} | ${timing('before').toFixed(0)} | ${timing('after').toFixed(0)} |`);
}
const sumOf = variant => median(runs[variant].map(run => rules.reduce((total, rule) => total + (run.timing?.[rule] ?? 0), 0)));
console.log(`| ours (sum) | ${sumOf('before').toFixed(0)} | ${sumOf('after').toFixed(0)} |`);
console.log(`| CPU added to the baseline (${cpu('baseline').toFixed(0)} ms) | ${(cpu('before') - cpu('baseline')).toFixed(0)} | ${(cpu('after') - cpu('baseline')).toFixed(0)} |`);
