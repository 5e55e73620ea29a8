// A deterministic, seeded generator of TypeScript programs for the fuzz test:
// random combinations of the forms the rules look at, around the real SDK, and
// plain (sometimes odd but valid) TypeScript the rules must pass over quietly.

/** StageErrorCode of the installed SDK (1.41), in value order 1..12. */
const MEMBERS = [
  'TOKEN_MALFORMED',
  'TOKEN_EXPIRED',
  'TIMEOUT',
  'FAILED',
  'CANCELED',
  'STAGE_AT_CAPACITY',
  'CODEC_MISMATCH',
  'TOKEN_NOT_ALLOWED',
  'STAGE_DELETED',
  'PARTICIPANT_DISCONNECTED',
  'TOKEN_EXCHANGE_REQUEST_INVALID',
  'TOKEN_EXCHANGE_FAILED',
] as const;

/** mulberry32: small, fast, and the same sequence on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) {
      throw new Error('pick from an empty list');
    }
    return item;
  }

  /** A random subset of `items` (order shuffled), of size min..max. */
  subset<T>(items: readonly T[], min: number, max: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, this.int(min, Math.min(max, copy.length)));
  }
}

/** How the program names the SDK: what a unit may write for the enum, Stage and the types. */
interface Names {
  /** A value expression for the enum, or null when only its type (or nothing) is imported. */
  enumValue: string | null;
  /** The enum as a type; `number` stands in when the file does not import it at all. */
  enumType: string;
  stage: string;
  events: string;
  errorType: string;
  strategyType: string;
}

const IMPORT_STYLES: readonly { header: string; names: Names }[] = [
  {
    header:
      "import { Stage, StageErrorCode, StageEvents, type StageError, type StageStrategy } from 'amazon-ivs-web-broadcast';",
    names: {
      enumValue: 'StageErrorCode',
      enumType: 'StageErrorCode',
      stage: 'Stage',
      events: 'StageEvents',
      errorType: 'StageError',
      strategyType: 'StageStrategy',
    },
  },
  {
    header:
      "import { Stage as IvsStage, StageErrorCode as Code, StageEvents as Events, type StageError as IvsError, type StageStrategy as Strategy } from 'amazon-ivs-web-broadcast';",
    names: {
      enumValue: 'Code',
      enumType: 'Code',
      stage: 'IvsStage',
      events: 'Events',
      errorType: 'IvsError',
      strategyType: 'Strategy',
    },
  },
  {
    header: "import * as ivs from 'amazon-ivs-web-broadcast';",
    names: {
      enumValue: 'ivs.StageErrorCode',
      enumType: 'ivs.StageErrorCode',
      stage: 'ivs.Stage',
      events: 'ivs.StageEvents',
      errorType: 'ivs.StageError',
      strategyType: 'ivs.StageStrategy',
    },
  },
  {
    // The enum imported as a type only: a fix that needs its value must not clash with it.
    header:
      "import { Stage, StageEvents, type StageError, type StageErrorCode, type StageStrategy } from 'amazon-ivs-web-broadcast';",
    names: {
      enumValue: null,
      enumType: 'StageErrorCode',
      stage: 'Stage',
      events: 'StageEvents',
      errorType: 'StageError',
      strategyType: 'StageStrategy',
    },
  },
  {
    // No enum at all: numbers only, and suggestions must add the import.
    header:
      "import { Stage, StageEvents, type StageError, type StageStrategy } from 'amazon-ivs-web-broadcast';",
    names: {
      enumValue: null,
      enumType: 'number',
      stage: 'Stage',
      events: 'StageEvents',
      errorType: 'StageError',
      strategyType: 'StageStrategy',
    },
  },
];

export interface GeneratedProgram {
  seed: number;
  code: string;
}

