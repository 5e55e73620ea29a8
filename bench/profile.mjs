// Profiles our rules on a corpus: lints it with `node --cpu-prof` (only our rules on)
// and prints where the time under the plugin's frames goes — by our function
// (inclusive) and by the function actually burning it (self, e.g. the type checker).
//
//   node bench/profile.mjs [--modules 500] [--seed 1] [--variant ours | --rule ivs-stage/<name>] [--top 25]
//
// `--variant floorFirst` runs the floor rule (bench/floor-rule.mjs) before ours, so the
// type questions it asks are paid before ours run: what remains under our frames is
// what our rules cost beyond the least type information.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { corpusDir, generateCorpus } from './generate.mjs';
import { lint, loadPlugin, ROOT, variantsOf, writeConfigs } from './harness.mjs';
import { option } from './cli.mjs';

const modules = Number(option('modules', '500'));
const seed = Number(option('seed', '1'));
const rule = option('rule', undefined);
const variant = rule === undefined ? option('variant', 'ours') : 'single';
const top = Number(option('top', '25'));

const plugin = await loadPlugin();
const dir = corpusDir(modules, seed);
generateCorpus({ modules, seed, dir });
writeConfigs(dir, { ...variantsOf(plugin), ...(rule === undefined ? {} : { single: { [rule]: 'error' } }) });
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'ivs-stage-profile-'));
const result = await lint(dir, variant, { timing: true, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
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
console.log(`Profile of the "${variant}" lint of ${String(modules)} modules: ${path.join(profileDir, file)}`);
console.log(`Total sampled ${total.toFixed(0)} ms; under the plugin's frames ${underPlugin.toFixed(0)} ms`);
console.log('TIMING:', JSON.stringify(result.timing));
show('Inclusive time of our functions:', inclusive);
show('Self time under our frames (who burns it):', selfUnder);
show('Our calls out (our innermost frame -> what it called):', callOut);
