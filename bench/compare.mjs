// Before/after of an optimisation: lints one corpus with our rules from two builds
// of the plugin (another checkout's dist/ against this one's), alternated with the
// baseline alone, and prints per-rule TIMING, what each build adds paired within
// its own runs (our TIMING / the rest of the same process) and the CPU time it adds.
//
//   node bench/compare.mjs --before <checkout with dist/> [--modules 200] [--rounds 3] [--seed 1]
//     [--connected] [--baseline recommendedTypeChecked]
//
// `--connected` compares on the connected corpus (every module reaches the SDK);
// `--baseline recommendedTypeChecked` runs typescript-eslint's recommendedTypeChecked
// rules in every lint, ours after them, as a user's lint does.
import path from 'node:path';

import { baselineRules, lint, loadPlugin, PLUGIN_ENTRY, prepareCorpus, variantsOf, writeConfigs } from './harness.mjs';
import { median, pairedShare, signed, sum } from './report.mjs';
import { flag, option } from './cli.mjs';

const beforeRoot = option('before', undefined);
if (beforeRoot === undefined) {
  console.error('usage: node bench/compare.mjs --before <checkout with dist/> [--modules 200] [--rounds 3] [--seed 1] [--connected] [--baseline recommendedTypeChecked]');
  process.exit(2);
}
const modules = Number(option('modules', '200'));
const rounds = Number(option('rounds', '3'));
const seed = Number(option('seed', '1'));
const corpusVariant = flag('connected') ? 'connected' : 'disconnected';
const baselineName = option('baseline', 'none');
const baseline = baselineRules(baselineName);
const beforeEntry = path.resolve(beforeRoot, 'dist', 'src', 'index.js');

const builds = {
  before: { entry: beforeEntry, plugin: await loadPlugin(beforeEntry) },
  after: { entry: PLUGIN_ENTRY, plugin: await loadPlugin() },
};
const { dir } = prepareCorpus({ modules, seed, variant: corpusVariant }, { baseline });
// The two builds' configs side by side: eslint.before.config.mjs, eslint.after.config.mjs.
for (const [name, build] of Object.entries(builds)) {
  writeConfigs(dir, { [name]: { ...baseline, ...variantsOf(build.plugin).ours } }, build.entry);
}

const rules = Object.keys(variantsOf(builds.after.plugin).ours);
const runs = { baseline: [], before: [], after: [] };
for (let round = 0; round < rounds; round++) {
  for (const variant of ['baseline', 'before', 'after']) {
    const result = await lint(dir, variant, { timing: variant !== 'baseline' });
    runs[variant].push(result);
    process.stderr.write(`round ${String(round + 1)} ${variant}: ${result.cpuMs.toFixed(0)} ms CPU\n`);
  }
}
const cpu = variant => median(runs[variant].map(run => run.cpuMs));
const baselineLabel = baselineName === 'none' ? 'the typed lint with no rule' : baselineName;
console.log(`${String(modules)} modules (${corpusVariant}), ours after ${baselineLabel}; median of ${String(rounds)} alternated rounds`);
console.log('| rule | before (ms) | after (ms) |');
console.log('|:--|--:|--:|');
for (const rule of rules) {
  const timing = variant => median(runs[variant].map(run => run.timing?.[rule] ?? 0));
  console.log(`| ${rule} | ${timing('before').toFixed(0)} | ${timing('after').toFixed(0)} |`);
}
const sumOf = variant => median(runs[variant].map(run => sum(run.timing, rules)));
const paired = variant => median(runs[variant].map(run => pairedShare(run, rules)));
console.log(`| ours (sum) | ${sumOf('before').toFixed(0)} | ${sumOf('after').toFixed(0)} |`);
console.log(`| ours added, paired in each run | ${signed(paired('before'))} | ${signed(paired('after'))} |`);
console.log(`| CPU added to the baseline (${cpu('baseline').toFixed(0)} ms) | ${(cpu('before') - cpu('baseline')).toFixed(0)} | ${(cpu('after') - cpu('baseline')).toFixed(0)} |`);
