// `predemo` / `pretest`: on a fresh clone (no node_modules), or after
// package-lock.json changed, install exactly what the lockfile says, so the
// README's two commands work verbatim with only Node and npm. When the install
// is current this costs one stat of two files.
// Uses nothing but Node itself: it runs before any dependency exists.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function modifiedAt(file) {
  try {
    return statSync(path.join(root, file)).mtimeMs;
  } catch {
    return undefined;
  }
}

// npm writes node_modules/.package-lock.json at the end of every install: its
// age is the install's age.
const installed = modifiedAt('node_modules/.package-lock.json');
const locked = modifiedAt('package-lock.json');
const reason =
  installed === undefined
    ? 'node_modules is missing'
    : locked !== undefined && locked > installed
      ? 'package-lock.json is newer than node_modules'
      : undefined;

if (reason !== undefined) {
  console.log(`${reason}: running npm ci first…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('npm ci failed: see its output above.');
    process.exit(result.status ?? 1);
  }
}