/** One program of several units, each in its own scope so that they do not collide. */
export function generateProgram(seed: number): GeneratedProgram {
  const random = new Random(seed);
  const style = random.pick(IMPORT_STYLES);
  const generator = new UnitGenerator(random, style.names);
  if (style.names.enumValue === null && style.names.enumType === 'number' && random.chance(0.3)) {
    // A local name that an added import of StageErrorCode would collide with.
    generator.topLevel.push(random.pick(['type StageErrorCode = number;', 'const StageErrorCode = { local: true };', 'function StageErrorCode(): void {}']));
  }
  const units: string[] = [];
  const count = random.int(6, 12);
  for (let index = 0; index < count; index++) {
    units.push(generator.unit());
  }
  const { names } = style;
  const code = [
    style.header,
    `declare const stage: ${names.stage};`,
    `declare const strategy: ${names.strategyType};`,
    'declare function fetchToken(): Promise<string>;',
    'declare function shouldRetry(value: unknown): boolean;',
    'declare function log(...values: unknown[]): void;',
    ...generator.topLevel,
    ...units,
    'export {};',
    '',
  ].join('\n');
  // Line endings and indentation the fixes must cope with: CRLF files, tab indents.
  const layout = random.int(0, 5);
  if (layout === 0) {
    return { seed, code: code.replace(/\n/g, '\r\n') };
  }
  if (layout === 1) {
    return { seed, code: code.replace(/^( {2})+/gm, indent => '\t'.repeat(indent.length / 2)) };
  }
  return { seed, code };
}

class UnitGenerator {
  readonly topLevel: string[] = [];
  private counter = 0;

  constructor(
    private readonly random: Random,
    private readonly names: Names,
  ) {}

  private id(prefix: string): string {
    this.counter++;
    return `${prefix}${String(this.counter)}`;
  }

  unit(): string {
    const { random } = this;
    const kinds: (() => string)[] = [
      () => this.switchUnit(),
      () => this.switchUnit(),
      () => this.comparisonUnit(),
      () => this.listUnit(),
      () => this.listenerUnit(),
      () => this.listenerUnit(),
      () => this.catchUnit(),
      () => this.classUnit(),
      () => this.creationUnit(),
      () => this.contextualUnit(),
      () => this.plainUnit(),
      () => this.plainUnit(),
      () => this.shadowUnit(),
      () => this.oddSwitchUnit(),
      () => this.oddCallUnit(),
      () => this.oddCallUnit(),
    ];
    return random.pick(kinds)();
  }

  // --- members, conditions and actions --------------------------------------

  /** A member as the code can name it: through the enum when it can, or as a bare number. */
  private member(name: (typeof MEMBERS)[number]): string {
    const value = String(MEMBERS.indexOf(name) + 1);
    const { enumValue } = this.names;
    if (enumValue === null || this.random.chance(0.25)) {
      // Every way of writing the number that the rules must read as the same member.
      return this.random.chance(0.8)
        ? value
        : this.random.pick([`(${value})`, `0x${Number(value).toString(16)}`, `${value}.0`, `${value}e0`, `/* n */ ${value}`]);
    }
    if (this.random.chance(0.1)) {
      // A const holding a member, or destructured from the enum.
      const alias = this.id(`K_${name}_`);
      this.topLevel.push(
        this.random.chance(0.5)
          ? `const ${alias} = ${enumValue}.${name};`
          : `const { ${name}: ${alias} } = ${enumValue};`,
      );
      return alias;
    }
    return `${enumValue}.${name}`;
  }

  private members(min: number, max: number): (typeof MEMBERS)[number][] {
    return this.random.subset(MEMBERS, min, max);
  }

  /** The expression a unit reads the code from. */
  private codeOf(error: string): string {
    return this.random.pick([
      `${error}.code`,
      `${error}.code`,
      `(${error}.code)`,
      `${error}.code!`,
      `(${error}.code as number)`,
      `Number(${error}.code)`,
      `+${error}.code`,
    ]);
  }

