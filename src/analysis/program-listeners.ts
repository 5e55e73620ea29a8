// What the whole program shows about Stages that really leave the file they are
// created in: whether any file registers a StageEvents.ERROR listener (read once
// per program from the event argument's type, so untyped receivers like
// `getStage().on(…)` count), and whether a file that imports the creating module
// joins a Stage. The project service already holds every file's types.
import ts from 'typescript';

import type { IvsStageSettings } from '../sdk/settings.js';
import { LISTENER_REGISTRAR, mayRegisterListener } from '../sdk/stage-events.js';
import type { IvsTypes } from '../sdk/types.js';
import { cachedFor } from '../util/cache.js';

const answers = new WeakMap<ts.Program, WeakMap<IvsStageSettings, { value: boolean }>>();

/**
 * True when some file of the program may register an ERROR listener on a
 * Stage: `x.on(StageEvents.ERROR, …)` however the event is written, or an
 * `on(event, …)` on a Stage (or an untyped receiver) whose event might be ERROR.
 */
export function programMayListenForErrors(types: IvsTypes): boolean {
  const { program } = types.services;
  return cachedFor(answers, program, types.settings, () => ({ value: scanProgram(types, program) })).value;
}

function scanProgram(types: IvsTypes, program: ts.Program): boolean {
  for (const file of program.getSourceFiles()) {
    if (
      !file.isDeclarationFile &&
      !program.isSourceFileFromExternalLibrary(file) &&
      mayRegisterListener(file.text) &&
      fileMayListen(types, file)
    ) {
      return true;
    }
  }
  return false;
}

function fileMayListen(types: IvsTypes, file: ts.SourceFile): boolean {
  const { checker } = types;
  const visit = (node: ts.Node): boolean => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === LISTENER_REGISTRAR &&
      node.arguments.length > 0
    ) {
      const [event] = node.arguments;
      if (event && mayBeErrorRegistration(types, checker.getTypeAtLocation(node.expression.expression), checker.getTypeAtLocation(event))) {
        return true;
      }
    }
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(file);
}

function mayBeErrorRegistration(types: IvsTypes, receiver: ts.Type, event: ts.Type): boolean {
  if (types.stageEventOf(event) !== undefined) {
    // A StageEvents member, or a bare string of one: ERROR itself, or `'stageError'`.
    return types.isErrorEventType(event);
  }
  const untypedReceiver = (receiver.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
  const definiteOther = (event.isUnion() ? event.types : [event]).every(part => part.isStringLiteral());
  // An event we cannot read (`string`, `any`) on a Stage, or on a receiver we
  // cannot type, may be ERROR: count it, so that the rule stays silent.
  return !definiteOther && (untypedReceiver || types.isStageType(receiver));
}

const joiningImporters = new WeakMap<ts.SourceFile, WeakMap<IvsStageSettings, { value: boolean }>>();

/**
 * Whether a file that imports `file` joins a Stage (`x.join(…)` on a receiver
 * typed as a Stage): the evidence that a Stage leaving `file` is joined. An
 * exported factory that no module calls joins nothing, and is left alone.
 */
export function importersJoinStages(types: IvsTypes, file: ts.SourceFile): boolean {
  return cachedFor(joiningImporters, file, types.settings, () => ({
    value: types.services.program.getSourceFiles().some(
      other => other !== file && !other.isDeclarationFile && imports(types.checker, other, file) && joinsStage(types, other),
    ),
  })).value;
}

function imports(checker: ts.TypeChecker, importer: ts.SourceFile, imported: ts.SourceFile): boolean {
  // `imports` is filled in by program creation; it is not in the public typings.
  const specifiers = (importer as { imports?: readonly ts.StringLiteralLike[] }).imports ?? [];
  return specifiers.some(specifier => checker.getSymbolAtLocation(specifier)?.valueDeclaration === imported);
}

function joinsStage(types: IvsTypes, file: ts.SourceFile): boolean {
  if (!/\bjoin\s*\(/.test(file.text)) {
    return false;
  }
  const visit = (node: ts.Node): boolean =>
    (ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'join' &&
      types.isStageType(types.checker.getTypeAtLocation(node.expression.expression))) ||
    (ts.forEachChild(node, visit) ?? false);
  return visit(file);
}
