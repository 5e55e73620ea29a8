// The headline section of `npm run bench`: the connected corpus, where every ordinary
// module imports a stage module's hook (as an app's components import its stage hook
// or context), so the plugin's whole-file gate lets every file through. In each round,
// one fresh ESLint process per lint, all with TIMING=all, alternated: ours alone, the
// anchors alone, the floor alone, then recommendedTypeChecked alone, with ours after
// it and with the floor after it. Then ours (and the anchors) at other sizes.
import { RECOMMENDED_TYPE_CHECKED_RULES, lint, prepareCorpus } from './harness.mjs';
import { log, median, ms, ratio, signed, sum, table } from './report.mjs';

const ROUND = ['ours', 'anchors', 'floor', 'rtc', 'rtcOurs', 'rtcFloor'];
const RTC = 'recommendedTypeChecked';
const PEAK_RSS_TARGET = 1.02;
const PAIRED_TARGET = 0.02;

/**
 * @param {{ variants: object, seed: number, modules: number, rounds: number, scaleSizes: number[], scaleRounds: number }} options
 * @returns {Promise<{ json: object, lines: string[] }>}
 */
export async function measureConnected({ variants, seed, modules, rounds, scaleSizes, scaleRounds }) {
  const names = {
    ours: Object.keys(variants.ours),
    anchors: Object.keys(variants.anchors),
    floor: Object.keys(variants.floor),
    rtc: Object.keys(RECOMMENDED_TYPE_CHECKED_RULES).filter(name => RECOMMENDED_TYPE_CHECKED_RULES[name] !== 'off'),
  };
  const prepare = size => {
    const corpus = prepareCorpus({ modules: size, seed, variant: 'connected' }, variants);
    log(`connected corpus n=${String(size)}: ${String(corpus.stageModules)} stage modules, ${String(corpus.lines)} lines`);
    return corpus;
  };
  const corpus = prepare(modules);

  // One run, kept small for the JSON: the TIMING sum of each rule set, and ours and the anchors per rule.
  const keep = result => ({
    wallMs: result.wallMs,
    cpuMs: result.cpuMs,
    maxRssMb: result.maxRssMb,
    ...Object.fromEntries(Object.entries(names).map(([set, list]) => [`${set}Ms`, sum(result.timing, list)])),
    perRule: Object.fromEntries([...names.ours, ...names.anchors].filter(name => name in result.timing).map(name => [name, result.timing[name]])),
  });
  const runs = Object.fromEntries(ROUND.map(variant => [variant, []]));
  const problems = {};
  for (let round = 0; round < rounds; round++) {
    for (const variant of ROUND) {
      const result = await lint(corpus.dir, variant, { timing: true });
      runs[variant].push(keep(result));
      if (round === 0) {
        problems[variant] = result.problems;
      }
      const run = runs[variant].at(-1);
      const sets = Object.keys(names).filter(set => run[`${set}Ms`] > 0).map(set => `${set} ${ms(run[`${set}Ms`])}`);
      log(`connected round ${String(round + 1)}/${String(rounds)} ${variant}: ${sets.join(', ')} of ${ms(run.wallMs)} wall, ${run.maxRssMb.toFixed(0)} MB`);
    }
  }
  const each = (variant, read) => runs[variant].map(read);
  const mid = (variant, read) => median(each(variant, read));

  // Ours and the anchors alone at other sizes; the main size reuses the rounds.
  const scaling = [];
  for (const size of scaleSizes) {
    let oursMs = mid('ours', run => run.oursMs);
    let anchorsMs = mid('anchors', run => run.anchorsMs);
    let lines = corpus.lines;
    if (size !== modules) {
      const scaled = prepare(size);
      lines = scaled.lines;
      const sizeRuns = { ours: [], anchors: [] };
      for (let round = 0; round < scaleRounds; round++) {
        for (const set of ['ours', 'anchors']) {
          sizeRuns[set].push(sum((await lint(scaled.dir, set, { timing: true })).timing, names[set]));
        }
      }
      oursMs = median(sizeRuns.ours);
      anchorsMs = median(sizeRuns.anchors);
    }
    scaling.push({ modules: size, lines, oursMs, anchorsMs, oursPerModuleMs: oursMs / size, anchorsPerModuleMs: anchorsMs / size });
    log(`connected scaling n=${String(size)}: ours ${(oursMs / size).toFixed(3)} ms/module, anchors ${(anchorsMs / size).toFixed(3)} ms/module`);
  }

  // Every ratio paired within a round (or a run), then the median over the rounds.
  const perRound = read => runs.ours.map((_, round) => read(round));
  // What a set adds to one lint: its TIMING over the rest of the same process (as pairedShare in report.mjs).
  const share = set => run => run[`${set}Ms`] / (run.wallMs - run[`${set}Ms`]);
  const series = {
    oursOverAnchors: perRound(round => runs.ours[round].oursMs / runs.anchors[round].anchorsMs),
    floorOverAnchors: perRound(round => runs.floor[round].floorMs / runs.anchors[round].anchorsMs),
    oursOverFloor: perRound(round => runs.ours[round].oursMs / runs.floor[round].floorMs),
    oursInRtc: each('rtcOurs', share('ours')),
    floorInRtc: each('rtcFloor', share('floor')),
    rtcRulesInRtc: each('rtc', share('rtc')),
    oursInPlain: each('ours', share('ours')),
    floorInPlain: each('floor', share('floor')),
    peakRssOursOverRtc: perRound(round => runs.rtcOurs[round].maxRssMb / runs.rtc[round].maxRssMb),
    peakRssFloorOverRtc: perRound(round => runs.rtcFloor[round].maxRssMb / runs.rtc[round].maxRssMb),
  };
  const ratios = {
    ...Object.fromEntries(Object.entries(series).map(([key, values]) => [key, median(values)])),
    peakRssOursOverRtcMedians: mid('rtcOurs', run => run.maxRssMb) / mid('rtc', run => run.maxRssMb),
    oursPerModuleLargestOverSmallest: scaling.at(-1).oursPerModuleMs / scaling[0].oursPerModuleMs,
  };
  const json = { corpus, rounds, scaleRounds, runs, problems, scaling, series, ratios };

  // ---------------------------------------------------------------------------
  // The tables: the targets first.

  const pct = values => values.map(signed).join(' ');
  const fixed = values => values.map(ratio).join(' ');
  const perModule = scaling.map(row => row.oursPerModuleMs.toFixed(2)).join(' → ');
  const out = [];
  out.push(`## Headline: the connected corpus (${String(corpus.modules)} modules, ${String(corpus.stageModules)} handling stage errors, ${String(corpus.lines)} lines; each of the others imports a stage module's hook)`);
  out.push('');
  out.push(`Against the targets (medians of ${String(rounds)} rounds, each ratio taken within one round or one process):`);
  out.push(
    table(
      ['measure', 'ours', 'floor (reference)', 'target'],
      [
        ['TIMING alone / the anchors alone, same round', ratio(ratios.oursOverAnchors), ratio(ratios.floorOverAnchors), '≤ 1 (stretch ≤ 0.25)'],
        [`added to a ${RTC} lint, paired in each run`, signed(ratios.oursInRtc), signed(ratios.floorInRtc), `≤ +${String(PAIRED_TARGET * 100)}%`],
        [`TIMING per module at n=${scaling.map(row => String(row.modules)).join('/')} (ms)`, perModule, '', 'flat'],
        [`per module, n=${String(scaling.at(-1).modules)} / n=${String(scaling[0].modules)}`, ratio(ratios.oursPerModuleLargestOverSmallest), '', '≤ 1 (no growth)'],
        [`peak RSS, (${RTC} + set) / ${RTC}, same round`, ratio(ratios.peakRssOursOverRtc), ratio(ratios.peakRssFloorOverRtc), `≤ ${PEAK_RSS_TARGET.toFixed(2)}`],
      ],
    ),
  );
  out.push('');
  out.push(`Per-rule time alone, ESLint TIMING=all, median of ${String(rounds)} rounds (ms):`);
  const ruleRows = [...names.ours, ...names.anchors].map(name => {
    const variant = names.ours.includes(name) ? 'ours' : 'anchors';
    return [name, mid(variant, run => run.perRule[name] ?? 0).toFixed(1), problems[variant][name] ?? 0];
  });
  out.push(
    table(
      ['rule', 'alone', 'problems'],
      ruleRows.concat([
        ['ours (sum)', mid('ours', run => run.oursMs).toFixed(1), ''],
        ['anchors (sum)', mid('anchors', run => run.anchorsMs).toFixed(1), ''],
        ['floor (reference, bench/floor-rule.mjs)', mid('floor', run => run.floorMs).toFixed(1), ''],
      ]),
    ),
  );
  out.push('');
  out.push('Each round:');
  out.push(
    table(
      ['measure', 'median', 'rounds'],
      [
        ['ours alone (TIMING ms)', mid('ours', run => run.oursMs).toFixed(0), each('ours', run => run.oursMs.toFixed(0)).join(' ')],
        ['anchors alone (TIMING ms)', mid('anchors', run => run.anchorsMs).toFixed(0), each('anchors', run => run.anchorsMs.toFixed(0)).join(' ')],
        ['floor alone (TIMING ms)', mid('floor', run => run.floorMs).toFixed(0), each('floor', run => run.floorMs.toFixed(0)).join(' ')],
        ['ours / anchors', ratio(ratios.oursOverAnchors), fixed(series.oursOverAnchors)],
        ['ours / floor', ratio(ratios.oursOverFloor), fixed(series.oursOverFloor)],
        [`ours added to ${RTC} (paired)`, signed(ratios.oursInRtc), pct(series.oursInRtc)],
        [`floor added to ${RTC} (paired)`, signed(ratios.floorInRtc), pct(series.floorInRtc)],
        [`${RTC}'s own rules in its lint (paired)`, signed(ratios.rtcRulesInRtc), pct(series.rtcRulesInRtc)],
        ['ours added to the typed lint with no rule (paired)', signed(ratios.oursInPlain), pct(series.oursInPlain)],
        ['floor added to the typed lint with no rule (paired)', signed(ratios.floorInPlain), pct(series.floorInPlain)],
        [`peak RSS, (${RTC} + ours) / ${RTC}`, ratio(ratios.peakRssOursOverRtc), fixed(series.peakRssOursOverRtc)],
        [`peak RSS, (${RTC} + floor) / ${RTC}`, ratio(ratios.peakRssFloorOverRtc), fixed(series.peakRssFloorOverRtc)],
      ],
    ),
  );
  out.push('');
  out.push(`Whole process, median of ${String(rounds)} rounds (for reference: separate processes do not resolve a few percent here):`);
  const LABELS = { ours: 'typed, no rule + ours', anchors: 'typed, no rule + anchors', floor: 'typed, no rule + floor', rtc: RTC, rtcOurs: `${RTC} + ours`, rtcFloor: `${RTC} + floor` };
  out.push(
    table(
      ['lint', 'wall (ms)', 'wall runs', 'CPU (ms)', 'peak RSS', 'RSS runs (MB)', 'problems'],
      ROUND.map(variant => [
        LABELS[variant],
        mid(variant, run => run.wallMs).toFixed(0),
        each(variant, run => run.wallMs.toFixed(0)).join(' '),
        mid(variant, run => run.cpuMs).toFixed(0),
        `${mid(variant, run => run.maxRssMb).toFixed(0)} MB`,
        each(variant, run => run.maxRssMb.toFixed(0)).join(' '),
        Object.values(problems[variant]).reduce((total, count) => total + count, 0),
      ]),
    ),
  );
  out.push('');
  out.push(`Scaling, TIMING alone per module (n=${String(modules)}: the rounds above; other sizes: median of ${String(scaleRounds)}):`);
  out.push(
    table(
      ['modules', 'lines', 'ours (ms)', 'ours / module', 'anchors (ms)', 'anchors / module'],
      scaling.map(row => [row.modules, row.lines, row.oursMs.toFixed(1), row.oursPerModuleMs.toFixed(3), row.anchorsMs.toFixed(1), row.anchorsPerModuleMs.toFixed(3)]),
    ),
  );
  return { json, lines: out };
}
