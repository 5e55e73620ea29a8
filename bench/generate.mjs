// Writes a deterministic, seeded corpus for the benchmark: a realistic app of N
// TypeScript modules, a minority of which handle Amazon IVS stage errors with the
// real SDK, the rest ordinary code full of look-alikes (local enums, numeric
// comparisons, `join`/`has`/`includes`/`refreshStrategy` on non-Stage types).
// Two variants: "disconnected" (ordinary modules import only ordinary modules, so
// the plugin's whole-file gate skips them) and "connected" (every ordinary module
// imports a stage module's hook, as an app's components import its stage hook or
// context, so the gate lets every file through).
//
//   node bench/generate.mjs [--modules 500] [--seed 1] [--connected] [--out bench/corpus/n500-s1]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Share of modules that handle stage errors with the SDK, per corpus variant. */
const STAGE_SHARE = { disconnected: 0.15, connected: 0.25 };

/** mulberry32: tiny, fast and the same on every machine, so a seed names a corpus. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: items => items[Math.floor(next() * items.length)],
    chance: p => next() < p,
    /** `count` distinct items, in their original order. */
    some: (items, count) =>
      items
        .map(item => ({ item, key: next() }))
        .sort((a, b) => a.key - b.key)
        .slice(0, count)
        .sort((a, b) => items.indexOf(a.item) - items.indexOf(b.item))
        .map(({ item }) => item),
  };
}

const FATAL = ['TOKEN_MALFORMED', 'TOKEN_EXPIRED', 'FAILED', 'CANCELED', 'CODEC_MISMATCH', 'TOKEN_NOT_ALLOWED', 'STAGE_DELETED', 'PARTICIPANT_DISCONNECTED', 'TOKEN_EXCHANGE_REQUEST_INVALID'];
const RETRYABLE = ['TIMEOUT', 'STAGE_AT_CAPACITY', 'TOKEN_EXCHANGE_FAILED'];
const ALL_CODES = ['TOKEN_MALFORMED', 'TOKEN_EXPIRED', 'TIMEOUT', 'FAILED', 'CANCELED', 'STAGE_AT_CAPACITY', 'CODEC_MISMATCH', 'TOKEN_NOT_ALLOWED', 'STAGE_DELETED', 'PARTICIPANT_DISCONNECTED', 'TOKEN_EXCHANGE_REQUEST_INVALID', 'TOKEN_EXCHANGE_FAILED'];

const NOUNS = ['Order', 'Invoice', 'Room', 'Ticket', 'Upload', 'Session', 'Playlist', 'Comment', 'Device', 'Report', 'Channel', 'Badge'];
const STATES = ['Draft', 'Pending', 'Active', 'Paused', 'Archived', 'Failed', 'Closed', 'Queued'];

const moduleName = index => `mod${String(index).padStart(4, '0')}`;

// ---------------------------------------------------------------------------
// Ordinary modules: what most of an app is, and what our rules must skip cheaply.

