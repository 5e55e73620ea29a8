// Prints the command lines of the README's "Developing" section, one per line,
// as a newcomer would type them (the first ```sh block under that heading,
// comments removed). CI runs exactly these, so the README cannot drift from
// what is proven to work on a fresh clone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const lines = readFileSync(path.join(root, 'README.md'), 'utf8').split('\n');
const heading = lines.findIndex(line => /^##\s+Developing\s*$/.test(line));
const open = lines.findIndex((line, index) => index > heading && /^```(sh|bash|shell)\s*$/.test(line));
const close = lines.findIndex((line, index) => index > open && line.startsWith('```'));
if (heading < 0 || open < 0 || close < 0) {
  console.error('README.md has no ```sh block under "## Developing"');
  process.exit(1);
}
for (const line of lines.slice(open + 1, close)) {
  const command = line.replace(/\s+#.*$/, '').trim();
  if (command !== '' && !command.startsWith('#')) {
    console.log(command);
  }
}
