// Type predicates shared by every rule: is this the StageErrorCode enum (or a
// union of its members), which member is this, is this a Stage. Members are read
// from the installed SDK's declarations, never from a list of our own.
import { typeMatchesSomeSpecifier } from '@typescript-eslint/type-utils';
import {
  ESLintUtils,
  type ParserServicesWithTypeInformation,
  type TSESLint,
} from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import {
  type CodeClass,
  FAILURE_DOMAINS,
  type FailureDomain,
  isFatalClass,
  LEFT_REASON_DOMAIN,
  STAGE_ERROR_DOMAIN,
  unknownMember,
} from './codes.js';
import { cachedFor, memoize } from '../util/cache.js';
import { createClassMatcher } from './class-types.js';
import { getSdkDeclarations } from './sdk-declarations.js';
import {
  type IvsStageSettings,
  IvsStageSettingsError,
  readSettings,
  SDK_PACKAGE,
} from './settings.js';

export interface ErrorCodeMember {
  readonly name: string;
  /** A number, or a string for StageLeftReason. */
  readonly value: number | string;
  /** The member's JSDoc text in the installed SDK ('' when it has none). */
  readonly doc: string;
  readonly codeClass: CodeClass;
  readonly fatal: boolean;
  /** False for a member of a newer SDK that src/sdk/codes.ts does not list. */
  readonly known: boolean;
  /** What the app must do (src/sdk/codes.ts). */
  readonly action: string;
  /** How it shows after a successful join, when it can end a joined session (src/sdk/codes.ts). */
  readonly afterJoin?: string | undefined;
}

export interface ErrorCodeEnum {
  readonly symbol: ts.Symbol;
  /** The name the enum is declared with. */
  readonly name: string;
  /** Members in declaration order. */
  readonly members: readonly ErrorCodeMember[];
  readonly byValue: ReadonlyMap<number | string, ErrorCodeMember>;
  /** The package to import the enum from, when a package specifier matched it. */
  readonly importSource: string | undefined;
  /** Which of the SDK's failure enums it is (a user's mirror of StageErrorCode is StageErrorCode's). */
  readonly domain: FailureDomain;
}

/** The members a StageErrorCode-typed value can hold. */
export interface ErrorCodeSet {
  readonly enum: ErrorCodeEnum;
  readonly members: readonly ErrorCodeMember[];
}

export interface IvsTypes {
  readonly services: ParserServicesWithTypeInformation;
  readonly checker: ts.TypeChecker;
  readonly settings: IvsStageSettings;
  /**
   * The members a value of `type` can hold when `type`, minus null and
   * undefined, is the StageErrorCode enum or a union of its members.
   */
  errorCodeSetOf(type: ts.Type): ErrorCodeSet | undefined;
  /** The member a single enum literal type of StageErrorCode stands for. */
  errorCodeMemberOf(
    type: ts.Type,
  ): { enum: ErrorCodeEnum; member: ErrorCodeMember } | undefined;
  /** The StageErrorCode enum, for the enum object itself (`typeof StageErrorCode`). */
  errorCodeEnumOfObject(type: ts.Type): ErrorCodeEnum | undefined;
  /** The Stage class (per `stageTypes`) or a subclass, minus null and undefined. */
  isStageType(type: ts.Type): boolean;
  /** The SDK's RealTimeConnection (1.41) or a subclass, minus null and undefined. */
  isRealTimeConnectionType(type: ts.Type): boolean;
  /** The installed SDK's own enum of a failure domain (undefined where that SDK lacks it). */
  sdkEnum(domain: FailureDomain): ErrorCodeEnum | undefined;
  /** The string values of the installed SDK's StageLeftReason. */
  sdkLeftReasonValues(): ReadonlySet<string>;
  /** Whether the installed SDK's Stage declares a member (`exchangeToken` is not in 1.13). */
  stageDeclares(name: string): boolean;
  /** The StageEvents member a type stands for (`StageEvents.X`, however written, or its string). */
  stageEventOf(type: ts.Type): string | undefined;
  /** `StageEvents.ERROR`, however written, or the string it stands for. */
  isErrorEventType(type: ts.Type): boolean;
}

const ERROR_EVENT_MEMBER = 'ERROR';

// One IvsTypes per program and settings: the enum table and the Stage verdicts
// are computed once for all files of a program, not once per file or node.
const cache = new WeakMap<ts.Program, WeakMap<IvsStageSettings, IvsTypes>>();

