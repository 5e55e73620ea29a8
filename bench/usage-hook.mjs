// Preloaded (`node --import`) into each benchmarked ESLint process: writes the
// process's peak resident set size (KB) and CPU time (µs) as JSON to
// $BENCH_USAGE_FILE when it exits, so memory and CPU are measured without
// /usr/bin/time, on any platform, and CPU time stays meaningful on a busy machine.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
  });
}
