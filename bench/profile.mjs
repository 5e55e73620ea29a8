// Profiles our rules on a corpus: lints it with `node --cpu-prof` (only our rules on)
// and prints where the time under the plugin's frames goes — by our function
// (inclusive) and by the function actually burning it (self, e.g. the type checker).
//
//   node bench/profile.mjs [--modules 500] [--seed 1] [--connected] [--baseline recommendedTypeChecked]
//     [--variant ours | --rule ivs-stage/<name>] [--top 25] [--interval 1000]
//
// `--variant floorFirst` runs the floor rule (bench/floor-rule.mjs) before ours, so the
// type questions it asks are paid before ours run: what remains under our frames is
// what our rules cost beyond the least type information. `--connected` profiles the
// connected corpus (every module reaches the SDK); `--baseline recommendedTypeChecked`
// runs typescript-eslint's recommendedTypeChecked rules before ours, as a user's lint does,
// so what remains under our frames is what ours add to it.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { baselineRules, lint, loadPlugin, prepareCorpus, ROOT, variantsOf } from './harness.mjs';
import { flag, option } from './cli.mjs';

const modules = Number(option('modules', '500'));
const seed = Number(option('seed', '1'));
const corpusVariant = flag('connected') ? 'connected' : 'disconnected';
const baseline = option('baseline', 'none');
const rule = option('rule', undefined);
const variant = rule === undefined ? option('variant', 'ours') : rule;
const top = Number(option('top', '25'));
// The sampling interval in µs (V8's default is 1000): a finer one resolves the
// many small costs a lint spreads over every file, at some overhead.
const interval = Number(option('interval', '1000'));

const plugin = await loadPlugin();
const rules = rule === undefined ? variantsOf(plugin)[variant] : { [rule]: 'error' };
if (rules === undefined) {
  console.error(`--variant takes one of: ${Object.keys(variantsOf(plugin)).join(', ')}`);
  process.exit(2);
}
const { dir } = prepareCorpus({ modules, seed, variant: corpusVariant }, { profiled: { ...baselineRules(baseline), ...rules } });
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'ivs-stage-profile-'));
const result = await lint(dir, 'profiled', { timing: true, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${String(interval)}`] });
const file = readdirSync(profileDir).find(name => name.endsWith('.cpuprofile'));
if (!file) {
  throw new Error('no .cpuprofile written');
}
const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'));

// Sample weights: each sample stands for the time until the next one.
const byId = new Map(profile.nodes.map(node => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) {
    parentOf.set(child, node.id);
  }
}
const weight = new Map();
profile.samples.forEach((id, index) => {
  weight.set(id, (weight.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
});

const dist = `${path.join(ROOT, 'dist')}${path.sep}`;
const isOurs = node => node.callFrame.url.includes(dist) || node.callFrame.url.includes('/dist/src/');
const label = node => `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${String(node.callFrame.lineNumber + 1)}`;

let total = 0;
let underPlugin = 0;
const inclusive = new Map();
const selfUnder = new Map();
// Our innermost frame and the frame it called: which of our calls into the type
// checker (or into ESLint) the time goes through.
const callOut = new Map();
for (const [id, ms] of weight) {
  total += ms;
  const seen = new Set();
  let ours = false;
  let below;
  for (let current = id; current !== undefined; current = parentOf.get(current)) {
    const node = byId.get(current);
    if (isOurs(node)) {
      if (!ours) {
        const key = `${label(node)}  ->  ${below ? label(below) : '(own code)'}`;
        callOut.set(key, (callOut.get(key) ?? 0) + ms);
      }
      ours = true;
      const key = label(node);
      if (!seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    }
    below = node;
  }
  if (ours) {
    underPlugin += ms;
    const key = label(byId.get(id));
    selfUnder.set(key, (selfUnder.get(key) ?? 0) + ms);
  }
}

const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
  }
};
const after = baseline === 'none' ? '' : ` after ${baseline}`;
console.log(`Profile of the "${variant}" lint${after} of ${String(modules)} modules (${corpusVariant}): ${path.join(profileDir, file)}`);
console.log(`Total sampled ${total.toFixed(0)} ms; under the plugin's frames ${underPlugin.toFixed(0)} ms (${((underPlugin / total) * 100).toFixed(2)}%)`);
const timing = Object.entries(result.timing);
console.log('TIMING:', JSON.stringify(Object.fromEntries(timing.filter(([name]) => name in rules))));
if (baseline !== 'none') {
  console.log(`TIMING of ${baseline}'s rules: ${timing.filter(([name]) => !(name in rules)).reduce((total, [, ms]) => total + ms, 0).toFixed(0)} ms`);
}
show('Inclusive time of our functions:', inclusive);
show('Self time under our frames (who burns it):', selfUnder);
show('Our calls out (our innermost frame -> what it called):', callOut);
