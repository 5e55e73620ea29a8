// `npm run bench`: measures the plugin's rules against typescript-eslint's nearest
// rules ("the anchors") and a floor (bench/floor-rule.mjs). The headline is the
// connected corpus (bench/headline.mjs: every module reaches the SDK, as in a real
// app; ours against the anchors, ours and the floor inside a recommendedTypeChecked
// lint, per-module scaling, peak memory); the disconnected corpus follows as a
// reference (bench/reference.mjs: the measurements of the first benchmark). Prints
// the tables and writes bench/results.json. Run after `npm run build`: it lints with dist/.
//
//   node bench/run.mjs [--quick] [--connected | --disconnected] [--modules 500] [--rounds 5]
//     [--reference-rounds 3] [--scale 100,500,2000] [--scale-rounds 2] [--seed 1] [--json <file>]
//
// `--connected` runs only the headline, `--disconnected` only the reference (with
// `--rounds` rounds); `--quick` is 100 modules, 2 rounds, scaling at 50/100/200.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { measureConnected } from './headline.mjs';
import { measureDisconnected } from './reference.mjs';
import { loadPlugin, RECOMMENDED_TYPE_CHECKED_RULES, require, ROOT, variantsOf } from './harness.mjs';
import { flag, option } from './cli.mjs';

const argv = process.argv.slice(2); // for the record of the command
const quick = flag('quick');
const only = flag('connected') ? 'connected' : flag('disconnected') ? 'disconnected' : undefined;
const seed = Number(option('seed', '1'));
const modules = Number(option('modules', quick ? '100' : '500'));
const rounds = Number(option('rounds', quick ? '2' : '5'));
const referenceRounds = only === 'disconnected' ? rounds : Number(option('reference-rounds', quick ? '2' : '3'));
const scaleSizes = option('scale', quick ? '50,100,200' : '100,500,2000').split(',').map(Number);
const scaleRounds = Number(option('scale-rounds', quick ? '1' : '2'));
const jsonName = `results${quick ? '.quick' : ''}${only ? `.${only}` : ''}.json`;
const jsonOut = path.resolve(option('json', path.join(ROOT, 'bench', jsonName)));

const plugin = await loadPlugin();
const variants = variantsOf(plugin);

/** The commit the plugin was built from, and whether src/ differed from it. */
function pluginCommit() {
  const git = args => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const changed = git(['diff', '--name-only', 'HEAD', '--', 'src']) !== '' || git(['ls-files', '--others', '--exclude-standard', '--', 'src']) !== '';
    return { commit: git(['rev-parse', '--short', 'HEAD']), srcChangedSinceCommit: changed };
  } catch {
    return { commit: 'unknown', srcChangedSinceCommit: undefined };
  }
}

const startedAt = new Date();
const report = {
  command: `node bench/run.mjs ${argv.join(' ')}`.trim(),
  startedAt: startedAt.toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    eslint: require('eslint/package.json').version,
    typescript: require('typescript/package.json').version,
    typescriptEslint: require('typescript-eslint/package.json').version,
    plugin: plugin.meta.version,
    ...pluginCommit(),
    loadAverageBefore: os.loadavg().map(value => Number(value.toFixed(2))),
  },
  options: { seed, modules, rounds, referenceRounds, scaleSizes, scaleRounds, only },
  ourRules: Object.keys(variants.ours),
  anchorRules: Object.keys(variants.anchors),
  floorRules: Object.keys(variants.floor),
  recommendedTypeCheckedRules: RECOMMENDED_TYPE_CHECKED_RULES,
};

const sections = [];
if (only !== 'disconnected') {
  const { json, lines } = await measureConnected({ variants, seed, modules, rounds, scaleSizes, scaleRounds });
  report.connected = json;
  sections.push(lines);
}
if (only !== 'connected') {
  const { json, lines } = await measureDisconnected({ variants, seed, modules, rounds: referenceRounds, scaleSizes });
  report.disconnected = json;
  sections.push(lines);
}
report.machine.loadAverageAfter = os.loadavg().map(value => Number(value.toFixed(2)));
report.durationS = Math.round((Date.now() - startedAt.getTime()) / 1000);
writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);

const { machine } = report;
const out = [
  `Command: ${report.command}; seed ${String(seed)}; plugin ${machine.plugin} at ${machine.commit}${machine.srcChangedSinceCommit ? ' (src/ changed since)' : ''}`,
  `Machine: ${machine.cpu}, ${String(machine.cores)} cores, ${String(machine.memoryGb)} GB; Node ${machine.node}, ESLint ${machine.eslint}, TypeScript ${machine.typescript}, typescript-eslint ${machine.typescriptEslint}`,
  `Load average before/after: ${machine.loadAverageBefore.join(' ')} / ${machine.loadAverageAfter.join(' ')}`,
  '',
  ...sections.flatMap(lines => [...lines, '']),
  `Took ${String(report.durationS)} s; JSON in ${path.relative(process.cwd(), jsonOut)}`,
];
console.log(out.join('\n'));
