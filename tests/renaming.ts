// Rename every local of a snippet, for the rename property test that
// tests/rule-tester.ts adds to the runs of the rules that must decide identity
// by scope analysis and types, never by source text: a rule that does so reports
// the same messages, at the same places, on the snippet and on its renaming.
import { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType, ScopeType } = TSESLint.Scope;

/**
 * The three spellings of a new name, taken in turn per declared variable, so that
 * every snippet gets each of them: a `$`, which a RegExp built from a name reads
 * as an anchor; a trailing `_`; and a letter outside ASCII, which `\b` and
 * `[A-Za-z_$]` do not count as part of a word. None makes a name start with a
 * lowercase letter, so a JSX component stays a component.
 */
const SCHEMES: readonly ((name: string) => string)[] = [
  name => `$${name}`,
  name => `${name}_`,
  name => `${name}é`,
];

/** An identifier as ECMAScript spells it (`$`, `_` and any Unicode letter included). */
const IDENTIFIER = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/gu;

/** A replacement of `[start, end)` by `text`; `start === end` for an insertion. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Renaming {
  /** The renamed code. */
  readonly code: string;
  /** Each new name and the name it replaces. */
  readonly renamed: ReadonlyMap<string, string>;
  /** The edits, in source order. */
  readonly edits: readonly Edit[];
  /**
   * Where an offset of the original code is in the renamed code. A range that
   * contains an edit grows with it: a report on `{ stage }` covers `{ stage: $stage }`.
   */
  mapOffset(offset: number, side: 'start' | 'end'): number;
  /** A text of the renamed code's world (a message) with the original names back. */
  restoreNames(text: string): string;
}

export interface RenameOptions {
  /** Decides `.ts`/`.tsx`/`.js`/`.jsx`, as for the linter. */
  filename: string;
  /** Names that must stay, such as the names settings refer to by text. */
  keep?: Iterable<string>;
  /**
   * Which spelling the first variable gets (the others follow in turn): varied
   * from case to case, so that a name a file's cases share gets each of them.
   */
  rotation?: number;
}

/**
 * How a name is written where renaming it alone would change what the code means:
 * `{ stage }` becomes `{ stage: $stage }`, `import { Stage }` becomes
 * `import { Stage as $Stage }`, `export { stage }` becomes `export { $stage as stage }`.
 */
type Shorthand = 'export' | 'import' | 'property';

/**
 * Renames every variable the snippet declares: declarations, parameters,
 * functions, classes, catch parameters, type aliases and interfaces, type
 * parameters, `declare`d names and the local names of imports, each variable to a
 * new name of its own (two variables of one name get two names). What is left
 * alone, because its name is part of what the code means and not a choice:
 *
 * - globals and anything else without a declaration in the snippet, property
 *   names, object keys, exported names of `export { … }`, JSX intrinsic elements;
 * - enum members and whatever is declared in a namespace or `declare global`
 *   (reached as `N.x`, or merged with the lib's declarations);
 * - interfaces declared at the top of a script (merged with the lib's);
 * - constructor parameter properties (`constructor(private stage: Stage)` also
 *   declares `this.stage`), `this` parameters, `React` in a JSX file (its JSX
 *   pragma, which the scope manager references through the declaration itself);
 * - in a JavaScript file, a name that two variables share and a comment mentions
 *   (the JSDoc that types the file refers to names by text: the mentions of the
 *   other names are renamed with them);
 * - the names of `options.keep`.
 */
