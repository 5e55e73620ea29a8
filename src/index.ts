// The plugin object: meta, rules and the flat configs.
import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';

export const PLUGIN_PREFIX = 'ivs-stage';

/** The rules need type information, which typescript-eslint gives TypeScript files. */
export const TYPESCRIPT_FILES = ['**/*.{ts,tsx,mts,cts}'];

type RuleName = keyof typeof rules;
const ruleNames = Object.keys(rules) as RuleName[];

const plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

function ruleEntries(
  level: (name: RuleName) => TSESLint.FlatConfig.RuleEntry | undefined,
): TSESLint.FlatConfig.Rules {
  return Object.fromEntries(
    ruleNames.flatMap(name => {
      const entry = level(name);
      return entry === undefined ? [] : [[`${PLUGIN_PREFIX}/${name}`, entry]];
    }),
  );
}

// Strict options: every member of every switch, not only the fatal ones.
const strictOptions: Partial<Record<RuleName, readonly unknown[]>> = {
  'exhaustive-error-switch': [{ require: 'all' }],
};

plugin.configs.recommended = {
  name: `${PLUGIN_PREFIX}/recommended`,
  files: TYPESCRIPT_FILES,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: ruleEntries(name => rules[name].meta.docs?.recommended),
};

plugin.configs.strict = {
  name: `${PLUGIN_PREFIX}/strict`,
  files: TYPESCRIPT_FILES,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: ruleEntries(name => ['error', ...(strictOptions[name] ?? [])] as TSESLint.FlatConfig.RuleEntry),
};

export default plugin;
// Lets `require('eslint-plugin-ivs-stage')` return the plugin itself (Node ≥ 20.19).
export { plugin as 'module.exports' };
