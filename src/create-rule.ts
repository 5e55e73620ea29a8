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

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, IvsStageDocs>>,
): ReturnType<typeof createNamedRule<Options, MessageIds>> {
  const created = createNamedRule(rule);
  const optionsFor = mergedOptionsOf<Options>(rule.meta.defaultOptions);
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
        return fileCanSeeSdk(services.program, readSettings(context.settings), file)
          ? rule.create(context, optionsFor(context.options))
          : {};
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
}

/**
 * typescript-eslint's RuleCreator merges the defaults into a fresh clone for
 * every file (a structuredClone and a deep merge) inside the rule's create(),
 * which ESLint times with the rule: the options are the same for nearly every
 * file, so one merge per distinct value. No rule changes its options.
 */
function mergedOptionsOf<Options extends readonly unknown[]>(
  defaults: Readonly<Options> | undefined,
): (options: Readonly<Options>) => Readonly<Options> {
  const merged = new Map<string, Readonly<Options>>();
  return options => {
    const key = JSON.stringify(options);
    let found = merged.get(key);
    if (!found) {
      found = ESLintUtils.applyDefault<Options, Options>(defaults ?? ([] as unknown as Options), options);
      merged.set(key, found);
    }
    return found;
  };
}

// `configs['recommended-js']` covers every JavaScript file, so config files and
// build scripts without type information come here too: they cannot hold a Stage
// unless they name the SDK, and telling them would only be noise.
const JAVASCRIPT_EXTENSION = /\.[cm]?jsx?$/;

function isUntypedBystander(filename: string, text: string): boolean {
  return JAVASCRIPT_EXTENSION.test(filename) && !text.includes(SDK_PACKAGE);
}
