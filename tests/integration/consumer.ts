// What every integration test file needs from the global setup, typed.
import { inject } from 'vitest';

import type { PluginFacts, Variant } from './harness.js';

const provided = inject('integration');

export const plugin: PluginFacts = provided.plugin;
export const tarball: string = provided.tarball;
export const packedFiles: readonly string[] = provided.packedFiles;

/** The installed consumer project of `variant`. */
export function consumerDir(variant: Variant): string {
  const dir = provided.consumers[variant.id];
  if (dir === undefined) {
    throw new Error(`No consumer was installed for ${variant.id}`);
  }
  return dir;
}

/** `ivs-stage/exhaustive-error-switch` → `exhaustive-error-switch`. */
export function ruleNameOf(ruleId: string): string {
  return ruleId.replace(/^ivs-stage\//, '');
}

/** ESLint's numeric severity for a config severity. */
export const SEVERITY = { error: 2, warn: 1 } as const;

/** The recommended rules as `[ruleId, severity]`, straight from the installed plugin. */
export const recommendedRules = Object.entries(plugin.recommended);
