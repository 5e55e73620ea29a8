// The reference section of `npm run bench`: the disconnected corpus, whose ordinary
// modules never import the stage modules (the plugin's whole-file gate skips them),
// measured as before the connected headline existed — per-rule TIMING together and
// alone, what ours and the floor add to a typed lint with no rule (paired within each
// run), whole-process wall and CPU time, per-module scaling and peak memory.
import { lint, prepareCorpus } from './harness.mjs';
import { log, median, ms, pairedShare, ratio, signed, sum, table } from './report.mjs';

/**
 * @param {{ variants: object, seed: number, modules: number, rounds: number, scaleSizes: number[] }} options
 * @returns {Promise<{ json: object, lines: string[] }>}
 */
export async function measureDisconnected({ variants, seed, modules, rounds, scaleSizes }) {
  const ourNames = Object.keys(variants.ours);
  const anchorNames = Object.keys(variants.anchors);
  const floorNames = Object.keys(variants.floor);
  const prepare = size => {
    const corpus = prepareCorpus({ modules: size, seed, variant: 'disconnected' }, variants);
    log(`disconnected corpus n=${String(size)}: ${String(corpus.stageModules)} stage modules, ${String(corpus.lines)} lines`);
    return corpus;
  };
  const corpus = prepare(modules);

  // (1): per-rule TIMING, both sets together (in both orders: the first rule to ask the
  // checker about a node pays for checking it) and each alone. The first run also warms
  // the disk cache and Node's compile cache for the rounds after it.
  const timings = {};
  let problems = {};
  for (const variant of ['both', 'bothAnchorsFirst', 'ours', 'anchors', 'floor']) {
    const result = await lint(corpus.dir, variant, { timing: true });
    timings[variant] = result.timing;
    problems = { ...problems, ...result.problems };
    log(`disconnected TIMING ${variant}: ${ms(sum(result.timing, [...ourNames, ...anchorNames, ...floorNames]))}`);
  }

  // (2): what ours and the floor add to the typed lint with no rule, paired within each run.
  // (ESLint 10 times create() with the listeners: the once-per-program gate is inside.)
  const paired = { ours: [], floor: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [variant, names] of [['ours', ourNames], ['floor', floorNames]]) {
      const result = await lint(corpus.dir, variant, { timing: true });
      paired[variant].push(pairedShare(result, names));
      log(`disconnected paired ${String(round + 1)}/${String(rounds)} ${variant}: ${ms(sum(result.timing, names))} of ${ms(result.wallMs)}`);
    }
  }

  // (3) + (5): whole-process wall time, CPU time and peak memory, alternated
  // A B C D A B C D… so that drift in machine load hits every variant alike.
  const ORDER = ['baseline', 'ours', 'anchors', 'floor'];
  const perVariant = () => Object.fromEntries(ORDER.map(variant => [variant, []]));
  const wall = perVariant();
  const cpu = perVariant();
  const rss = perVariant();
  for (let round = 0; round < rounds; round++) {
    for (const variant of ORDER) {
      const result = await lint(corpus.dir, variant);
      wall[variant].push(result.wallMs);
      cpu[variant].push(result.cpuMs);
      rss[variant].push(result.maxRssMb);
      log(`disconnected round ${String(round + 1)}/${String(rounds)} ${variant}: ${ms(result.wallMs)} wall, ${ms(result.cpuMs)} CPU, ${result.maxRssMb.toFixed(0)} MB`);
    }
  }
  const medians = values => Object.fromEntries(Object.entries(values).map(([key, runs]) => [key, median(runs)]));
  const wallMedian = medians(wall);
  const cpuMedian = medians(cpu);
  const rssMedian = medians(rss);

  // (4): scaling, one run per set and size (the main size reuses step 1).
  const scaling = [];
  for (const size of scaleSizes) {
    const scaled = size === modules ? corpus : prepare(size);
    const ours = size === modules ? timings.ours : (await lint(scaled.dir, 'ours', { timing: true })).timing;
    const anchors = size === modules ? timings.anchors : (await lint(scaled.dir, 'anchors', { timing: true })).timing;
    const row = { modules: size, lines: scaled.lines, oursMs: sum(ours, ourNames), anchorsMs: sum(anchors, anchorNames) };
    row.oursPerModuleMs = row.oursMs / size;
    row.anchorsPerModuleMs = row.anchorsMs / size;
    scaling.push(row);
    log(`disconnected scaling n=${String(size)}: ours ${row.oursPerModuleMs.toFixed(3)} ms/module, anchors ${row.anchorsPerModuleMs.toFixed(3)} ms/module`);
  }

  // Together: the mean of both orders, so that neither set is charged for checking the other pays.
  const together = names => (sum(timings.both, names) + sum(timings.bothAnchorsFirst, names)) / 2;
  const oursAlone = sum(timings.ours, ourNames);
  const anchorsAlone = sum(timings.anchors, anchorNames);
  const floorAlone = sum(timings.floor, floorNames);
  const ratios = {
    oursOverAnchorsTogether: together(ourNames) / together(anchorNames),
    oursOverAnchorsAlone: oursAlone / anchorsAlone,
    baselinePlusOursOverBaseline: wallMedian.ours / wallMedian.baseline,
    baselinePlusAnchorsOverBaseline: wallMedian.anchors / wallMedian.baseline,
    cpuBaselinePlusOursOverBaseline: cpuMedian.ours / cpuMedian.baseline,
    cpuBaselinePlusAnchorsOverBaseline: cpuMedian.anchors / cpuMedian.baseline,
    cpuAddedOursOverAddedAnchors: (cpuMedian.ours - cpuMedian.baseline) / (cpuMedian.anchors - cpuMedian.baseline),
    oursOverFloorAlone: oursAlone / floorAlone,
    oursPairedAdded: median(paired.ours),
    floorPairedAdded: median(paired.floor),
    baselineWallSpread: (Math.max(...wall.baseline) - Math.min(...wall.baseline)) / wallMedian.baseline,
    baselinePlusFloorOverBaseline: wallMedian.floor / wallMedian.baseline,
    cpuBaselinePlusFloorOverBaseline: cpuMedian.floor / cpuMedian.baseline,
    oursPerModuleLargestOverSmallest: scaling.at(-1).oursPerModuleMs / scaling[0].oursPerModuleMs,
    peakRssOursOverBaseline: rssMedian.ours / rssMedian.baseline,
  };
  const json = {
    corpus,
    rounds,
    timing: timings,
    problems,
    paired,
    wall: { runsMs: wall, medianMs: wallMedian, cpuRunsMs: cpu, cpuMedianMs: cpuMedian, maxRssMb: rss, medianMaxRssMb: rssMedian },
    scaling,
    ratios,
  };

  // ---------------------------------------------------------------------------
  // The tables

  const lines = [];
  lines.push(`## Reference: the disconnected corpus (${String(corpus.modules)} modules, ${String(corpus.stageModules)} using the SDK, ${String(corpus.lines)} lines; ordinary modules never import them)`);
  lines.push('');
  lines.push('Per-rule time, ESLint TIMING=all (ms):');
  lines.push(
    table(
      ['rule', 'together, ours first', 'together, anchors first', 'alone', 'problems'],
      [...ourNames, ...anchorNames]
        .map(name => [
          name,
          (timings.both[name] ?? 0).toFixed(1),
          (timings.bothAnchorsFirst[name] ?? 0).toFixed(1),
          ((ourNames.includes(name) ? timings.ours : timings.anchors)[name] ?? 0).toFixed(1),
          problems[name] ?? 0,
        ])
        .concat([
          ['ours (sum)', sum(timings.both, ourNames).toFixed(1), sum(timings.bothAnchorsFirst, ourNames).toFixed(1), oursAlone.toFixed(1), ''],
          ['anchors (sum)', sum(timings.both, anchorNames).toFixed(1), sum(timings.bothAnchorsFirst, anchorNames).toFixed(1), anchorsAlone.toFixed(1), ''],
          ['floor (reference, bench/floor-rule.mjs)', '', '', floorAlone.toFixed(1), ''],
        ]),
    ),
  );
  lines.push('');
  lines.push(`Whole process, median of ${String(rounds)} alternated rounds (ms):`);
  lines.push(
    table(
      ['lint', 'wall', 'wall runs', 'CPU', 'CPU runs', 'peak RSS'],
      ORDER.map(variant => [
        variant === 'baseline' ? 'baseline (typed, no rule)' : variant === 'floor' ? 'baseline + floor (reference)' : `baseline + ${variant}`,
        wallMedian[variant].toFixed(0),
        wall[variant].map(value => value.toFixed(0)).join(' '),
        cpuMedian[variant].toFixed(0),
        cpu[variant].map(value => value.toFixed(0)).join(' '),
        `${rssMedian[variant].toFixed(0)} MB`,
      ]),
    ),
  );
  lines.push('');
  lines.push(`What each set adds to the typed lint with no rule, paired within each of ${String(rounds)} runs: its TIMING / the rest of the same process:`);
  lines.push(table(['rules', 'median', 'runs'], Object.entries(paired).map(([variant, runs]) => [variant, signed(median(runs)), runs.map(signed).join(' ')])));
  lines.push('');
  lines.push('Scaling, TIMING per module (one run per size):');
  lines.push(
    table(
      ['modules', 'ours (ms)', 'ours / module', 'anchors (ms)', 'anchors / module'],
      scaling.map(row => [row.modules, row.oursMs.toFixed(1), row.oursPerModuleMs.toFixed(3), row.anchorsMs.toFixed(1), row.anchorsPerModuleMs.toFixed(3)]),
    ),
  );
  lines.push('');
  // Whole-process differences smaller than the baseline's own spread say nothing.
  const WITHIN_NOISE = 'for reference (see paired)';
  const relative = value => `${ratio(value)} (${signed(value - 1)})`;
  lines.push('Reference ratios (disconnected corpus):');
  lines.push(
    table(
      ['measure', 'value', 'target'],
      [
        ['ours / anchors (TIMING, together, mean of both orders)', ratio(ratios.oursOverAnchorsTogether), '≤ 1 (stretch ≤ 0.25)'],
        ['ours / anchors (TIMING, alone)', ratio(ratios.oursOverAnchorsAlone), '≤ 1 (stretch ≤ 0.25)'],
        ['(baseline + ours) / baseline (wall)', relative(ratios.baselinePlusOursOverBaseline), WITHIN_NOISE],
        ['(baseline + anchors) / baseline (wall)', relative(ratios.baselinePlusAnchorsOverBaseline), 'for reference'],
        ['(baseline + ours) / baseline (CPU)', relative(ratios.cpuBaselinePlusOursOverBaseline), WITHIN_NOISE],
        ['(baseline + anchors) / baseline (CPU)', relative(ratios.cpuBaselinePlusAnchorsOverBaseline), 'for reference'],
        ['(baseline + floor) / baseline (wall)', relative(ratios.baselinePlusFloorOverBaseline), 'the least any such rule adds'],
        ['(baseline + floor) / baseline (CPU)', relative(ratios.cpuBaselinePlusFloorOverBaseline), 'the least any such rule adds'],
        [`ours added, paired in each run (median of ${String(rounds)})`, signed(ratios.oursPairedAdded), '< +2%'],
        [`floor added, paired in each run (median of ${String(rounds)})`, signed(ratios.floorPairedAdded), 'the least any such rule adds'],
        ['ours / floor (TIMING, alone)', ratio(ratios.oursOverFloorAlone), 'for reference'],
        ['baseline wall runs, (max − min) / median', signed(ratios.baselineWallSpread), 'the noise of the whole-process rows'],
        ['CPU added: ours / anchors', ratio(ratios.cpuAddedOursOverAddedAnchors), WITHIN_NOISE],
        [`ours per module, n=${String(scaling.at(-1).modules)} / n=${String(scaling[0].modules)}`, ratio(ratios.oursPerModuleLargestOverSmallest), '≈ 1 (flat)'],
        ['peak RSS, (baseline + ours) / baseline', ratio(ratios.peakRssOursOverBaseline), 'for reference'],
      ],
    ),
  );
  return { json, lines };
}
