// Whether a type is an instance of a class named by typescript-eslint
// specifiers (the SDK's Stage, its RealTimeConnection) or of a subclass, minus
// null and undefined: the one class matcher, with its verdicts cached per type;
// and whether a declared type can be narrowed into an instance of such a class.
import { typeMatchesSomeSpecifier, type TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { cachedFor } from '../util/cache.js';

export function createClassMatcher(
  program: ts.Program,
  specifiers: TypeOrValueSpecifier[],
): (type: ts.Type) => boolean {
  const checker = program.getTypeChecker();
  const verdicts = new Map<ts.Type, boolean>();

  function isClass(type: ts.Type, depth = 0): boolean {
    let verdict = verdicts.get(type);
    if (verdict === undefined) {
      verdict =
        typeMatchesSomeSpecifier(type, specifiers, program) ||
        (depth < 20 &&
          type.isClassOrInterface() &&
          checker.getBaseTypes(type).some(base => isClass(base, depth + 1)));
      verdicts.set(type, verdict);
    }
    return verdict;
  }

  return type => {
    const parts = tsutils
      .unionConstituents(type)
      .filter(part => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    return (
      parts.length > 0 &&
      parts.every(part => {
        // `this` inside a subclass is a type parameter constrained to the class.
        const concrete = part.isTypeParameter() ? checker.getBaseConstraintOfType(part) : part;
        if (!concrete) {
          return false;
        }
        return isClass(tsutils.isTypeReference(concrete) ? concrete.target : concrete);
      })
    );
  };
}

// Types whose values are never objects: no narrowing makes one a class instance.
const NEVER_AN_OBJECT =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Never;

const verdictsByClass = new WeakMap<ts.Type, WeakMap<ts.Type, boolean>>();

/**
 * Whether a value declared with type `declared` can never be narrowed into an
 * instance of `classType` (or of a subclass): each part of it is a primitive,
 * or an object type that lacks one of the class's members (so it is neither
 * the class nor a subclass) and requires one the class lacks (so the class is
 * not assignable to it, and `instanceof` or a type guard yields at most an
 * intersection, which is not followed). `registry: OrderRegistry`,
 * `names: string[]` can hold no Stage; `unknown`, `object`, a type parameter,
 * `{ join(): Promise<void> }` may. Read from member names, one verdict per
 * declared type: no assignability check, no flow type.
 */
export function narrowsIntoNoInstanceOf(checker: ts.TypeChecker, declared: ts.Type, classType: ts.Type): boolean {
  return cachedFor(verdictsByClass, classType, declared, () => {
    // By escaped name: a `#private` member's is unique to its class, and a
    // subclass inherits it under the same one.
    const classMembers = new Set(checker.getPropertiesOfType(classType).map(member => member.escapedName));
    return tsutils.unionConstituents(declared).every(part => {
      if (part.flags & NEVER_AN_OBJECT) {
        return true;
      }
      if (!(part.flags & ts.TypeFlags.Object)) {
        return false; // any, unknown, `object`, type parameters, intersections
      }
      const partMembers = checker.getPropertiesOfType(part);
      const present = new Set(partMembers.map(member => member.escapedName));
      const lacksAClassMember = [...classMembers].some(name => !present.has(name));
      const requiresAnother = partMembers.some(
        member => !(member.flags & ts.SymbolFlags.Optional) && !classMembers.has(member.escapedName),
      );
      return lacksAClassMember && requiresAnother;
    });
  });
}
