// The plugin object: meta, rules and the flat configs.
import type { ESLint, Linter } from 'eslint';

import { rules } from './rules/index.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';

export const PLUGIN_PREFIX = 'ivs-stage';

/** The rules need type information, which typescript-eslint gives TypeScript files. */
export const TYPESCRIPT_FILES = ['**/*.{ts,tsx,mts,cts}'];

/**
 * Typed JavaScript (a jsconfig.json, or a tsconfig with `allowJs`) gets type
 * information too, and most IVS apps are JavaScript: `configs['recommended-js']`
 * is for those files, which users opt into together with the parser setup they
 * need anyway. A JS file without type information is left alone unless it
 * imports the SDK: see `src/create-rule.ts`.
 */
export const JAVASCRIPT_FILES = ['**/*.{js,jsx,mjs,cjs}'];

type RuleName = keyof typeof rules;
const ruleNames = Object.keys(rules) as RuleName[];

/** Typed as ESLint's own Plugin, so `eslint.config.ts` files type-check against it. */
export interface IvsStagePlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  configs: { recommended: Linter.Config; 'recommended-js': Linter.Config; strict: Linter.Config };
}

function ruleEntries(level: (name: RuleName) => Linter.RuleEntry | undefined): Linter.RulesRecord {
  return Object.fromEntries(
    ruleNames.flatMap(name => {
      const entry = level(name);
      return entry === undefined ? [] : [[`${PLUGIN_PREFIX}/${name}`, entry]];
    }),
  );
}

// Strict options: every member of every switch, not only the fatal ones; a
// stateChanged listener on every RealTimeConnection the file connects.
const strictOptions: Partial<Record<RuleName, unknown[]>> = {
  'exhaustive-error-switch': [{ require: 'all' }],
  'require-error-listener': [{ connections: true }],
};

const plugin: IvsStagePlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION },
  // typescript-eslint's rule type is stricter than ESLint's and not assignable to it.
  rules: rules as unknown as ESLint.Plugin['rules'],
  configs: { recommended: {}, 'recommended-js': {}, strict: {} },
};

const recommendedRules = ruleEntries(name => rules[name].meta.docs?.recommended);

plugin.configs.recommended = {
  name: `${PLUGIN_PREFIX}/recommended`,
  files: TYPESCRIPT_FILES,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: recommendedRules,
};

plugin.configs['recommended-js'] = {
  name: `${PLUGIN_PREFIX}/recommended-js`,
  files: JAVASCRIPT_FILES,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: recommendedRules,
};

plugin.configs.strict = {
  name: `${PLUGIN_PREFIX}/strict`,
  files: TYPESCRIPT_FILES,
  plugins: { [PLUGIN_PREFIX]: plugin },
  rules: ruleEntries(name => ['error', ...(strictOptions[name] ?? [])]),
};

export default plugin;
// Lets `require('eslint-plugin-ivs-stage')` return the plugin itself (Node ≥ 20.19).
export { plugin as 'module.exports' };