  /** A condition on `error.code`: the guards the reach analysis reads, and some it cannot. */
  private condition(error: string): string {
    const { random } = this;
    const chosen = this.members(1, 3);
    const kind = random.int(0, 8);
    switch (kind) {
      case 0:
      case 1:
        return chosen.map(name => `${this.codeOf(error)} === ${this.member(name)}`).join(' || ');
      case 2:
        return chosen.map(name => `${error}.code !== ${this.member(name)}`).join(' && ');
      case 3:
        return `[${chosen.map(name => this.member(name)).join(', ')}].includes(${error}.code)`;
      case 4:
        return `new Set([${chosen.map(name => this.member(name)).join(', ')}]).has(${error}.code)`;
      case 5:
        return `!(${this.condition(error)})`;
      case 6:
        return `${this.codeOf(error)} ${random.pick(['<', '>=', '>', '<='])} ${String(random.int(0, 13))}`;
      case 7:
        return `shouldRetry(${error})`;
      default:
        return `${String(random.int(1, 12))} == ${error}.code`;
    }
  }

  /** A statement that retries, refreshes, or starts over with a fresh token. */
  private action(stage = 'stage'): string {
    const { random } = this;
    return random.pick([
      `void ${stage}.join();`,
      `void ${stage}.join();`,
      `${stage}.refreshStrategy();`,
      `${stage}.replaceStrategy(strategy);`,
      `void ${stage}.exchangeToken('token');`,
      `log(new ${this.names.stage}('token', strategy));`,
      `setTimeout(() => { void ${stage}.join(); }, ${String(random.int(0, 5000))});`,
      `void Promise.resolve().then(() => ${stage}.join());`,
      `log(${stage});`,
      'return;',
    ]);
  }

  /** `action` under a random guard on the code. */
  private guarded(error: string, stage = 'stage', last = true): string {
    const { random } = this;
    const action = this.action(stage).replace(/^return;$/, 'log();');
    const condition = this.condition(error);
    switch (random.int(0, last ? 6 : 3)) {
      case 0:
        return `if (${condition}) {\n    ${action}\n  }`;
      case 1:
        return `if (${condition}) {\n    log(1);\n  } else {\n    ${action}\n  }`;
      case 2:
        return `${condition} ? ${stripStatement(action)} : log(${error});`;
      case 3:
        return `${condition} && ${stripStatement(action)};`;
      case 4:
        return `if (${condition}) return;\n  ${action}`;
      case 5:
        return action;
      default:
        return `{\n    ${action}\n  }`;
    }
  }

  // --- units that exercise the rules ----------------------------------------

  private switchUnit(): string {
    const { random, names } = this;
    const fn = this.id('handle');
    // A discriminant narrowed to a few members may only have cases among them.
    const form = random.pick(['error.code', 'error.code', '(error.code)', 'code', 'narrow'] as const);
    let prelude = '';
    let subject: string = form;
    let possible: readonly (typeof MEMBERS)[number][] = MEMBERS;
    if (form === 'code') {
      prelude = '  const code = error.code;\n';
    } else if (form === 'narrow') {
      if (names.enumValue === null) {
        subject = 'error.code';
      } else {
        possible = this.members(1, 4);
        prelude = `  const narrow = error.code as ${possible.map(name => `${names.enumValue ?? ''}.${name}`).join(' | ')};\n`;
      }
    }
    const chosen = random.subset(possible, 0, possible.length);
    const lines: string[] = [];
    const defaultAt = random.chance(0.6) ? random.int(0, chosen.length) : -1;
    // A member no case names still reaches the default clause and the code after the
    // switch: comparing with it there is fine, until a suggestion adds its case.
    const unnamed = possible.filter(name => !chosen.includes(name));
    const compare = (): string => {
      const name = unnamed.length > 0 && random.chance(0.4) ? random.pick(unnamed) : undefined;
      return name === undefined ? '' : `if (${subject} === ${this.member(name)}) log(${subject});\n      `;
    };
    chosen.forEach((name, index) => {
      if (index === defaultAt) {
        lines.push(`    default:\n      ${compare()}${this.caseBody()}`);
      }
      const body = random.chance(0.35) ? '' : `\n      ${this.caseBody()}`;
      lines.push(`    case ${this.member(name)}:${body}`);
    });
    if (defaultAt === chosen.length) {
      lines.push(random.chance(0.2) ? '    default:' : `    default:\n      ${compare()}${this.caseBody()}`);
    }
    const wrap = random.int(0, 2);
    const after = defaultAt === -1 ? compare().trimEnd() : '';
    const body = `${prelude}  switch (${subject}) {\n${lines.join('\n')}\n  }${after ? `\n  ${after}` : ''}`;
    if (wrap === 0) {
      return `export function ${fn}(error: ${names.errorType}): void {\n${body}\n}`;
    }
    if (wrap === 1) {
      return `stage.on(${names.events}.ERROR, (error) => {\n${body}\n});`;
    }
    return `export const ${fn} = async (): Promise<void> => {\n  try {\n    await stage.join();\n  } catch (caught) {\n    const error = caught as ${names.errorType};\n${body}\n  }\n};`;
  }

