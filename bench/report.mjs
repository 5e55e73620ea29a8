// Numbers and tables shared by the benchmark scripts: sums of TIMING rows, medians,
// a paired share, Markdown tables and a progress log on stderr.

/** The sum of the TIMING rows of `names` (ms). */
export const sum = (times, names) => names.reduce((total, name) => total + (times?.[name] ?? 0), 0);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * What `names` add to one lint, paired within its process: their TIMING over the rest
 * of the same process's wall time. A slow spell of the machine stretches both parts alike.
 */
export function pairedShare(result, names) {
  const ruleMs = sum(result.timing, names);
  return ruleMs / (result.wallMs - ruleMs);
}

export const ms = value => `${value.toFixed(0)} ms`;
export const ratio = value => value.toFixed(3);
export const signed = value => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}%`;

/** A Markdown table, first column left-aligned, the others right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map(row => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map(row => row[column].length)));
  const line = row => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`));
  return [line(cells[0]), `|${rule.join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

export function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
