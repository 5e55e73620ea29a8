// The package's own name, version and repository, read from package.json so
// they never drift.
import { createRequire } from 'node:module';

// A self-reference through the package's `exports` resolves the same way from
// src/ (tests) and from dist/ (the published build).
const require = createRequire(import.meta.url);
const packageJson = require('eslint-plugin-ivs-stage/package.json') as {
  name: string;
  version: string;
  homepage: string;
};

export const PACKAGE_NAME = packageJson.name;
export const PACKAGE_VERSION = packageJson.version;
export const REPOSITORY_URL = packageJson.homepage.replace(/#.*$/, '');
