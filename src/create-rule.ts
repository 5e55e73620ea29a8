// The one RuleCreator of the plugin: every rule's docs URL points at its page,
// and a file without type information gets one clear message instead of a crash.
import { ESLintUtils } from '@typescript-eslint/utils';

import { fileCanSeeSdk } from './sdk/file-gate.js';
import { REPOSITORY_URL } from './package-meta.js';
import { readSettings, SDK_PACKAGE } from './sdk/settings.js';

export interface IvsStageDocs {
  description: string;
  /** Severity in `configs.recommended`; absent: only in `configs.strict`. */
  recommended?: 'error' | 'warn';
  requiresTypeChecking: true;
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export const MISSING_TYPE_INFORMATION = 'missingTypeInformation';

const missingTypeInformationText =
  'The ivs-stage rules need type information for this file and typescript-eslint has none: set `parserOptions.projectService: true` and make sure a tsconfig includes this file, or keep the ivs-stage config off it with `files`.';

// The files already told, so that only the first of our rules says it.
const told = new WeakSet<object>();

const createNamedRule = ESLintUtils.RuleCreator<IvsStageDocs>(ruleDocsUrl);

export const createRule: typeof createNamedRule = rule => {
  const created = createNamedRule(rule);
  return {
    ...created,
    meta: {
      ...created.meta,
      messages: { ...created.meta.messages, [MISSING_TYPE_INFORMATION]: missingTypeInformationText },
    },
    create(context) {
      // typescript-eslint's getParserServices would throw here, and ESLint would
      // print a stack trace that stops the whole run.
      const services = context.sourceCode.parserServices;
      if (services?.program && services.esTreeNodeToTSNodeMap) {
        const file = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
        // Most files of an app never see an SDK type: skip them before any listener runs.
        return fileCanSeeSdk(services.program, readSettings(context.settings), file) ? created.create(context) : {};
      }
      const { ast } = context.sourceCode;
      if (told.has(ast) || isUntypedBystander(context.filename, context.sourceCode.text)) {
        return {};
      }
      told.add(ast);
      return {
        Program(node) {
          context.report({
            loc: node.loc.start,
            // Added to every rule's messages above; the rule's own type does not list it.
            messageId: MISSING_TYPE_INFORMATION as Parameters<typeof context.report>[0]['messageId'],
          });
        },
      };
    },
  };
};

// `configs['recommended-js']` covers every JavaScript file, so config files and
// build scripts without type information come here too: they cannot hold a Stage
// unless they name the SDK, and telling them would only be noise.
const JAVASCRIPT_EXTENSION = /\.[cm]?jsx?$/;

function isUntypedBystander(filename: string, text: string): boolean {
  return JAVASCRIPT_EXTENSION.test(filename) && !text.includes(SDK_PACKAGE);
}
