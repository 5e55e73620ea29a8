// The editor path: the real ESLint language server (what the VS Code ESLint
// extension runs) over stdio in the consumer project, diagnostics pulled and
// quick fixes asked for the way an editor does.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { consumerDir, plugin, recommendedRules, ruleNameOf } from './consumer.js';
import { FIXTURE_SOURCES, fixtureFileOf } from './fixture-app.js';
import { eslintJson, PRIMARY_VARIANT, type LintMessage } from './harness.js';
import { LspClient } from './lsp-client.js';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  codeDescription?: { href: string };
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { edits: TextEdit[] }[];
}
interface CodeAction {
  title: string;
  kind?: string;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
}

const dir = consumerDir(PRIMARY_VARIANT);
const serverBin = path.join(dir, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');
const rootUri = pathToFileURL(dir).href;

/** The extension's settings, as VS Code sends them for each `workspace/configuration` item. */
const settings = {
  validate: 'on',
  packageManager: 'npm',
  useESLintClass: false,
  useFlatConfig: true,
  experimental: {},
  codeActionOnSave: { enable: false, mode: 'all' },
  format: false,
  quiet: false,
  onIgnoredFiles: 'off',
  options: {},
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: null,
  // Type-aware rules resolve tsconfig and the plugin from the project root.
  workingDirectory: { mode: 'auto' },
  workspaceFolder: { name: 'consumer', uri: rootUri },
  codeAction: {
    disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
    showDocumentation: { enable: true },
  },
};

function editsOf(edit: WorkspaceEdit | undefined): TextEdit[] {
  return [
    ...Object.values(edit?.changes ?? {}).flat(),
    ...(edit?.documentChanges ?? []).flatMap(change => change.edits),
  ];
}

/** The LSP range of an ESLint CLI message: 0-based lines and characters. */
function rangeOf(message: LintMessage): Range {
  return {
    start: { line: message.line - 1, character: message.column - 1 },
    end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
  };
}

describe('the ESLint language server in the consumer project', () => {
  const client = new LspClient(process.execPath, [serverBin, '--stdio'], dir);
  /** What the CLI reports, to compare the editor against. */
  let cli: Map<string, LintMessage[]>;

  /** Edits the server asked the editor to apply (`workspace/applyEdit`). */
  const applied: WorkspaceEdit[] = [];

  beforeAll(async () => {
    client.onRequest('workspace/applyEdit', params => {
      applied.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
    client.onRequest('workspace/configuration', params =>
      (params as { items: unknown[] }).items.map(() => settings),
    );
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'consumer' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
          },
        },
      },
    });
    client.notify('initialized', {});

    const { results } = await eslintJson(dir, Object.keys(FIXTURE_SOURCES));
    cli = new Map(results.map(result => [path.relative(dir, result.filePath).split(path.sep).join('/'), result.messages]));
  });

  afterAll(async () => {
    await client.stop();
  });

  /** Opens a fixture file and pulls its diagnostics. */
  async function open(file: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(path.join(dir, file)).href;
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: FIXTURE_SOURCES[file] },
    });
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    expect(report.kind, client.stderr).toBe('full');
    return { uri, diagnostics: report.items };
  }

  /**
   * What choosing a quick fix does: its own edit, or (the ESLint server's way)
   * a command the editor runs, after which the server sends the edit back.
   */
  async function choose(action: CodeAction): Promise<TextEdit[]> {
    if (action.edit) {
      return editsOf(action.edit);
    }
    if (!action.command) {
      return [];
    }
    applied.length = 0;
    await client.request('workspace/executeCommand', {
      command: action.command.command,
      arguments: action.command.arguments,
    });
    return applied.flatMap(editsOf);
  }

  function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[] | null> {
    return client.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  it('shows the exhaustive-error-switch finding on the discriminant, and offers its suggestion', async () => {
    const file = fixtureFileOf('exhaustive-error-switch');
    const { uri, diagnostics } = await open(file);
    const ours = diagnostics.filter(diagnostic => diagnostic.code === 'ivs-stage/exhaustive-error-switch');
    const [expected] = (cli.get(file) ?? []).filter(message => message.ruleId === 'ivs-stage/exhaustive-error-switch');
    expect(expected).toBeDefined();
    expect(ours).toHaveLength(1);
    const [diagnostic] = ours;
    if (!diagnostic || !expected) {
      return;
    }
    expect(diagnostic.range).toEqual(rangeOf(expected));
    expect(diagnostic.severity).toBe(1);
    expect(diagnostic.message).toBe(expected.message);
    // The editor links the finding to the rule's page.
    expect(diagnostic.codeDescription?.href).toBe(
      plugin.rules['exhaustive-error-switch']?.docsUrl,
    );

    const actions = (await codeActions(uri, diagnostic)) ?? [];
    const suggestion = expected.suggestions?.[0];
    // The server titles a suggestion with its description and the rule id.
    const offered = actions.find(
      action => suggestion !== undefined && action.title === `${suggestion.desc} (ivs-stage/exhaustive-error-switch)`,
    );
    expect(offered, JSON.stringify(actions.map(action => action.title))).toBeDefined();
    const edits = offered ? await choose(offered) : [];
    expect(edits.map(edit => edit.newText), JSON.stringify(offered)).toContain(suggestion?.fix.text);
  });

  it('offers the autofix of every fixable recommended rule as a quick fix', async () => {
    const fixable = recommendedRules.filter(([ruleId]) => plugin.rules[ruleNameOf(ruleId)]?.fixable === true);
    for (const [ruleId] of fixable) {
      const file = fixtureFileOf(ruleNameOf(ruleId));
      const { uri, diagnostics } = await open(file);
      const expected = (cli.get(file) ?? []).find(message => message.ruleId === ruleId && message.fix);
      const diagnostic = diagnostics.find(candidate => candidate.code === ruleId);
      expect(expected, ruleId).toBeDefined();
      expect(diagnostic, ruleId).toBeDefined();
      if (!diagnostic || !expected?.fix) {
        continue;
      }
      expect(diagnostic.range).toEqual(rangeOf(expected));
      const actions = (await codeActions(uri, diagnostic)) ?? [];
      const fix = actions.find(action => action.title.startsWith(`Fix this ${ruleId} problem`));
      expect(fix, JSON.stringify(actions.map(action => action.title))).toBeDefined();
      const edits = fix ? await choose(fix) : [];
      expect(edits.map(edit => edit.newText), ruleId).toContain(expected.fix.text);
    }
  });
});
