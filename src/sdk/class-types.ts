// Whether a type is an instance of a class named by typescript-eslint
// specifiers (the SDK's Stage, its RealTimeConnection) or of a subclass, minus
// null and undefined: the one class matcher, with its verdicts cached per type.
import { typeMatchesSomeSpecifier, type TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

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