function ordinaryModule(random, index, dependency, hook) {
  const noun = `${random.pick(NOUNS)}${index}`;
  const states = random.some(STATES, random.int(3, 6));
  const parts = [];
  const imports = [];
  if (dependency !== undefined) {
    const dep = moduleName(dependency);
    imports.push(`import { ${dependency % 2 ? 'summarise' : 'score'}${dependency}, type Record${dependency} } from './${dep}.js';`);
    parts.push(`export function relay${index}(items: readonly Record${dependency}[]): number {
  return items.reduce((sum, item) => sum + ${dependency % 2 ? `summarise${dependency}(item).length` : `score${dependency}(item)`}, 0);
}`);
  }
  if (hook !== undefined) {
    // Connected corpus: a component reading the app's stage hook (no error handling of its own).
    imports.push(`import { useStage${hook}, type StageState${hook} } from './${moduleName(hook)}.js';`);
    parts.push(`export function presence${index}(state: StageState${hook} = useStage${hook}()): string {
  if (state.lastError !== undefined) {
    return 'unavailable: ' + state.lastError.message;
  }
  return state.joined ? String(state.participants.length) + ' watching' : 'offline';
}

export function leave${index}(): void {
  useStage${hook}().stage?.leave();
}`);
  }
  parts.push(`export enum ${noun}Status {
${states.map((state, i) => `  ${state} = ${i + 1},`).join('\n')}
}

export interface Record${index} {
  readonly id: string;
  readonly status: ${noun}Status;
  readonly count: number;
  readonly tags: readonly string[];
}`);

  // A switch over a local enum: exhaustive, with default, or missing one member.
  const handled = random.chance(0.5) ? states : states.slice(0, -1);
  parts.push(`export function ${index % 2 ? 'summarise' : 'describe'}${index}(record: Record${index}): string {
  switch (record.status) {
${handled.map(state => `    case ${noun}Status.${state}:\n      return '${state.toLowerCase()} ' + record.id;`).join('\n')}
${random.chance(0.5) ? `    default:\n      return 'other';\n` : ''}  }
  return record.id;
}`);
  if (index % 2 === 0) {
    parts.push(`export function summarise${index}(record: Record${index}): string {
  return describe${index}(record);
}`);
  }

  // Enum and numeric comparisons.
  parts.push(`export function score${index}(record: Record${index}): number {
  let score = record.count > ${random.int(2, 40)} ? 2 : 1;
  if (record.status === ${noun}Status.${states[0]}) {
    score += 1;
  }${random.chance(0.3) ? `\n  if (record.status === ${random.int(1, states.length)}) {\n    score -= 1;\n  }` : ''}
  if (record.count >= ${random.int(50, 200)} && record.tags.length !== 0) {
    score *= 2;
  }
  return record.status !== ${noun}Status.${states[1]} ? score : -score;
}`);

  // Classes whose methods share names with Stage's: join, has, includes, refreshStrategy.
  parts.push(`export class ${noun}Registry {
  private readonly members = new Set<string>();
  private readonly history: string[] = [];

  join(member: string): boolean {
    if (this.members.has(member)) {
      return false;
    }
    this.members.add(member);
    this.history.push(member);
    return true;
  }

  has(member: string): boolean {
    return this.members.has(member);
  }

  includes(member: string): boolean {
    return this.history.includes(member);
  }

  refreshStrategy(): void {
    this.history.splice(0, this.history.length - ${random.int(5, 50)});
  }
}`);

  parts.push(`export async function sync${index}(
  registry: ${noun}Registry,
  records: readonly Record${index}[],
  load: (id: string) => Promise<Record${index}>,
): Promise<string[]> {
  const joined: string[] = [];
  for (const record of records.filter(candidate => candidate.count > 0)) {
    if (registry.has(record.id) || record.tags.includes('skip')) {
      continue;
    }
    if (registry.join(record.id)) {
      joined.push([record.id, String(record.count)].join(':'));
    }
  }
  for (let attempt = 0; attempt < ${random.int(2, 5)}; attempt++) {
    try {
      const fresh = await load(joined[0] ?? 'none');
      registry.join(fresh.id);
      break;
    } catch (error) {
      if (attempt > 1) {
        registry.refreshStrategy();
      }
      console.warn('retrying', error);
    }
  }
  void load('warm').then(value => value.count).catch(() => 0);
  const timer = setTimeout(() => registry.refreshStrategy(), ${random.int(100, 5000)});
  clearTimeout(timer);
  return joined.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}`);

  if (random.chance(0.5)) {
    const kinds = random.some(['small', 'medium', 'large', 'huge'], 3);
    parts.push(`type Size${index} = ${kinds.map(kind => `'${kind}'`).join(' | ')};

export function bucket${index}(size: Size${index}, count: number): number {
  switch (size) {
${kinds.slice(0, random.chance(0.5) ? 3 : 2).map((kind, i) => `    case '${kind}':\n      return count * ${i + 2};`).join('\n')}
    default:
      return count;
  }
}`);
  }
  if (random.chance(0.4)) {
    parts.push(`export class ${noun}Queue<T> {
  private readonly items: T[] = [];
  private readonly limit = ${random.int(10, 100)};

  push(item: T): void {
    while (this.items.length >= this.limit) {
      this.items.shift();
    }
    this.items.push(item);
  }

  drain(visit: (item: T, index: number) => void): number {
    let index = 0;
    for (const item of this.items.splice(0)) {
      visit(item, index++);
    }
    return index;
  }
}`);
  }
  return `// Generated benchmark module ${index}: ordinary application code.\n${imports.join('\n')}\n\n${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Stage modules: error handling with the SDK, right and wrong, as apps write it.

function stageModule(random, index, dependency, connected) {
  const parts = [];
  const imports = [
    `import {
  LocalStageStream,
  Stage,
  StageErrorCode,
  StageEvents,
  SubscribeType,
  type StageError,
  type StageStrategy,
} from 'amazon-ivs-web-broadcast';`,
  ];
  if (dependency !== undefined) {
    imports.push(`import { score${dependency}, type Record${dependency} } from './${moduleName(dependency)}.js';`);
    parts.push(`export function weight${index}(record: Record${dependency}): number {
  return score${dependency}(record) * 2;
}`);
  }
  parts.push(`declare function fetchToken${index}(): Promise<string>;
declare function notify${index}(message: string): void;

const RETRY_DELAY_MS_${index} = ${random.int(500, 5000)};

export const strategy${index}: StageStrategy = {
  stageStreamsToPublish(): LocalStageStream[] {
    return [];
  },
  shouldPublishParticipant(): boolean {
    return ${random.chance(0.5)};
  },
  shouldSubscribeToParticipant(): SubscribeType {
    return SubscribeType.AUDIO_VIDEO;
  },
};`);
  if (connected) {
    // The hook the connected corpus's ordinary modules import.
    parts.push(`export interface StageState${index} {
  readonly stage: Stage | undefined;
  readonly joined: boolean;
  readonly participants: readonly string[];
  readonly lastError: StageError | undefined;
}

const state${index}: StageState${index} = { stage: undefined, joined: false, participants: [], lastError: undefined };

export function useStage${index}(): StageState${index} {
  return state${index};
}`);
  }

  const pieces = random.some([listenerSwitch, retryLoop, catchGuard, freshStage, subclass, membershipGuard, tokenRenewal, codeLabel], random.int(2, 4));
  for (const piece of pieces) {
    parts.push(piece(random, index));
  }
  return `// Generated benchmark module ${index}: stage error handling with the IVS SDK.\n${imports.join('\n')}\n\n${parts.join('\n\n')}\n`;
}

