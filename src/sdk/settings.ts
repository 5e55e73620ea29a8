// Reads and validates the shared settings `settings['ivs-stage']`, once per
// settings object, so that a mistake gives one clear error naming the key.
import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import { CODE_CLASSES, type CodeClass } from './codes.js';

export const SETTINGS_KEY = 'ivs-stage';

export const SDK_PACKAGE = 'amazon-ivs-web-broadcast';

export interface IvsStageSettings {
  /** Reclassification of StageErrorCode members by name; checked against the installed enum later. */
  readonly codes: ReadonlyMap<string, CodeClass>;
  /** The same for RealTimeConnectionErrorCode (SDK 1.41). */
  readonly connectionCodes: ReadonlyMap<string, CodeClass>;
  /** The same for StageLeftReason: 'token' and 'terminal' are final, 'retryable' may rejoin. */
  readonly leftReasons: ReadonlyMap<string, CodeClass>;
  readonly errorCodeTypes: TypeOrValueSpecifier[];
  readonly stageTypes: TypeOrValueSpecifier[];
}

export const DEFAULT_ERROR_CODE_TYPES: TypeOrValueSpecifier[] = [
  { from: 'package', package: SDK_PACKAGE, name: 'StageErrorCode' },
];

export const DEFAULT_STAGE_TYPES: TypeOrValueSpecifier[] = [
  { from: 'package', package: SDK_PACKAGE, name: 'Stage' },
];

export class IvsStageSettingsError extends Error {
  constructor(key: string, problem: string) {
    super(`Invalid settings['${SETTINGS_KEY}']${key}: ${problem}`);
    this.name = 'IvsStageSettingsError';
  }
}

const KNOWN_KEYS = new Set(['codes', 'connectionCodes', 'leftReasons', 'errorCodeTypes', 'stageTypes']);

const parsed = new WeakMap<object, IvsStageSettings>();

const DEFAULT_SETTINGS: IvsStageSettings = {
  codes: new Map(),
  connectionCodes: new Map(),
  leftReasons: new Map(),
  errorCodeTypes: DEFAULT_ERROR_CODE_TYPES,
  stageTypes: DEFAULT_STAGE_TYPES,
};

/** The plugin's settings from ESLint's shared `settings` object. */
export function readSettings(
  settings: Readonly<Record<string, unknown>>,
): IvsStageSettings {
  const raw = settings[SETTINGS_KEY];
  if (raw === undefined) {
    return DEFAULT_SETTINGS;
  }
  if (!isPlainObject(raw)) {
    throw new IvsStageSettingsError('', 'expected an object');
  }
  let result = parsed.get(raw);
  if (!result) {
    result = parseSettings(raw);
    parsed.set(raw, result);
  }
  return result;
}

function parseSettings(raw: Readonly<Record<string, unknown>>): IvsStageSettings {
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new IvsStageSettingsError(
        `.${key}`,
        `unknown key (expected one of ${[...KNOWN_KEYS].join(', ')})`,
      );
    }
  }
  return {
    codes: parseCodes('codes', 'StageErrorCode', raw.codes),
    connectionCodes: parseCodes('connectionCodes', 'RealTimeConnectionErrorCode', raw.connectionCodes),
    leftReasons: parseCodes('leftReasons', 'StageLeftReason', raw.leftReasons),
    errorCodeTypes:
      raw.errorCodeTypes === undefined
        ? DEFAULT_ERROR_CODE_TYPES
        : parseSpecifiers('errorCodeTypes', raw.errorCodeTypes),
    stageTypes:
      raw.stageTypes === undefined
        ? DEFAULT_STAGE_TYPES
        : parseSpecifiers('stageTypes', raw.stageTypes),
  };
}

function parseCodes(key: string, enumName: string, raw: unknown): ReadonlyMap<string, CodeClass> {
  const codes = new Map<string, CodeClass>();
  if (raw === undefined) {
    return codes;
  }
  if (!isPlainObject(raw)) {
    throw new IvsStageSettingsError(
      `.${key}`,
      `expected an object mapping ${enumName} member names to a class`,
    );
  }
  for (const [name, value] of Object.entries(raw)) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
      throw new IvsStageSettingsError(
        `.${key}.${name}`,
        `not a ${enumName} member name`,
      );
    }
    if (!CODE_CLASSES.includes(value as CodeClass)) {
      throw new IvsStageSettingsError(
        `.${key}.${name}`,
        `unknown class ${JSON.stringify(value)} (expected one of ${CODE_CLASSES.map(c => `'${c}'`).join(', ')})`,
      );
    }
    codes.set(name, value as CodeClass);
  }
  return codes;
}

function parseSpecifiers(
  key: string,
  raw: unknown,
): TypeOrValueSpecifier[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new IvsStageSettingsError(
      `.${key}`,
      'expected a non-empty array of typescript-eslint TypeOrValueSpecifiers',
    );
  }
  return raw.map((item: unknown, index) => {
    const problem = specifierProblem(item);
    if (problem) {
      throw new IvsStageSettingsError(`.${key}[${String(index)}]`, problem);
    }
    return item as TypeOrValueSpecifier;
  });
}

function specifierProblem(item: unknown): string | undefined {
  if (typeof item === 'string') {
    return item === '' ? 'a type name must not be empty' : undefined;
  }
  if (!isPlainObject(item)) {
    return 'expected a type name or an object { from, name, ... }';
  }
  const { from, name } = item;
  const names: unknown[] = Array.isArray(name) ? name : [name];
  if (names.length === 0 || names.some(n => typeof n !== 'string' || n === '')) {
    return '"name" must be a non-empty string or array of strings';
  }
  const allowed: Record<string, readonly string[]> = {
    file: ['from', 'name', 'path'],
    lib: ['from', 'name'],
    package: ['from', 'name', 'package'],
  };
  const keys = typeof from === 'string' ? allowed[from] : undefined;
  if (!keys) {
    return `"from" must be 'file', 'lib' or 'package', not ${JSON.stringify(from)}`;
  }
  const extra = Object.keys(item).find(k => !keys.includes(k));
  if (extra) {
    return `unknown key "${extra}" for from: '${String(from)}'`;
  }
  if (from === 'package' && (typeof item.package !== 'string' || item.package === '')) {
    return '"package" must name the npm package';
  }
  if (from === 'file' && item.path !== undefined && typeof item.path !== 'string') {
    return '"path" must be a string';
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