  private caseBody(): string {
    return this.random.pick([
      'break;',
      'return;',
      'throw error;',
      'log(error);\n      break;',
      `${this.action().replace(/^return;$/, 'log();')}\n      break;`,
      '{\n        log(error.code);\n        break;\n      }',
      'log(error);',
    ]);
  }

  private comparisonUnit(): string {
    const { names, random } = this;
    const fn = this.id('isCode');
    const statements: string[] = [];
    for (let index = random.int(1, 4); index > 0; index--) {
      statements.push(`  if (${this.condition('error')}) {\n    log(error);\n  }`);
    }
    if (random.chance(0.3)) {
      statements.push(`  return ${this.condition('error')};`);
    } else {
      statements.push('  return false;');
    }
    return `export function ${fn}(error: ${names.errorType}): boolean {\n${statements.join('\n')}\n}`;
  }

  private listUnit(): string {
    const { names, random } = this;
    const list = this.id('CODES');
    const chosen = this.members(1, 5).map(name => this.member(name));
    const declaration = random.pick([
      `const ${list} = [${chosen.join(', ')}];`,
      `const ${list}: readonly ${names.enumType}[] = [${chosen.join(', ')}];`,
      `const ${list} = new Set<${names.enumType}>([${chosen.join(', ')}]);`,
      `const ${list} = [${chosen.join(', ')}] as const;`,
    ]);
    const test = declaration.includes('new Set')
      ? `${list}.has(error.code)`
      : random.pick([
          `(${list} as readonly number[]).includes(error.code)`,
          `(${list} as readonly number[]).indexOf(error.code) >= 0`,
        ]);
    return `${declaration}\nstage.on(${names.events}.ERROR, (error) => {\n  if (${test}) {\n    ${this.action().replace(/^return;$/, 'log();')}\n  }\n});`;
  }

  private listenerUnit(): string {
    const { names, random } = this;
    const statements: string[] = [];
    // An early return narrows the code for what follows: only the last guard may be one,
    // or TypeScript would rightly call a later comparison impossible.
    for (let index = random.int(1, 3); index > 0; index--) {
      statements.push(`  ${this.guarded('error', 'stage', index === 1)}`);
    }
    const handler = random.pick(['arrow', 'function', 'named']);
    if (handler === 'named') {
      const fn = this.id('onError');
      return `function ${fn}(error: ${names.errorType}): void {\n${statements.join('\n')}\n}\nstage.on(${names.events}.ERROR, ${fn});`;
    }
    const head = handler === 'arrow' ? '(error) =>' : 'function (error)';
    const retry = random.chance(0.3) ? this.retryHelper() : '';
    // The helper's call goes first: the statements may end in an early return.
    const helperCall = retry ? `  if (${this.condition('error')}) ${this.lastHelper}();\n` : '';
    return `${retry}stage.on(${names.events}.ERROR, ${head} {\n${helperCall}${statements.join('\n')}\n});`;
  }

