// Preloaded (`node --import`) into each benchmarked ESLint process: writes the
// process's peak resident set size (KB) to $BENCH_MAX_RSS_FILE when it exits, so
// memory is measured without /usr/bin/time and on any platform.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
