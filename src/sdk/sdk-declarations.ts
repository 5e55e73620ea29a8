// What the installed SDK declares, read once per program from its .d.ts: the
// StageEvents members and their string values, and whether the Stage class
// declares a method. Lets messages and recognisers fit the installed version
// (SDK 1.13 has no `exchangeToken`; no version declares `once`).
import { typeMatchesSomeSpecifier, type TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import ts from 'typescript';

import { SDK_PACKAGE } from './settings.js';

const STAGE_EVENTS: TypeOrValueSpecifier = { from: 'package', package: SDK_PACKAGE, name: 'StageEvents' };
const STAGE: TypeOrValueSpecifier = { from: 'package', package: SDK_PACKAGE, name: 'Stage' };
const REAL_TIME_CONNECTION: TypeOrValueSpecifier = { from: 'package', package: SDK_PACKAGE, name: 'RealTimeConnection' };

export interface SdkDeclarations {
  /** The StageEvents enum symbol of the installed SDK. */
  readonly stageEvents: ts.Symbol | undefined;
  /**
   * The installed SDK's enum of that name (StageErrorCode, RealTimeConnectionErrorCode,
   * StageLeftReason): exported by the package, or (SDK 1.13's StageLeftReason)
   * beside its StageEvents.
   */
  sdkEnum(name: string): ts.Symbol | undefined;
  /** StageEvents member names by their string values (`'stageError'` → `ERROR`). */
  readonly stageEventNames: ReadonlyMap<string, string>;
  /** The string values of the installed StageLeftReason (`'user-initiated'`, …). */
  readonly leftReasonValues: ReadonlySet<string>;
  /** The instance type of the SDK's Stage class. */
  readonly stageType: ts.Type | undefined;
  /** The instance type of the SDK's RealTimeConnection class (SDK 1.41 and later). */
  readonly connectionType: ts.Type | undefined;
  /** Whether the SDK's Stage class declares (or inherits) a member of that name. */
  stageDeclares(name: string): boolean;
  /** Whether a type is the SDK's StageEvents enum (its object or a member's base). */
  isStageEventsEnum(type: ts.Type): boolean;
}

const cache = new WeakMap<ts.Program, SdkDeclarations>();

export function getSdkDeclarations(program: ts.Program): SdkDeclarations {
  let found = cache.get(program);
  if (!found) {
    found = readSdkDeclarations(program);
    cache.set(program, found);
  }
  return found;
}

function readSdkDeclarations(program: ts.Program): SdkDeclarations {
  const checker = program.getTypeChecker();
  const stageEvents = findExport(program, checker, 'StageEvents', STAGE_EVENTS);
  const stage = findExport(program, checker, 'Stage', STAGE);
  const enums = new Map<string, ts.Symbol | null>();
  const sdkEnum = (name: string): ts.Symbol | undefined => {
    let symbol = enums.get(name);
    if (symbol === undefined) {
      const specifier: TypeOrValueSpecifier = { from: 'package', package: SDK_PACKAGE, name };
      symbol = findExport(program, checker, name, specifier) ?? besideStageEvents(checker, stageEvents, name) ?? null;
      enums.set(name, symbol);
    }
    return symbol ?? undefined;
  };
  const leftReasons = sdkEnum('StageLeftReason');
  const stageType = stage ? checker.getDeclaredTypeOfSymbol(stage) : undefined;
  const connection = findExport(program, checker, 'RealTimeConnection', REAL_TIME_CONNECTION);
  const declared = new Map<string, boolean>();
  return {
    stageEvents,
    stageType,
    connectionType: connection ? checker.getDeclaredTypeOfSymbol(connection) : undefined,
    sdkEnum,
    stageEventNames: stageEvents ? eventNamesByValue(checker, stageEvents) : new Map(),
    leftReasonValues: new Set(leftReasons ? eventNamesByValue(checker, leftReasons).keys() : []),
    stageDeclares(name) {
      let answer = declared.get(name);
      if (answer === undefined) {
        answer = stageType !== undefined && checker.getPropertyOfType(stageType, name) !== undefined;
        declared.set(name, answer);
      }
      return answer;
    },
    isStageEventsEnum: type => typeMatchesSomeSpecifier(type, [STAGE_EVENTS], program),
  };
}

/** An export of the SDK's declaration file that matches its specifier. */
function findExport(
  program: ts.Program,
  checker: ts.TypeChecker,
  name: string,
  specifier: TypeOrValueSpecifier,
): ts.Symbol | undefined {
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile || !program.isSourceFileFromExternalLibrary(file)) {
      continue;
    }
    const moduleSymbol = checker.getSymbolAtLocation(file);
    const exported = moduleSymbol ? checker.tryGetMemberInModuleExports(name, moduleSymbol) : undefined;
    if (exported && typeMatchesSomeSpecifier(checker.getTypeOfSymbol(exported), [specifier], program)) {
      return exported;
    }
  }
  return undefined;
}

function eventNamesByValue(checker: ts.TypeChecker, stageEvents: ts.Symbol): Map<string, string> {
  const names = new Map<string, string>();
  stageEvents.exports?.forEach((member, name) => {
    const declaration = member.valueDeclaration;
    const value = declaration && ts.isEnumMember(declaration) ? checker.getConstantValue(declaration) : undefined;
    if (typeof value === 'string') {
      names.set(value, ts.unescapeLeadingUnderscores(name));
    }
  });
  return names;
}

/** An export of the module that declares StageEvents (SDK 1.13 keeps some enums there only). */
function besideStageEvents(
  checker: ts.TypeChecker,
  stageEvents: ts.Symbol | undefined,
  name: string,
): ts.Symbol | undefined {
  const declaration = stageEvents?.declarations?.[0];
  const module = declaration ? checker.getSymbolAtLocation(declaration.getSourceFile()) : undefined;
  return module ? checker.tryGetMemberInModuleExports(name, module) : undefined;
}