  private lastHelper = '';

  /** A function of the file that (transitively) retries. */
  private retryHelper(): string {
    const inner = this.id('rejoin');
    const outer = this.id('retryLater');
    this.lastHelper = outer;
    return `function ${inner}(): void {\n  void stage.join();\n}\nfunction ${outer}(): void {\n  setTimeout(${inner}, 1000);\n}\n`;
  }

  private catchUnit(): string {
    const { names, random } = this;
    const fn = this.id('connect');
    const loop = random.pick([
      'for (let attempt = 0; attempt < 3; attempt++)',
      'while (Math.random() > 0.5)',
      'do',
      'none',
    ]);
    const guard = this.guarded('error').replace(/\breturn;/g, 'continue;');
    const tryBlock = `try {\n      await stage.join();\n      ${loop === 'none' ? 'return;' : 'break;'}\n    } catch (caught) {\n      const error = caught as ${names.errorType};\n      ${loop === 'none' ? guard.replace(/\bcontinue;/g, 'return;') : guard}\n      ${random.pick(['throw error;', 'log(error);', loop === 'none' ? 'return;' : 'continue;'])}\n    }`;
    if (loop === 'none') {
      return `export async function ${fn}(): Promise<void> {\n    ${tryBlock}\n}`;
    }
    const label = random.chance(0.2) ? 'retry: ' : '';
    const body =
      loop === 'do'
        ? `${label}do {\n    ${tryBlock}\n  } while (Math.random() > 0.5);`
        : `${label}${loop} {\n    ${tryBlock}\n  }`;
    return `export async function ${fn}(): Promise<void> {\n  ${body}\n}`;
  }

  private classUnit(): string {
    const { names, random } = this;
    const cls = this.id('AppStage');
    const listener = random.chance(0.6)
      ? `\n    this.on(${names.events}.ERROR, (error) => {\n      ${this.guarded('error', 'this')}\n    });`
      : '';
    const method = random.pick([
      `\n  retry(): Promise<void> {\n    return this.join();\n  }`,
      `\n  get busy(): boolean {\n    return false;\n  }`,
      `\n  static create(): ${cls} {\n    return new ${cls}('token');\n  }`,
      '',
    ]);
    const use = random.pick([
      `const ${this.id('app')} = new ${cls}('token');\nvoid ${this.lastId()}.join();`,
      `export const ${this.id('app')} = new ${cls}('token');`,
      '',
    ]);
    return `class ${cls} extends ${names.stage} {\n  constructor(token: string) {\n    super(token, strategy);${listener}\n  }${method}\n}\n${use}`;
  }

  private lastId(): string {
    return `app${String(this.counter)}`;
  }

  private creationUnit(): string {
    const { names, random } = this;
    const fn = this.id('start');
    const local = random.pick(['created', 'next', 's']);
    const listener = random.chance(0.5)
      ? `\n  ${local}.on(${names.events}.ERROR, (error) => {\n    ${this.guarded('error', local)}\n  });`
      : '';
    const join = random.pick([`void ${local}.join();`, `await ${local}.join();`, '']);
    const ending = random.pick(['', `\n  return ${local};`, `\n  log(${local});`]);
    const returnType = ending.includes('return') ? names.stage.replace(/^ivs\./, 'ivs.') : 'void';
    return `export async function ${fn}(): Promise<${returnType}> {\n  const ${local} = new ${names.stage}(await fetchToken(), strategy);${listener}\n  ${join}${ending}\n}`;
  }

