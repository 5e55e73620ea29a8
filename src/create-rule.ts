// The one RuleCreator of the plugin: every rule's docs URL points at its page.
import { ESLintUtils } from '@typescript-eslint/utils';

import { REPOSITORY_URL } from './package-meta.js';

export interface IvsStageDocs {
  description: string;
  /** Severity in `configs.recommended`; absent: only in `configs.strict`. */
  recommended?: 'error' | 'warn';
  requiresTypeChecking: true;
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<IvsStageDocs>(ruleDocsUrl);