/** Parser services, checker and the plugin's type predicates for a rule. */
export function getIvsTypes(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): IvsTypes {
  const settings = readSettings(context.settings);
  const services = ESLintUtils.getParserServices(context);
  const { program } = services;
  // readSettings returns the same object for the same settings.
  const types = cachedFor(cache, program, settings, () => createIvsTypes(services, settings));
  return { ...types, services };
}

function createIvsTypes(
  services: ParserServicesWithTypeInformation,
  settings: IvsStageSettings,
): IvsTypes {
  const { program } = services;
  const checker = program.getTypeChecker();
  const isStageType = createClassMatcher(program, settings.stageTypes);
  const isRealTimeConnectionType = createClassMatcher(program, [
    { from: 'package', package: SDK_PACKAGE, name: 'RealTimeConnection' },
  ]);

  const errorCodeEnumOfSymbol = memoize(readErrorCodeEnum);

  function readErrorCodeEnum(symbol: ts.Symbol): ErrorCodeEnum | undefined {
    if (!(symbol.flags & ts.SymbolFlags.Enum)) {
      return undefined;
    }
    const enumObject = checker.getTypeOfSymbol(symbol);
    const matched = settings.errorCodeTypes.find(spec =>
      typeMatchesSomeSpecifier(enumObject, [spec], program),
    );
    const domain = matched === undefined ? sdkDomainOf(enumObject) : STAGE_ERROR_DOMAIN;
    if (domain === undefined) {
      return undefined;
    }
    // StageLeftReason is a string enum; the error codes are numeric.
    const valueType = domain === LEFT_REASON_DOMAIN ? 'string' : 'number';
    const members: ErrorCodeMember[] = [];
    for (const declaration of symbol.declarations ?? []) {
      if (!ts.isEnumDeclaration(declaration)) {
        continue;
      }
      for (const member of declaration.members) {
        const value = checker.getConstantValue(member);
        if (typeof value !== valueType || value === undefined) {
          return undefined; // not the kind of enum this domain has: not ours
        }
        members.push(describeMember(member, value, domain));
      }
    }
    checkReclassifiedNames(members, domain);
    return {
      symbol,
      name: symbol.name,
      members,
      byValue: new Map(members.map(member => [member.value, member])),
      importSource:
        matched === undefined
          ? SDK_PACKAGE
          : typeof matched === 'object' && matched.from === 'package'
            ? matched.package
            : undefined,
      domain,
    };
  }

  /** RealTimeConnectionErrorCode and StageLeftReason, from the SDK itself. */
  function sdkDomainOf(enumObject: ts.Type): FailureDomain | undefined {
    return FAILURE_DOMAINS.find(domain =>
      domain !== STAGE_ERROR_DOMAIN &&
      typeMatchesSomeSpecifier(enumObject, [{ from: 'package', package: SDK_PACKAGE, name: domain.enumName }], program),
    );
  }

  function describeMember(member: ts.EnumMember, value: number | string, domain: FailureDomain): ErrorCodeMember {
    const name = member.name.getText();
    const memberSymbol = checker.getSymbolAtLocation(member.name);
    const known = domain.table[name];
    const fallback = unknownMember(domain.settingsKey, domain.memberNoun);
    const codeClass = settings[domain.settingsKey].get(name) ?? known?.class ?? fallback.class;
    return {
      name,
      value,
      doc: memberSymbol
        ? ts.displayPartsToString(memberSymbol.getDocumentationComment(checker)).trim()
        : '',
      codeClass,
      fatal: isFatalClass(codeClass),
      known: known !== undefined,
      action: (known ?? fallback).action,
      afterJoin: known?.afterJoin,
    };
  }

  // A name in the settings must exist in some SDK: in our table, or in the
  // installed enum (a member newer than the table).
  function checkReclassifiedNames(members: readonly ErrorCodeMember[], domain: FailureDomain): void {
    for (const name of settings[domain.settingsKey].keys()) {
      if (!(name in domain.table) && !members.some(member => member.name === name)) {
        throw new IvsStageSettingsError(
          `.${domain.settingsKey}.${name}`,
          `${domain.enumName} has no member ${name} (installed members: ${members.map(m => m.name).join(', ')})`,
        );
      }
    }
  }

  function enumOfLiteral(type: ts.Type): ErrorCodeEnum | undefined {
    if (!(type.flags & ts.TypeFlags.EnumLiteral) || !(type.isNumberLiteral() || type.isStringLiteral())) {
      return undefined;
    }
    // The base type of an enum literal is the enum type, whose symbol is the enum.
    const enumSymbol = checker.getBaseTypeOfLiteralType(type).getSymbol();
    return enumSymbol ? errorCodeEnumOfSymbol(enumSymbol) : undefined;
  }

  // Asked of the type of nearly every comparison, case and number slot: types are
  // interned, so one answer per type serves the whole program.
  const errorCodeSets = new WeakMap<ts.Type, ErrorCodeSet | null>();
  function errorCodeSetOf(type: ts.Type): ErrorCodeSet | undefined {
    // Neither an enum literal nor a union of them: the common case, answered at once.
    if (!(type.flags & (ts.TypeFlags.Union | ts.TypeFlags.EnumLiteral))) {
      return undefined;
    }
    let answer = errorCodeSets.get(type);
    if (answer === undefined) {
      answer = readErrorCodeSet(type) ?? null;
      errorCodeSets.set(type, answer);
    }
    return answer ?? undefined;
  }

  function readErrorCodeSet(type: ts.Type): ErrorCodeSet | undefined {
    const parts = tsutils
      .unionConstituents(type)
      .filter(part => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    let found: ErrorCodeEnum | undefined;
    const values = new Set<number | string>();
    for (const part of parts) {
      const partEnum = enumOfLiteral(part);
      if (!partEnum || (found && found !== partEnum)) {
        return undefined;
      }
      found = partEnum;
      values.add((part as ts.NumberLiteralType | ts.StringLiteralType).value);
    }
    if (!found) {
      return undefined;
    }
    return {
      enum: found,
      members: found.members.filter(member => values.has(member.value)),
    };
  }

  function errorCodeMemberOf(
    type: ts.Type,
  ): { enum: ErrorCodeEnum; member: ErrorCodeMember } | undefined {
    const found = enumOfLiteral(type);
    const member = found?.byValue.get((type as ts.NumberLiteralType | ts.StringLiteralType).value);
    return found && member ? { enum: found, member } : undefined;
  }

  function errorCodeEnumOfObject(type: ts.Type): ErrorCodeEnum | undefined {
    // `typeof StageErrorCode` is an object type; the enum type itself is a union.
    const symbol = type.getSymbol();
    return symbol && type.flags & ts.TypeFlags.Object && symbol.flags & ts.SymbolFlags.Enum
      ? errorCodeEnumOfSymbol(symbol)
      : undefined;
  }

  // Asked for every string enum an `on(…)` is given: one specifier match per enum.
  const stageEventsEnums = new Map<ts.Symbol, boolean>();
  function isStageEventsSymbol(enumSymbol: ts.Symbol): boolean {
    let answer = stageEventsEnums.get(enumSymbol);
    if (answer === undefined) {
      answer = getSdkDeclarations(program).isStageEventsEnum(checker.getTypeOfSymbol(enumSymbol));
      stageEventsEnums.set(enumSymbol, answer);
    }
    return answer;
  }

  function stageEventOf(type: ts.Type): string | undefined {
    const sdk = getSdkDeclarations(program);
    if (type.flags & ts.TypeFlags.EnumLiteral && type.isStringLiteral()) {
      const member = type.getSymbol();
      const enumSymbol = checker.getBaseTypeOfLiteralType(type).getSymbol();
      return member && enumSymbol && isStageEventsSymbol(enumSymbol) ? member.name : undefined;
    }
    // A bare string of the same value (`'stageError'`), as JavaScript writes it.
    return type.isStringLiteral() ? sdk.stageEventNames.get(type.value) : undefined;
  }

  return {
    services,
    checker,
    settings,
    errorCodeSetOf,
    errorCodeMemberOf,
    errorCodeEnumOfObject,
    isStageType,
    isRealTimeConnectionType,
    stageEventOf,
    sdkEnum(domain) {
      const symbol = getSdkDeclarations(program).sdkEnum(domain.enumName);
      const found = symbol ? errorCodeEnumOfObject(checker.getTypeOfSymbol(symbol)) : undefined;
      return found?.domain === domain ? found : undefined;
    },
    stageDeclares: name => getSdkDeclarations(program).stageDeclares(name),
    sdkLeftReasonValues: () => getSdkDeclarations(program).leftReasonValues,
    isErrorEventType: type => stageEventOf(type) === ERROR_EVENT_MEMBER,
  };
}