  private contextualUnit(): string {
    const { names, random } = this;
    const type = names.enumType;
    const value = (): string => this.member(random.pick(MEMBERS));
    const name = this.id('slot');
    return random.pick([
      `export const ${name}: ${type} = ${value()};`,
      `export function ${name}(): ${type} {\n  return ${value()};\n}`,
      `export const ${name}: Partial<Record<${type}, string>> = { [${value()}]: 'a', ${String(random.int(1, 12))}: 'b' };`,
      `export const ${name}: ${type}[] = [${value()}, ${value()}];`,
      `export const ${name} = (code: ${type} = ${value()}): ${type} => code;`,
      `let ${name}: ${type} | undefined;\n${name} = ${value()};\nlog(${name});`,
      names.enumValue === null
        ? `export const ${name} = ${String(random.int(1, 12))};`
        : `export const ${name} = ${names.enumValue}[${String(random.int(1, 12))}];`,
      `export const ${name} = { code: ${value()} } satisfies { code: ${type} };`,
      `log(${value()}, ${random.pick(['0', '-1', '1.5', '0x6', '1e1', '6n'])});`,
    ]);
  }

  /** A local that shadows the enum's name: a fix must not write `Name.MEMBER` through it. */
  private shadowUnit(): string {
    const { names, random } = this;
    const root = (names.enumValue ?? 'StageErrorCode').split('.')[0] ?? 'StageErrorCode';
    const fn = this.id('shadowed');
    const number = String(random.int(1, 12));
    return random.pick([
      `export function ${fn}(error: ${names.errorType}, ${root}: number): boolean {\n  return error.code === ${number} || ${root} === 1;\n}`,
      `export function ${fn}(error: ${names.errorType}): void {\n  const ${root} = { join: 1 };\n  log(${root});\n  switch (error.code) {\n    case ${number}:\n      break;\n    default:\n  }\n}`,
      `export class ${fn} {\n  ${root} = 0;\n  check(error: ${names.errorType}): boolean {\n    return ${number} === error.code;\n  }\n}`,
      `stage.on(${names.events}.ERROR, (${root}) => {\n  if (${root}.code === ${number}) {\n    void stage.join();\n  }\n});`,
    ]);
  }

  /** Switches written in ways a suggestion must still insert into correctly. */
  private oddSwitchUnit(): string {
    const { names, random } = this;
    const fn = this.id('odd');
    const a = this.member(random.pick(MEMBERS));
    const b = this.member(random.pick(MEMBERS));
    const maybe = `maybe${fn}`;
    return random.pick([
      `export function ${fn}(error: ${names.errorType}): void {\n  switch (error.code) { case ${a}: log(1); break; default: log(2); }\n}`,
      `export function ${fn}(error: ${names.errorType}): void {\n  switch (error.code /* the code */) {\n    // nothing yet\n  }\n}`,
      `export function ${fn}(error: ${names.errorType}): void {\n  switch (error.code) {\n    case ${a}: // first\n      log(1); // after\n    default: /* fall */\n      log(2);\n  }\n}`,
      `export function ${fn}(error: ${names.errorType}): void {\n  switch (error.code) {\n    case ${a}: {\n      const local = 1;\n      log(local);\n    }\n  }\n}`,
      `export function* ${fn}(error: ${names.errorType}): Generator<number> {\n  switch (error.code) {\n    case ${a}:\n      yield 1;\n  }\n}`,
      `export class ${fn} {\n  static {\n    const error = {} as ${names.errorType};\n    switch (error.code) {\n      default:\n        log(error);\n    }\n  }\n  get code(): number {\n    const error = {} as ${names.errorType};\n    switch (error.code) {\n      case ${a}:\n        return 1;\n    }\n    return 0;\n  }\n}`,
      `declare const ${maybe}: ${names.errorType} | undefined;\nif (${maybe}?.code === ${b}) {\n  log(${maybe});\n}`,
      `declare function get${fn}(): ${names.enumType};\nswitch (get${fn}()) {\n  case ${a}:\n    break;\n}`,
      `export function ${fn}(error: ${names.errorType}): number {\n  loop: for (;;) {\n    switch (error.code) {\n      case ${a}:\n        continue loop;\n      default:\n        break loop;\n    }\n  }\n  return 1;\n}`,
    ]);
  }

