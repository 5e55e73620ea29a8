// Which key type a property of a mapped type (`Record<StageErrorCode, …>`,
// `Partial<…>`, `{ [K in StageErrorCode]: … }`) was made from.
import ts from 'typescript';

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

/** The key type a mapped property was created from, if TypeScript recorded one. */
export function mappedKeyTypeOf(property: ts.Symbol): ts.Type | undefined {
  if (!(property.flags & ts.SymbolFlags.Transient)) {
    return undefined; // a declared property, not one made by a mapped type
  }
  const links = (property as MaybeMappedSymbol).links;
  const nameType = typeof links === 'object' ? links.nameType : undefined;
  return nameType && typeof nameType.flags === 'number' ? nameType : undefined;
}