/** An ERROR listener switching over the code: complete, missing fatal members, or `default: retry`. */
function listenerSwitch(random, index) {
  const cases = random.some(ALL_CODES, random.int(3, 12));
  const retried = cases.filter(code => RETRYABLE.includes(code) || random.chance(0.2));
  const rest = cases.filter(code => !retried.includes(code));
  return `export function watch${index}(stage: Stage): void {
  stage.on(StageEvents.ERROR, (error: StageError) => {
    switch (error.code) {
${retried.map(code => `      case StageErrorCode.${code}:`).join('\n')}${retried.length ? `\n        setTimeout(() => void stage.join(), RETRY_DELAY_MS_${index});\n        break;` : ''}
${rest.map(code => `      case StageErrorCode.${code}:`).join('\n')}${rest.length ? `\n        notify${index}(error.message);\n        break;` : ''}
      default:
        ${random.chance(0.4) ? 'stage.refreshStrategy();' : `notify${index}('unexpected ' + error.name);`}
    }
  });
}`;
}

/** join() in a retry loop, the catch deciding whether to go round. */
function retryLoop(random, index) {
  const guard = random.pick([
    `if (error.code === StageErrorCode.STAGE_AT_CAPACITY || error.code === StageErrorCode.TIMEOUT) {
          await new Promise(resolve => setTimeout(resolve, RETRY_DELAY_MS_${index}));
          continue;
        }
        throw error;`,
    `if (error.code !== StageErrorCode.${random.pick(FATAL)}) {
          continue;
        }
        throw error;`,
    `notify${index}(error.message);`,
    `if (error.code === ${random.int(1, 12)}) {
          throw error;
        }`,
  ]);
  return `export async function joinWithRetry${index}(stage: Stage, attempts = ${random.int(2, 6)}): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await stage.join();
      return;
    } catch (caught) {
      const error = caught as StageError;
      if (attempt + 1 >= attempts) {
        throw error;
      } else {
        ${guard}
      }
    }
  }
}`;
}

/** The catch of a join, with a guard before refreshing or rejoining. */
function catchGuard(random, index) {
  const code = random.pick(ALL_CODES);
  const numeric = random.chance(0.3);
  return `export function start${index}(stage: Stage): void {
  stage.join().catch((caught: unknown) => {
    const error = caught as StageError;
    if (${numeric ? `error.code === ${ALL_CODES.indexOf(code) + 1}` : `error.code === StageErrorCode.${code}`}) {
      stage.refreshStrategy();
      return;
    }
    if (error.code >= StageErrorCode.${random.pick(ALL_CODES)}) {
      notify${index}('giving up: ' + error.message);
    }
  });
}`;
}

/** `new Stage(...)` with or without an ERROR listener, then joined; kept or handed back. */
function freshStage(random, index) {
  const listens = random.chance(0.6);
  if (random.chance(0.4)) {
    // Joined and kept in the module: nobody else can add the listener it lacks.
    return `export async function watchParty${index}(): Promise<void> {
  const stage = new Stage(await fetchToken${index}(), strategy${index});${listens ? `
  stage.on(StageEvents.ERROR, error => {
    notify${index}(error.message);
  });` : ''}
  await stage.join();
  setTimeout(() => {
    stage.leave();
  }, ${random.int(10, 60)} * 60_000);
}`;
  }
  return `export async function open${index}(): Promise<Stage> {
  const stage = new Stage(await fetchToken${index}(), strategy${index});${listens ? `
  stage.on(StageEvents.ERROR, error => {
    if (error.code === StageErrorCode.TIMEOUT) {
      stage.refreshStrategy();
    }
  });` : ''}
  stage.on(StageEvents.STAGE_PARTICIPANT_JOINED, participant => {
    notify${index}(participant.id);
  });
  await stage.join();
  return stage;
}`;
}