  /** Stage calls, listeners and retries written in the less common ways. */
  private oddCallUnit(): string {
    const { names, random } = this;
    const fn = this.id('odd');
    const code = this.member(random.pick(MEMBERS));
    const ev = names.events;
    return random.pick([
      `stage.on(${ev}.ERROR, ({ code }) => {\n  if (code === ${code}) {\n    void stage.join();\n  }\n});`,
      `stage.on(${ev}.ERROR, async (error) => {\n  if (error.code !== ${code}) return;\n  await stage.join().catch(log);\n});`,
      `stage.on(${ev}.ERROR, (error) => {\n  if (error.code === ${code}) {\n    void stage?.join();\n    stage!.refreshStrategy();\n    void (stage as ${names.stage})['join']();\n    void stage.join.call(stage);\n    setTimeout(stage.join.bind(stage), 10);\n  }\n});`,
      `stage.on(${ev}.ERROR, (error) => {\n  const { join } = stage;\n  if (error.code === ${code}) void join.call(stage);\n});`,
      `function ${fn}a(depth: number): void {\n  if (depth > 0) ${fn}b(depth - 1);\n}\nfunction ${fn}b(depth: number): void {\n  ${fn}a(depth);\n  void stage.join();\n}\nfunction ${fn}c(): void {\n  ${fn}c();\n}\nstage.on(${ev}.ERROR, (error) => {\n  if (error.code === ${code}) ${fn}a(3);\n  ${fn}c();\n});`,
      `export async function ${fn}(): Promise<void> {\n  while (true) {\n    try {\n      await stage.join();\n      return;\n    } catch {\n      continue;\n    }\n  }\n}`,
      `export async function ${fn}(): Promise<void> {\n  for (;;) {\n    try {\n      await stage.join();\n      break;\n    } catch (caught: unknown) {\n      if ((caught as ${names.errorType}).code === ${code}) continue;\n      throw caught;\n    }\n  }\n}`,
      `export const ${fn} = class extends ${names.stage} {\n  handle = (error: ${names.errorType}): void => {\n    if (error.code === ${code}) void super.join();\n    this?.refreshStrategy();\n  };\n  constructor() {\n    super('token', strategy);\n    this.on(${ev}.ERROR, this.handle);\n  }\n};`,
      `class ${fn} {\n  private readonly stage = new ${names.stage}('token', strategy);\n  start(): void {\n    this.stage.on(${ev}.ERROR, this.onError);\n    void this.stage.join();\n  }\n  private readonly onError = (error: ${names.errorType}): void => {\n    if (error.code === ${code}) this.stage.replaceStrategy(strategy);\n  };\n}\nnew ${fn}().start();`,
      `const ${fn} = [new ${names.stage}('a', strategy), new ${names.stage}('b', strategy)];\nfor (const each of ${fn}) {\n  void each.join();\n}`,
      `const ${fn}: ${names.stage}[] = [];\n${fn}.push(new ${names.stage}('token', strategy));\nvoid ${fn}[0]?.join();`,
      `const ${fn} = new ${names.stage}('token', strategy);\nconst ${fn}Alias = ${fn};\n${fn}Alias.on(${ev}.ERROR, log);\nvoid ${fn}.join();`,
      `let ${fn}: ${names.stage} | undefined;\n${fn} ??= new ${names.stage}('token', strategy);\n${fn}.on(${ev}.ERROR, (error) => error.code === ${code} && ${fn}?.join());\nvoid ${fn}.join();`,
      `export function ${fn}(...args: ConstructorParameters<typeof ${names.stage}>): void {\n  const created = new ${names.stage}(...args);\n  void created.join();\n}`,
      `stage.on(${ev}.ERROR, function (this: unknown, error) {\n  label: if (error.code === ${code}) {\n    if (Math.random()) break label;\n    void stage.join();\n  }\n});`,
      `stage.on(${ev}.ERROR, (error) => void (error.code === ${code} ? stage.join() : stage.leave()));`,
    ]);
  }

