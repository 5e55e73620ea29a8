// Contextual types that ask for a numeric failure code (StageErrorCode, and since
// SDK 1.41 RealTimeConnectionErrorCode): a slot typed by the enum, or an object
// keyed by its members (`Record<StageErrorCode, …>`, `Partial<…>`,
// `{ [K in StageErrorCode]: … }`). StageLeftReason, a string enum, is never one.
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import type { ErrorCodeEnum, IvsTypes } from '../../sdk/types.js';

/**
 * TypeScript keeps the key literal a mapped property was created from in the
 * symbol's `links.nameType` (an enum literal for `Record<SomeEnum, …>`, carried
 * through `Partial`/`Readonly`/`Required`). The compiler API has no public
 * accessor for it, so this reads the field defensively: on a compiler that
 * lacks it the answer is undefined and callers stay silent.
 */
interface MaybeMappedSymbol {
  readonly links?: { readonly nameType?: ts.Type };
}

/**
 * The enum, when a number can stand for one of its members: not StageLeftReason,
 * whose members are strings (a number there is a type error, not a code to name).
 *
 * numericEnum(StageErrorCode) → StageErrorCode; numericEnum(StageLeftReason) → undefined
 */
export function numericEnum(codes: ErrorCodeEnum | undefined): ErrorCodeEnum | undefined {
  return codes?.members.some(member => typeof member.value === 'string') ? undefined : codes;
}

/** The key type a mapped property was created from, if TypeScript recorded one. */
function mappedKeyTypeOf(property: ts.Symbol): ts.Type | undefined {
  if (!(property.flags & ts.SymbolFlags.Transient)) {
    return undefined; // a declared property, not one made by a mapped type
  }
  const links = (property as MaybeMappedSymbol).links;
  const nameType = typeof links === 'object' ? links.nameType : undefined;
  return nameType && typeof nameType.flags === 'number' ? nameType : undefined;
}

/**
 * The numeric failure enum (StageErrorCode, RealTimeConnectionErrorCode) whose
 * members key `type` (a contextual object type such as
 * `Partial<Record<StageErrorCode, string>>`), if one does.
 */
export function errorCodeEnumKeying(
  types: IvsTypes,
  type: ts.Type,
): ErrorCodeEnum | undefined {
  for (const part of tsutils.unionConstituents(types.checker.getApparentType(type))) {
    for (const property of part.getProperties()) {
      const keyType = mappedKeyTypeOf(property);
      const keyed = keyType && numericEnum(types.errorCodeMemberOf(keyType)?.enum);
      if (keyed) {
        return keyed;
      }
    }
  }
  return undefined;
}

// Parts of a contextual type that a number literal cannot be meant for.
const NOT_NUMERIC =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.Object |
  ts.TypeFlags.NonPrimitive |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Void;

/**
 * The numeric failure enum (StageErrorCode, RealTimeConnectionErrorCode) a number
 * in a slot of contextual type `type` stands for. `StageErrorCode | string` still
 * asks for a code when the value is a number; `StageErrorCode | number` does not.
 */
export function errorCodeEnumOfSlot(
  types: IvsTypes,
  type: ts.Type,
): ErrorCodeEnum | undefined {
  const whole = types.errorCodeSetOf(type)?.enum;
  if (whole || !type.isUnion()) {
    return numericEnum(whole);
  }
  let found: ErrorCodeEnum | undefined;
  for (const part of tsutils.unionConstituents(type)) {
    if (part.flags & NOT_NUMERIC) {
      continue;
    }
    const partEnum = numericEnum(types.errorCodeSetOf(part)?.enum);
    if (!partEnum || (found && found !== partEnum)) {
      return undefined;
    }
    found = partEnum;
  }
  return found;
}