/** A subclass registering its own listener, with this.join() on retryable codes. */
function subclass(random, index) {
  return `export class AppStage${index} extends Stage {
  private retries = 0;

  constructor(token: string) {
    super(token, strategy${index});
    this.on(StageEvents.ERROR, error => {
      if (${random.chance(0.5) ? `error.code === StageErrorCode.STAGE_AT_CAPACITY && ` : ''}this.retries++ < ${random.int(2, 5)}) {
        void this.join();
      }
    });
  }
}`;
}

/** A const list or Set of members tested with includes()/has(). */
function membershipGuard(random, index) {
  const listed = random.some(random.chance(0.7) ? RETRYABLE : ALL_CODES, 2);
  const set = random.chance(0.5);
  return `const RETRYABLE_${index} = ${set ? 'new Set(' : ''}[${listed.map(code => `StageErrorCode.${code}`).join(', ')}]${set ? ')' : ''};

export function onError${index}(stage: Stage, error: StageError): void {
  if (RETRYABLE_${index}.${set ? 'has' : 'includes'}(error.code)) {
    setTimeout(() => {
      void stage.join();
    }, RETRY_DELAY_MS_${index});
  } else {
    notify${index}(error.message);
  }
}`;
}

/** Token errors get a fresh token (right) or the same Stage again (wrong). */
function tokenRenewal(random, index) {
  const right = random.chance(0.6);
  return `export async function renew${index}(stage: Stage, error: StageError): Promise<Stage> {
  if (error.code === StageErrorCode.TOKEN_EXPIRED) {
    ${right ? `await stage.exchangeToken(await fetchToken${index}());` : 'await stage.join();'}
  }
  return stage;
}`;
}

/** A plain lookup from code to label, no retry at all. */
function codeLabel(random, index) {
  const named = random.some(ALL_CODES, random.int(2, 5));
  return `export function label${index}(error: StageError): string {
  switch (error.code) {
${named.map(code => `    case StageErrorCode.${code}:\n      return '${code.toLowerCase().replaceAll('_', ' ')}';`).join('\n')}
    default:
      return 'stage error ' + String(error.code);
  }
}`;
}

// ---------------------------------------------------------------------------

// The same tsconfig as every consumer project the tests and scripts create.
const TSCONFIG = JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'consumer-tsconfig.json'), 'utf8'));

/**
 * Writes the corpus to `dir` (replacing it) and returns what it wrote.
 * @param {{ modules: number, seed: number, dir: string, variant?: 'disconnected' | 'connected' }} options
 */
export function generateCorpus({ modules, seed, dir, variant = 'disconnected' }) {
  const random = createRandom(seed);
  const connected = variant === 'connected';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  let lines = 0;
  const ordinary = [];
  const stage = [];
  for (let index = 0; index < modules; index++) {
    // Import from an earlier ordinary module, so the program is one connected graph.
    const dependency = ordinary.length > 0 ? random.pick(ordinary) : undefined;
    // Connected: the first module is the app's stage hook, so every ordinary module has one to import.
    const isStage = connected && index === 0 ? true : index > 0 && random.chance(STAGE_SHARE[variant]);
    let text;
    if (isStage) {
      text = stageModule(random, index, dependency, connected);
      stage.push(index);
    } else {
      // Connected: half the components read the app's main hook, the rest a feature's.
      const hook = connected ? (random.chance(0.5) ? stage[0] : random.pick(stage)) : undefined;
      text = ordinaryModule(random, index, dependency, hook);
      ordinary.push(index);
    }
    lines += text.split('\n').length;
    writeFileSync(path.join(dir, 'src', `${moduleName(index)}.ts`), text);
  }
  return { dir, variant, modules, seed, stageModules: stage.length, lines };
}

/** The default place of a corpus: git-ignored, and ignored by the project's own lint. */
export function corpusDir(modules, seed, variant = 'disconnected') {
  return path.join(ROOT, 'bench', 'corpus', `n${modules}-s${seed}${variant === 'connected' ? '-connected' : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { flag, option } = await import('./cli.mjs');
  const modules = Number(option('modules', '500'));
  const seed = Number(option('seed', '1'));
  const variant = flag('connected') ? 'connected' : 'disconnected';
  const dir = path.resolve(option('out', corpusDir(modules, seed, variant)));
  const written = generateCorpus({ modules, seed, dir, variant });
  console.log(`${written.modules} modules, ${variant} (${written.stageModules} with stage code, ${written.lines} lines) in ${path.relative(process.cwd(), dir)}`);
}