  // --- plain and odd TypeScript ---------------------------------------------

  private plainUnit(): string {
    const { random, names } = this;
    const name = this.id('plain');
    const forms = [
      `export function ${name}(value: number): number {\n  switch (value) {\n  }\n  return value;\n}`,
      `stage.on(${names.events}.ERROR, (error) => {\n  switch (error.code) {\n  }\n});`,
      `stage.on(${names.events}.ERROR, (error) => {\n  switch (error.code) {\n    default:\n  }\n});`,
      `export function ${name}(): number {\n  let total = 0;\n  outer: for (let i = 0, j = 10; i < j; i++, j--) {\n    inner: while (total < 100) {\n      total += (total++, j);\n      if (total > 50) break outer;\n      continue inner;\n    }\n  }\n  return total;\n}`,
      `export class ${name} {\n  #value = 0;\n  get value(): number {\n    return this.#value;\n  }\n  set value(next: number) {\n    this.#value = next;\n  }\n  static readonly zero = new ${name}();\n}`,
      `export function* ${name}(): Generator<number, void, unknown> {\n  yield 1;\n  yield* [2, 3];\n}`,
      `export async function* ${name}(): AsyncGenerator<number> {\n  for await (const item of [Promise.resolve(1)]) {\n    yield item;\n  }\n}`,
      `declare namespace ${name} {\n  const code: number;\n  function join(): void;\n}\nlog(${name}.code === 6);`,
      `enum ${name} {\n  A = 1,\n  B,\n  C = A | B,\n}\nlog(${name}.A === 1, ${name}[2]);`,
      `const enum ${name} {\n  Up = 'UP',\n  Down = 'DOWN',\n}\nlog(${name}.Up);`,
      `namespace ${name} {\n  export enum StageErrorCode {\n    TIMEOUT = 3,\n  }\n  export const timeout = StageErrorCode.TIMEOUT === 3;\n}\nlog(${name}.timeout);`,
      `export const ${name} = {\n  get code(): number {\n    return 6;\n  },\n  join(): void {},\n  ['computed' + 1]: 2,\n};`,
      `export abstract class ${name}<T> {\n  abstract join(): T;\n  refreshStrategy(): void {}\n  protected constructor(readonly items: T[] = []) {}\n}`,
      `export function ${name}(value: string | number): value is number {\n  return typeof value === 'number' ? value === 6 : false;\n}`,
      `export type ${name}<T> = T extends (infer U)[] ? { [K in keyof U]?: U[K] } : never;`,
      `switch (true) {\n  case Math.random() > 0.5:\n    log(6);\n    break;\n  default:\n}`,
      `export const ${name} = \`tag\${String(6)}\` + String.raw\`\\n\${7}\`;`,
      `export function ${name}(first?: { code?: number }): number {\n  return first?.code ?? 6;\n}`,
      `if (Math.random()) log(stage.join, stage['join']);`,
      `export const ${name} = [1, 2, 3].map((n) => ({ n })).filter(({ n }) => n !== 6);`,
      `label${name}: {\n  log(1);\n  break label${name};\n}`,
      `export function ${name}(this: { code: number }): boolean {\n  return this.code === 6;\n}`,
      `for (const key in stage) {\n  log(key);\n}\n;;`,
      `export const ${name} = (void 0, typeof stage === 'object', !stage);`,
      `declare global {\n  interface Window {\n    ${name}?: number;\n  }\n}`,
      `export function ${name}(code: ${names.enumType}): string {\n  try {\n    return String(code);\n  } finally {\n    log(code);\n  }\n}`,
    ];
    return random.pick(forms);
  }
}

/** `void x;` → `void x` for expression positions (ternaries, `&&`). */
function stripStatement(statement: string): string {
  if (statement === 'return;') {
    return 'log()';
  }
  return statement.replace(/;$/, '').replace(/^void /, '(void ').replace(/^\(void (.*)$/, '(void $1)');
}
