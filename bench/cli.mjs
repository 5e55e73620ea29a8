// The benchmark scripts' command line: `--name value` options and `--name` flags.
const argv = process.argv.slice(2);

/** The value after `--name`, or `fallback` when it is absent. */
export function option(name, fallback) {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
}

/** Whether `--name` is given. */
export function flag(name) {
  return argv.includes(`--${name}`);
}