export function renameLocals(code: string, { filename, keep = [], rotation = 0 }: RenameOptions): Renaming {
  const jsx = /\.[jt]sx$/.test(filename);
  const javascript = /\.[cm]?jsx?$/.test(filename);
  const { ast, scopeManager, visitorKeys } = parseForESLint(code, {
    filePath: filename,
    ecmaFeatures: { jsx },
    sourceType: 'module',
    range: true,
    loc: true,
    comment: true,
  });

  const kept = new Set(keep);
  kept.add('this');
  if (jsx) {
    kept.add('React');
  }

  // Where a name is written as a shorthand, and the parameters that are also properties.
  const shorthands = new Map<number, Shorthand>();
  const parameterProperties = new Set<number>();
  walk(ast, visitorKeys, node => {
    switch (node.type) {
      case AST_NODE_TYPES.Property:
        if (node.shorthand) {
          const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
          shorthands.set(value.range[0], 'property');
        }
        break;
      case AST_NODE_TYPES.ImportSpecifier:
        if (node.imported.range[0] === node.local.range[0]) {
          shorthands.set(node.local.range[0], 'import');
        }
        break;
      case AST_NODE_TYPES.ExportSpecifier:
        if (node.local.range[0] === node.exported.range[0]) {
          shorthands.set(node.local.range[0], 'export');
        }
        break;
      case AST_NODE_TYPES.TSParameterProperty: {
        const { parameter } = node;
        const id = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
        parameterProperties.add(id.range[0]);
        break;
      }
      default:
        break;
    }
  });

  // The variables to rename, grouped by their first declaration: a class's name is
  // one variable outside the class and another inside it, with the same declaration.
  const groups = new Map<number, { name: string; occurrences: Set<number> }>();
  for (const scope of scopeManager.scopes) {
    if (scope.type === ScopeType.tsModule || scope.type === ScopeType.tsEnum) {
      continue;
    }
    for (const variable of scope.variables) {
      const occurrences = occurrencesOf(variable);
      if (!occurrences) {
        continue;
      }
      const [first] = variable.defs;
      if (!first) {
        continue;
      }
      const key = first.name.range[0];
      const group = groups.get(key) ?? { name: variable.name, occurrences: new Set<number>() };
      for (const start of occurrences) {
        group.occurrences.add(start);
      }
      groups.set(key, group);
    }
  }

  /** Where the variable's name is written, or undefined when it must keep its name. */
  function occurrencesOf(variable: (typeof scopeManager.variables)[number]): number[] | undefined {
    const { name, defs, scope } = variable;
    if (defs.length === 0 || kept.has(name)) {
      return undefined;
    }
    for (const def of defs) {
      if (
        def.type === DefinitionType.ImplicitGlobalVariable ||
        def.type === DefinitionType.TSEnumMember ||
        parameterProperties.has(def.name.range[0]) ||
        (scope.type === ScopeType.global && def.node.type === AST_NODE_TYPES.TSInterfaceDeclaration)
      ) {
        return undefined;
      }
    }
    const nodes: TSESTree.Node[] = [
      ...defs.map(def => def.name),
      ...variable.references.map(reference => reference.identifier),
    ];
    const occurrences: number[] = [];
    for (const node of nodes) {
      const start = node.range[0];
      // An identifier's range also covers its type annotation: only its name is renamed.
      const written = code.slice(start, start + name.length);
      const after = code.slice(start + name.length, start + name.length + 1);
      if (
        (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.JSXIdentifier) ||
        node.name !== name ||
        written !== name ||
        /[\p{ID_Continue}$\u200c\u200d]/u.test(after)
      ) {
        return undefined; // written some other way (an escape, an implicit reference): leave it
      }
      occurrences.push(start);
    }
    return occurrences;
  }

  // In JavaScript the JSDoc types the code and names its variables by text
  // (`@param {Stage} stage`): the names a comment mentions are renamed there too,
  // unless two variables of the snippet share the name and the comment could mean
  // either. Words that cannot be a variable stay: after `.` or `@`, before `:`.
  const mentions = new Map<string, number[]>();
  if (javascript) {
    for (const comment of ast.comments) {
      const offset = comment.range[0] + 2; // after `//` or `/*`
      for (const match of comment.value.matchAll(IDENTIFIER)) {
        const before = comment.value.slice(0, match.index).trimEnd().at(-1);
        const after = comment.value.slice(match.index + match[0].length).trimStart();
        if (before === '.' || before === '@' || after.startsWith(':') || after.startsWith('?:')) {
          continue;
        }
        mentions.set(match[0], [...(mentions.get(match[0]) ?? []), offset + match.index]);
      }
    }
  }
  const toRename = [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  const sharedNames = new Set(
    toRename.map(group => group.name).filter((name, i, names) => names.indexOf(name) !== i),
  );

  // The new names: each new to the snippet, and none the same as another.
  const taken = new Set(Array.from(code.matchAll(IDENTIFIER), ([word]) => word));
  const renamed = new Map<string, string>();
  const edits: Edit[] = [];
  let turn = rotation;
  for (const { name, occurrences } of toRename) {
    if (mentions.has(name) && sharedNames.has(name)) {
      continue;
    }
    const scheme = SCHEMES[turn++ % SCHEMES.length] ?? String;
    let newName = scheme(name);
    for (let n = 2; taken.has(newName); n++) {
      newName = scheme(`${name}${String(n)}`);
    }
    taken.add(newName);
    renamed.set(newName, name);
    for (const start of occurrences) {
      const end = start + name.length;
      switch (shorthands.get(start)) {
        case 'property':
          edits.push({ start, end: start, text: `${name}: ` }, { start, end, text: newName });
          break;
        case 'import':
          edits.push({ start, end: start, text: `${name} as ` }, { start, end, text: newName });
          break;
        case 'export':
          edits.push({ start, end, text: newName }, { start: end, end, text: ` as ${name}` });
          break;
        case undefined:
          edits.push({ start, end, text: newName });
          break;
      }
    }
    for (const start of mentions.get(name) ?? []) {
      edits.push({ start, end: start + name.length, text: newName });
    }
  }
  // In source order; at one offset an insertion goes before a replacement that starts there.
  const sorted = edits.sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.reduce((previousEnd, edit) => {
    if (edit.start < previousEnd) {
      throw new Error(`two renames of the same text at offset ${String(edit.start)} of\n${code}`);
    }
    return edit.end;
  }, 0);

  let renamedCode = '';
  let at = 0;
  for (const edit of sorted) {
    renamedCode += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  renamedCode += code.slice(at);

  return {
    code: renamedCode,
    renamed,
    edits: sorted,
    mapOffset(offset, side) {
      let shift = 0;
      for (const edit of sorted) {
        const moved =
          edit.start === edit.end ? offset > edit.start || (offset === edit.start && side === 'end') : offset >= edit.end;
        if (moved) {
          shift += edit.text.length - (edit.end - edit.start);
        } else if (edit.start > offset) {
          break;
        }
      }
      return offset + shift;
    },
    restoreNames(text) {
      return text.replace(IDENTIFIER, word => renamed.get(word) ?? word);
    },
  };
}

/** Every node of the tree, parents first. */
function walk(
  node: TSESTree.Node,
  visitorKeys: Record<string, readonly string[] | undefined>,
  visit: (node: TSESTree.Node) => void,
): void {
  visit(node);
  for (const key of visitorKeys[node.type] ?? []) {
    const child: unknown = (node as unknown as Record<string, unknown>)[key];
    for (const value of Array.isArray(child) ? (child as unknown[]) : [child]) {
      if (isNode(value)) {
        walk(value, visitorKeys, visit);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Where each line starts, as ESLint counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\n\r\u2028\u2029]/g)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The offset of a 1-based line and column (ESLint's report positions). */
export function offsetOf(starts: readonly number[], line: number, column: number): number {
  return (starts[line - 1] ?? Number.NaN) + column - 1;
}

/** The 1-based line and column of an offset. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) {
    line++;
  }
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}
